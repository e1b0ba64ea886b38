# 桌面应用界面。
app-title = ReviewDesk 评审台
app-tagline = 跨境“揭榜挂帅”项目专家评审
language-label = 语言
language-zh-CN = 中文
language-en = English
language-vi = Tiếng Việt
language-th = ไทย
language-id = Bahasa Indonesia
language-ms = Bahasa Melayu
language-fil = Filipino
language-km = ខ្មែរ
language-lo = ລາວ
language-my = မြန်မာ
yes = 是
no = 否
none = 无
close = 关闭
cancel = 取消
save = 保存
months = { $count } 个月

## 首次运行：创建保险库
setup-title = 创建数据保险库
setup-intro = ReviewDesk 将分配给您的申报材料保存在本机的加密保险库中。请设置保护口令。若忘记口令，可用接下来显示的恢复密钥打开保险库。
setup-passphrase = 口令
setup-confirm = 再次输入口令
setup-create = 创建保险库
setup-creating = 正在创建保险库…
setup-demo-note = 演示批次将导入新保险库。
strength-label = 强度：{ $level ->
        [0] 很弱
        [1] 弱
        [2] 一般
        [3] 良好
       *[4] 强
    }
strength-hint-short = 请至少使用 12 个字符。
strength-hint-words = 几个互不相关的词组合起来既安全又好记。
strength-hint-ok = 口令强度良好。

## 解锁
unlock-title = 解锁数据保险库
unlock-passphrase = 口令
unlock-button = 解锁
unlock-working = 正在解锁…
unlock-auto-locked = 因一段时间无操作，保险库已自动锁定。
unlock-locked = 保险库已锁定。

## 主界面
main-lock = 锁定
main-import = 导入机构数据…
main-settings = 设置
import-progress = 正在导入… { $done } / { $total }
import-done = 已导入 { $demands } 项需求的 { $applications } 份申报。
import-replaced = 已用新文件更新批次：{ $demands } 项需求的 { $applications } 份申报。
import-unchanged = 该文件已导入过，未做任何更改。
search-label = 搜索申报
search-placeholder = 单位名称、信用代码、团队成员、需求…
filter-country = 国家
filter-field = 领域
filter-all = 全部
clear-filters = 清除筛选
list-count = { $applications } 份申报 · { $demands } 项需求
list-no-match = 没有符合条件的申报。清除搜索或筛选条件即可查看全部。
empty-title = 尚无机构数据
empty-body = 请导入本批次收到的机构数据文件。数据在本机加密保存。
demand-applicants = { $count } 家揭榜方
demand-single = 仅一家揭榜：形式审查通过后直接进入洽谈签约。
select-prompt = 请在左侧选择一份申报查看详情。
deadline = 申报截止日期：{ $date }

## 设置
settings-title = 设置
settings-auto-lock = 无操作多少分钟后自动锁定
settings-saved = 设置已保存。
settings-change-passphrase = 更改口令
settings-new-passphrase = 新口令
settings-passphrase-changed = 口令已更改。

## 申报详情
app-section-overview = 概览
app-demand = 需求
app-demand-side = 需求方
app-country = 国家
app-field = 领域
app-need = 技术需求
app-goals = 目标
app-scenario = 应用场景
app-resource-line = { $kind }：{ $description }
app-resources = 需求方投入的资源
app-submitted = 提交日期
app-recommendation = 推荐单位
app-self-recommended = 自荐
app-section-applicants = 揭榜方
app-lead = 牵头揭榜方
app-member = 联合体成员
app-unit-kind = 类型
app-credit-code = 统一社会信用代码
app-credit-valid = 校验码正确
app-credit-invalid = 代码无效：{ $reason }
app-registered-on = 注册日期
app-address = 注册地址
app-legal-person = 独立法人
app-section-finance = 研发投入（上一年度）
app-unit = 单位
app-year = 年度
app-revenue = 主营业务收入
app-rnd-spend = 研发经费支出
app-rnd-intensity = 研发投入占比
app-section-team = 团队
app-leader = 项目负责人
app-name = 姓名
app-role = 职责
app-full-time = 全职研发
app-languages = 语言
app-international = 国际合作经历
app-can-work-in-asean = 可在东盟独立开展工作
app-team-summary = 共 { $people } 人，其中全职研发 { $fulltime } 人
app-section-ip = 知识产权
app-ip-line = { $kind }，编号 { $number }，权利人 { $holder }，授权日期 { $date }
app-section-cases = 成果转化案例
app-case-line = { $year } 年 · 客户：{ $customer } · 合同金额：{ $value }
app-section-integrity = 科研诚信
app-sanction = 声明存在有效期内的科研失信惩戒
app-commitment-letter = 科研诚信承诺书
app-credit-report = 公共信用信息报告
app-supplied = 已提供
app-missing = 缺失
app-section-feasibility = 可行性研究报告
app-section-not-supplied = 未提供该部分
app-section-budget = 经费与实施周期
app-public-request = 申请财政资金
app-self-raised = 自筹资金
app-matching = 配套比例（自筹 : 财政）
app-period = 实施周期
app-funding-sources = 资金筹措来源
app-section-cooperation = 合作模式
app-section-partnership = 东盟合作基础
app-agreements = 合作协议与联合项目
app-deployments = 在东盟的落地应用
app-local-teams = 本地服务团队与合作伙伴
app-since = 自 { $date } 起
app-section-relation = 与需求方的关联关系
app-no-relation = 声明无关联关系
app-section-attachments = 附件
app-open-attachment = 打开
attachment-loading = 正在打开附件…
attachment-page = 第 { $page } / { $pages } 页
attachment-previous = 上一页
attachment-next = 下一页
attachment-unsupported = 此附件无法在此显示。

## 国家
country-BN = 文莱
country-KH = 柬埔寨
country-ID = 印度尼西亚
country-LA = 老挝
country-MY = 马来西亚
country-MM = 缅甸
country-PH = 菲律宾
country-SG = 新加坡
country-TH = 泰国
country-VN = 越南

## 领域
field-smart_agriculture = 智慧农业
field-healthcare = 医疗健康
field-smart_manufacturing = 智能制造
field-logistics = 物流
field-energy = 能源
field-education = 教育
field-finance = 金融
field-tourism = 文化旅游
field-environment = 生态环境
field-smart_city = 智慧城市
field-language_technology = 语言技术
field-other = 其他

## 单位类型
demand-side-university = 高校
demand-side-research_institute = 科研院所
demand-side-enterprise = 企业
demand-side-government_body = 政府机构
unit-enterprise = 企业
unit-university = 高校
unit-research_institute = 科研院所
unit-other = 其他

## 资源、合作模式、关联关系、知识产权、附件
resource-funds = 资金
resource-site = 场地
resource-data = 数据
resource-personnel = 人员
resource-policy_coordination = 政策协调
mode-technology_transfer = 技术转移
mode-joint_rnd = 合作研发
mode-training = 人员培训
mode-technology_licensing = 技术许可
mode-technology_investment = 技术投资
mode-other = 其他
relation-same_unit = 同一单位
relation-subsidiary = 下属单位
relation-control = 控制关系
relation-joint_control = 共同控制
relation-significant_influence = 重大影响
relation-equity = 股权关系
relation-related_party_transactions = 关联交易
ip-invention_patent = 发明专利
ip-utility_patent = 实用新型专利
ip-software_copyright = 软件著作权
ip-other = 其他
attachment-business_licence = 营业执照
attachment-audited_financial_report = 审计报告
attachment-staff_list = 人员名单
attachment-ip_certificate = 知识产权证明
attachment-commercialisation_evidence = 成果转化证明
attachment-integrity_commitment = 科研诚信承诺书
attachment-credit_report = 公共信用信息报告
attachment-feasibility_report = 可行性研究报告
attachment-cooperation_agreement = 合作协议
attachment-relation_declaration = 关联关系声明
attachment-other = 其他

## 可行性研究报告章节
section-technology_status = 技术发展现状及趋势
section-research_base = 揭榜方研究基础
section-asean_market_feasibility = 针对东盟目标市场的可行性分析
section-rnd_content_and_route = 技术研发内容及技术路线
section-organisation = 组织方式
section-innovations = 技术创新点
section-schedule = 实施周期及进度安排
section-economic_benefit = 预期经济效益
section-deployment_plan = 应用场景落地计划
section-budget_and_funding = 资金预算及筹措
section-risk_response = 风险应对策略
section-local_partners = 东盟本地合作伙伴情况
section-ip_and_benefit_sharing = 知识产权归属与权益分配方案

## 信用代码问题
credit-wrong-length = 应为 18 位
credit-bad-character = 含有代码不使用的字符
credit-bad-division = 第 3 至 8 位应为数字
credit-check-mismatch = 校验码错误

## 与机构同步
sync-title = 与机构同步
sync-short-idle = 未连接
sync-short-sending = 正在发送…
sync-short-offline = { $queued ->
    [0] 离线
   *[other] 离线 · { $queued } 个待发送
}
sync-short-all_synced = 已全部同步
sync-short-needs_attention = 需要处理
sync-short-revoked = 密钥已吊销
sync-phase-idle = 尚未连接机构服务器。
sync-phase-sending = 正在发送评分包…
sync-phase-offline = 无法连接机构服务器。{ $queued ->
    [0] 没有待发送的内容。
   *[other] 有 { $queued } 个评分包待发送，网络恢复后将自动发送。
}
sync-phase-all_synced = 所有已提交的内容均已送达机构，并收到签名回执。
sync-phase-revoked = 机构已吊销本机密钥，本保险库不再发送任何内容。{ $queued ->
    [0] 没有待发送的评分包。
   *[other] { $queued } 个评分包保留在此，未发送。
}
sync-phase-needs_attention = 机构拒收了 { $quarantined } 个评分包，原因见下方。
sync-not-enrolled = 本数据保险库尚未连接机构。请输入服务器地址、专家编号和机构提供的一次性登记码。无网络时请使用命令行：reviewdesk enroll --request。
sync-server = 机构服务器地址
sync-expert-id = 专家编号
sync-code = 一次性登记码
sync-enroll = 连接
sync-enrolled = 已作为 { $id } 连接，机构公钥已固定。
sync-identity = 专家 { $id } · 服务器 { $server }
sync-agency-key = 机构公钥：{ $key }
sync-now = 立即同步
sync-export = 导出评分包到文件夹…
sync-exported = { $count ->
    [0] 没有需要导出的评分包。
   *[other] 已写入 { $count } 个评分包，请交给机构。
}
sync-empty = 暂无评分包：提交评分表后会生成。
sync-applications = 申报
sync-state = 状态
package-queued = 待发送
package-at_meeting = 会议主机已接收；下次同步时发送至机构服务器
package-delivered = 已送达，回执已保存
package-quarantined = 被机构拒收
receipt-received = 机构已于 { $at } 收到
receipt-digest = 评分包指纹（清单的 SHA-256）
receipt-signature = 机构签名
receipt-explained = 此回执由机构以其密钥签名，本保险库在收到时已验证：证明评分包已完整送达机构。

## 工作人员模式：专家组评审结果
main-panel = 专家组结果
settings-staff = 机构工作人员
settings-staff-note = 机构工作人员安装机构服务器生成的工作人员密钥文件后，本数据保险库即可打开并核验专家组的评分包，并生成评审会议纪要。
settings-staff-passphrase = 工作人员密钥文件的口令
settings-staff-install = 安装工作人员密钥…
settings-staff-installed = 已安装工作人员密钥。
settings-connection = 连接
settings-insecure-http = 允许以明文 HTTP 连接其他计算机上的机构服务器
settings-insecure-http-note = 仅在机构要求且网络可信时开启：密码和评分将在网络上不受保护地传输。本机上的服务器始终允许。
panel-title = 专家组评审结果
panel-import = 导入评分包文件…
panel-fetch = 从服务器获取
panel-fetch-user = 工作人员账户
panel-fetch-password = 密码
panel-imported = { $count ->
    [0] 没有新的评分包：均已导入过。
   *[other] 已核验并导入 { $count } 个评分包。
}
panel-fetched = { $count ->
    [0] 服务器上没有新的评分包。
   *[other] 已获取、核验并导入 { $count } 个新评分包。
}
panel-import-aside = 另有：{ $waiting } 个评分包在等待同一专家更早的评分包；{ $refused } 个评分包保留其位置，但其评分未通过核验，不计入结果。
panel-forwarded = 会议中收到并已转交机构服务器的评分包：{ $count } 个。
panel-export-minutes = 生成评审会议纪要…
panel-export-opinions = 生成专家个人评审意见表…
panel-export-matrix = 导出评分矩阵…
panel-written = 已写入：{ $path }
panel-saved = 已保存。
panel-save = 保存
panel-meeting = 会议
panel-meeting-date = 日期
panel-meeting-place = 地点
panel-meeting-online = 线上会议
panel-meeting-chair = 主持专家
panel-meeting-staff = 出席的机构工作人员（以分号分隔）
panel-scores-by-expert = 各位专家总分
panel-expert = 专家
panel-recused = 回避
panel-missing = 未提交
panel-result = 综合结果
panel-rank = 排名
panel-applicant = 揭榜方
panel-overall = 综合得分
panel-status = 状态
panel-status-ranked = 参加排序
panel-status-discuss = 参加排序；评分分歧较大，提请讨论
panel-status-failed_formal_review = 不排序：形式审查未通过
panel-status-no_scores = 不排序：尚无评分
panel-status-vetoed = 不排序：一票否决
panel-status-below_pass_mark = 不排序：低于入选分数线
panel-status-below_threshold = 不排序：某项指标低于门槛
panel-missing-experts = 等待 { $experts }
panel-outcome-straight_to_signing = 唯一通过形式审查的揭榜方，直接进入洽谈签约：{ $application }
panel-outcome-selected = 选定：{ $application }
panel-outcome-tie_unresolved = 经全部同分比较规则后仍相同：{ $applications }。请记录专家组表决结果。
panel-outcome-tie_unresolved-no-vote = 经全部同分处理规则后仍并列：{ $applications }。本批次规则不再进一步区分，由专家组决定，并在主持专家意见中记录。
panel-round-none = 专家独立评分中。
panel-round-discussion = 讨论中：已提交的专家可查看专家组评分。
panel-round-revision = 修改中：专家可查看专家组评分并修改评分表。
panel-open-discussion = 开启讨论
panel-open-revision = 开启修改
panel-close-round = 结束本轮
panel-outcome-awaiting_scores = 尚有评分表未提交，暂无结论。
panel-outcome-none_selectable = 无可入选的揭榜方。
panel-note = 专家组意见（主持专家）
panel-votes = 专家组表决（各揭榜方得票，如有）
panel-matrix-shows = 显示的得分
recovery-title = 您的恢复密钥
recovery-intro = 若忘记口令，可用此密钥打开保险库并设置新口令。请抄写或打印本页，并与本机分开保管。此密钥仅显示这一次。
recovery-print = 打印…
recovery-confirm = 请输入密钥的最后四个字符，以确认您已保存
recovery-kept = 我已保存
recovery-confirm-wrong = 这不是恢复密钥的最后四个字符。请再核对您抄下的内容。
unlock-forgot = 忘记口令？
reset-title = 设置新口令
reset-intro = 请输入创建保险库时保存的恢复密钥，然后设置新口令。保险库中的全部内容都会保留。
reset-recovery-key = 恢复密钥
reset-button = 设置并解锁
reset-working = 正在打开保险库…
reset-back = 返回用口令解锁
recovery-missing = 此保险库尚无恢复密钥：没有恢复密钥，忘记口令后将无法重设。
recovery-make = 生成恢复密钥
settings-recovery = 恢复密钥
settings-recovery-note = 若保存的恢复密钥丢失或被他人看到，请生成新的恢复密钥。旧密钥随即失效。
settings-recovery-new = 生成新的恢复密钥…
recovery-new-note = 这是您的新恢复密钥。此前的恢复密钥均已失效。
backup-reminder = 上次备份已超过一天，且此后有新的工作。笔记本丢失或损坏将导致这些工作丢失。
backup-now = 立即备份…
backup-written = 备份已写入 { $path }。
settings-backup = 备份
settings-backup-last = 上次备份：{ $time }。
settings-backup-never = 此保险库从未备份。备份与保险库同样加密；请将其存放在本机以外的地方。
setup-restore = 从备份恢复…
setup-restore-note = 要换到新笔记本？请改为恢复您在旧笔记本上做的备份。
unlock-restored = 已恢复 { $time } 的备份。请用当时的口令或其恢复密钥解锁。
sync-by-file-title = 无法联网？通过文件登记
sync-by-file = 用您的专家编号和一次性登记码写出申请文件，发给机构（电子邮件或 U 盘）；再读取机构发回的答复文件。
sync-by-file-needs = 请先填写专家编号和一次性登记码。
sync-write-request = 写出申请文件…
sync-read-response = 读取答复文件…
sync-request-written = 申请已写入 { $path }。请发给机构，然后在此读取其答复文件。
sync-import-bundle = 导入任务包文件…
sync-device-key = 本机密钥（机构登记的）：{ $key }
sync-continues-after = 设备丢失后已重新登记：本保险库的评分包接续机构收到的最后一个评分包（第 { $sequence } 号），您此前发送的评分表已随任务包返回。
sync-enroll-again = 重新登记本保险库…
sync-enroll-again-note = 请输入机构为重新登记发给您的一次性登记码。本保险库将生成新密钥；您的评分表保持不变，未发送的内容将以新密钥接续机构收到的最后一个评分包发送。

## The Windows installer (src-tauri/windows/installer.nsi, through cargo xtask windows)
installer-webview2-missing = ReviewDesk 需要 Microsoft Edge WebView2 运行时，本机尚未安装。请从 https://go.microsoft.com/fwlink/p/?LinkId=2124703 安装后再启动 ReviewDesk。bin 文件夹中的命令行工具无需该运行时即可使用。
installer-shortcut-description = 跨境“揭榜挂帅”离线专家评审
installer-remove-data = 同时删除我的保险库和设置
installer-remove-data-description = 删除本机上的保险库，包括尚未发送给机构的评分。不勾选则保留，以便日后重新安装时继续使用。
installer-remove-data-confirm = 确定删除 { $folder } 中的所有保险库和设置吗？尚未发送给机构的评分将会丢失。
main-meeting = 会议
meeting-title = 评审会议
meeting-intro = 在会场网络上召开会议：专家的应用将评分发送到本机，无需连接互联网。
meeting-start = 开始会议
meeting-stop = 结束会议
meeting-stop-confirm-title = 结束会议？
meeting-stop-confirm-body = 专家的应用将无法再连接本机。不会丢失任何数据：评分保存在专家的保险库中，同步时送达机构服务器；本机收到的评分包保存在本保险库中，可通过“从服务器获取”转交。
meeting-join-card = 入会卡
meeting-code-label = 会议码
meeting-addresses-label = 地址
meeting-fingerprint-label = 证书指纹（SHA-256）
meeting-qr-alt = 地址和会议码的二维码
meeting-board = 实时看板
meeting-board-demand = { $demand } { $title }：已收到 { $done } / { $assigned } 份评分表
meeting-board-applicant = 申报单位
meeting-state-not_started = 未开始
meeting-state-scoring = 评分中
meeting-state-submitted = 已提交
meeting-state-revising = 修改中
meeting-state-recused = 已回避
meeting-join-intro = 请输入主持专家入会卡上的地址和会议码，或粘贴其二维码下方的入会行。同步时，您的评分仍会送达机构服务器。
meeting-hub-label = 地址或入会行
meeting-join = 加入
meeting-joined = 已加入榜单 { $call } 的会议，地址 { $address }，会议码 { $code }。
meeting-leave = 退出会议
meeting-awaiting = 尚未直接送达机构服务器的评分包：{ $count } 个，将在下次同步时发送。
meeting-nothing-open = 主持专家尚未开启您所评需求的讨论。请继续评分：您提交评分表后，会议主机即可收到。
meeting-recused = 您已回避。
meeting-flagged = 已标记需讨论
meeting-overall = 总分
meeting-criterion = 评审指标
meeting-scores = 各专家评分（由低到高）
meeting-median = 中位数
meeting-range = 范围
meeting-reasons = 其他专家的理由
meeting-opinions = 其他专家的意见
meeting-minutes = 待签署的会议纪要
meeting-minutes-intro = 专家组作出决定后，请定稿会议纪要：每位专家的应用会显示其内容供签署，会议纪要 PDF 将列出每个签名。
meeting-minutes-fixed = 已于 { $at } 定稿待签署。
meeting-minutes-digest = 内容 SHA-256：{ $digest }
meeting-minutes-stale = 会议纪要定稿后，专家组数据已变化（评分包、意见或投票）：请重新定稿，由专家组签署新内容。
meeting-minutes-signed-by = { $name }（{ $expert }）已于 { $at } 签署
meeting-minutes-waiting-for = { $name }（{ $expert }）尚未签署
meeting-fix = 定稿会议纪要以供签署
meeting-fix-again = 重新定稿会议纪要
meeting-fix-confirm-title = 定稿会议纪要以供签署？
meeting-fix-confirm-body = 会议纪要内容将按专家组当前数据定稿，每位专家的应用将显示该内容以供签署。请先录入会议信息和主持专家意见：之后的任何改动都需要重新定稿并重新签署。
meeting-fix-again-confirm-body = 将按专家组当前数据重新定稿内容。此前内容的签名不再有效：每位专家需重新签署。
meeting-sign = 签署会议纪要
meeting-sign-confirm-title = 签署此会议纪要？
meeting-sign-confirm-body = 您的密钥将签署所显示的确切内容（SHA-256 { $digest }）。签名不可撤回；若主持专家修改会议纪要，将请您重新签署。
meeting-minutes-you-signed = 您已签署此会议纪要。
