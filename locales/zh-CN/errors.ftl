# 错误信息，按 Rust 核心传给界面与命令行的错误代码索引。
error-vault-wrong-passphrase = 口令不正确，未做任何更改。
error-vault-not-found = { $path } 处没有数据保险库。
error-vault-in-use = { $path } 处的数据保险库已在另一个 ReviewDesk 窗口或程序中打开。请先在那里关闭，然后重试。
error-vault-exists = { $path } 处已有数据保险库。
error-vault-encryption-unavailable = 当前版本不支持加密，ReviewDesk 不会保存任何数据。
error-vault-key-file-damaged = 保险库的密钥文件已损坏（{ $detail }）。请从备份恢复保险库及其密钥文件，或请机构重新发送您的评审任务。
error-vault-newer-schema = 该保险库由更新版本的 ReviewDesk 写入，请升级 ReviewDesk。
error-vault-locked = 保险库已锁定，请先解锁。
error-vault-corrupt = 保险库数据已损坏（{ $detail }）。请从备份恢复保险库及其密钥文件，或请机构重新发送您的评审任务。
error-not-found = 未找到编号为 { $id } 的记录。
error-passphrase-empty = 请输入口令。
error-passphrase-mismatch = 两次输入的口令不一致。
error-passphrase-too-weak = 该口令太容易被猜到，请使用更长的口令，例如几个互不相关的词。
error-io = 无法读取或写入文件：{ $detail }
error-internal = ReviewDesk 内部出错：{ $detail }
error-document = 机构数据文件被拒绝，未导入任何内容。{ $location }{ $reason }
document-location = 位置 { $path }：
document-too-large = 文件大小为 { $size } 字节，超过允许的 { $limit } 字节。
document-syntax = 不是有效的 JSON（第 { $line } 行，第 { $column } 列）。
document-wrong-format = 不是 ReviewDesk 机构数据文件（format 为“{ $found }”）。
document-unsupported-version = 不支持格式版本 { $found }；当前版本的 ReviewDesk 读取版本 { $supported }。
document-missing-field = 缺少必填字段“{ $field }”。
document-unknown-field = 字段“{ $field }”不属于该格式。
document-unknown-value = “{ $value }”不是允许的取值。
document-wrong-type = 类型错误：{ $detail }。
document-invalid-value = 取值无效：{ $detail }。
document-blank-text = 各语言的文本均为空。
document-bad-language-tag = “{ $tag }”不是语言标记。
document-duplicate-id = 编号“{ $id }”重复使用。
document-unknown-reference = 引用了文件中不存在的{ $target ->
        [demand] 需求
        [application] 申报
        [attachment] 附件
       *[expert] 专家
    }“{ $id }”。
document-foreign-attachment = 附件“{ $id }”属于另一份申报。
document-bad-base64 = 附件内容不是有效的 base64 编码。
document-size-mismatch = 附件实际为 { $actual } 字节，但声明为 { $declared } 字节。
document-digest-mismatch = 附件内容与其 SHA-256 摘要不符。
document-unsupported-media-type = 不接受类型为“{ $media_type }”的附件。
document-content-mismatch = 附件内容不是 { $media_type } 文件。
document-invalid-rubric = 评分表无法使用：{ $fault ->
    [precision-too-high] 声明的小数位数超过 4 位
    [no-criteria] 计分型评分表至少需要一个评审维度
    [duplicate-id] 有标识重复使用
    [weight-not-positive] 权重必须大于零
    [threshold-out-of-range] 门槛分须在 0 到 100 之间
    [no-items] 每个评审维度至少需要一个评分项
    [bad-scale] 量表的最小值须小于最大值，步长须为正数
    [step-not-dividing] 步长须能整除量表范围
   *[bad-comment-rule] 理由规则须满足 0 ≤ below ≤ above ≤ 1
}。
error-sheet-locked = { $id } 的评分表已提交，不能再修改。请发起修订以生成新版本。
error-sheet-invalid = 评分表中有错误的取值（{ $item }），未保存任何内容。
error-sheet-incomplete = 评分表尚不能提交：还有 { $count } 项未完成。
error-sheet-deadline-passed = 预评审已于 { $date } 截止，已提交的评分表不能再修订。
error-sheet-file-invalid = 无法读取评分文件：{ $detail }

## 登记与评审任务包
error-already-enrolled = 本数据保险库已登记为专家 { $id }。
error-enrollment-not-started = 没有等待回执的登记。请先生成登记申请。
error-enrollment-file-invalid = 无法读取登记文件：{ $detail }
error-enroll-usage = 登记时请提供 --expert 和 --code，并加上 --server（在线）或 --request（离线）；完成离线登记请提供 --response。
error-not-enrolled = 本数据保险库尚未向机构登记，无法核验任务包的签名。
error-key-revoked = 机构已吊销本机的密钥：您已在另一台设备上重新登记。本保险库无法再发送评分，您的工作仍保留在此。请使用重新登记的保险库，或向机构申请重新登记码。
error-bundle-call-mismatch = 任务包内容属于另一个项目（{ $id }），未导入任何内容。
error-exchange-malformed = 该{ $kind ->
    [bundle] 评审任务包
   *[package] 评分包
}已损坏或不是 ReviewDesk 文件（{ $detail }），未做任何更改。
error-exchange-unsafe-path = 文件被拒绝：条目“{ $name }”指向压缩包之外。未做任何更改。
error-exchange-symlink = 文件被拒绝：条目“{ $name }”是链接。未做任何更改。
error-exchange-duplicate-name = 文件被拒绝：有两个同名条目。未做任何更改。
error-exchange-overlapping-entries = 文件被拒绝：条目之间相互重叠。未做任何更改。
error-exchange-too-many-entries = 文件被拒绝：共 { $count } 个条目，最多允许 { $limit } 个。未做任何更改。
error-exchange-too-large = 文件被拒绝：{ $size } 字节，最多允许 { $limit } 字节。未做任何更改。
error-exchange-compression-ratio = 文件被拒绝：条目“{ $name }”解压后将超过 { $limit } 倍。未做任何更改。
error-exchange-unexpected-entry = 文件被拒绝：包含意外条目“{ $name }”。未做任何更改。
error-exchange-not-stored = 文件被拒绝：条目“{ $name }”经过压缩，只允许不压缩存储的条目。未做任何更改。
error-exchange-entry-order = 文件被拒绝：其条目顺序与格式规定不符。未做任何更改。
error-exchange-invalid-field = 文件被拒绝：清单字段 { $field } 的格式不符合规定（{ $value }）。未做任何更改。
error-exchange-wrong-expert = 评分包注明的专家是 { $named }，却用 { $registered } 的登记密钥核验。未做任何更改。
error-exchange-not-canonical = 文件被拒绝：清单不是规范格式。未做任何更改。
error-exchange-wrong-kind = 这是“{ $found }”文件，而不是{ $expected ->
    [bundle] 评审任务包
   *[package] 评分包
}。未做任何更改。
error-exchange-unsupported-version = 该文件使用格式版本 { $found }，当前版本的 ReviewDesk 无法读取。未做任何更改。
error-exchange-bad-signature = 签名不符：文件并非由预期一方生成，或已被篡改。未做任何更改。
error-exchange-revoked-key = 第 { $sequence } 号评分包所用的签名密钥在专家评分链的该位置不被机构接受：该专家重新登记时此密钥已被吊销。未做任何更改。
error-exchange-hash-mismatch = 文件被拒绝：“{ $name }”在签名后被改动。未做任何更改。
error-exchange-wrong-recipient = 该文件的接收方不是您。未做任何更改。
error-exchange-expired = 该任务包已于 { $date } 过期，请向机构索取新的任务包。未做任何更改。
error-exchange-rollback = 该任务包为第 { $sequence } 版，早于已安装的第 { $installed } 版。未做任何更改。
error-exchange-undecryptable = 无法用本数据保险库的密钥解密内容。未做任何更改。
error-exchange-bad-key = 密钥无效（{ $detail }）。
error-exchange-encryption = 加密失败：{ $detail }
error-key-file-invalid = 无法读取密钥文件 { $path }。
error-sync-unreachable = 无法连接机构服务器（{ $detail }）。所有内容仍保留在待发送队列中，请稍后重试。
error-sync-refused = 机构服务器拒绝了请求（{ $code }）：{ $detail }
error-sync-incomplete = 仍有评分包待发送：{ $detail }。下次同步时将继续发送。
error-no-server = 未知机构服务器地址，请用 --server 指定。
error-server-certificate-changed = 机构服务器 { $server } 出示的证书与注册时固定的证书不同。可能有人介于您与机构之间：未发送任何内容。请向机构确认其证书是否已更换。
error-server-certificate-untrusted = 机构服务器 { $server } 出示的证书不受本机信任，且注册时未为其固定证书。未发送任何内容；请向机构索取新的注册码。
error-insecure-http = 拒绝通过明文 HTTP 与 { $server } 通信：密码和评分将在网络上不受保护地传输。请使用其 https:// 地址；若机构要求，可允许明文 HTTP（设置 › 连接，或 --insecure-http）。
error-staff-key-wrong-passphrase = 口令无法打开此工作人员密钥文件，未作任何更改。
error-not-staff = 本数据保险库尚未安装工作人员密钥。请安装机构服务器生成的工作人员密钥文件（reviewdesk-server staff-key）。
error-staff-only = 机构服务器不接受此工作人员名称和密码。
error-staff-locked = 工作人员登录失败次数过多：机构服务器在一刻钟内拒绝此名称。请稍后再试。
error-package-unknown-expert = 该评分包来自 { $expert }，此处没有其密钥。请安装更新的工作人员密钥文件。未导入任何内容。
error-package-early = { $expert } 的第 { $sequence } 号评分包先于第 { $expected } 号到达，将等待其间的评分包到齐。
error-package-fork = { $expert } 的第 { $sequence } 号评分包未接续其第 { $head } 号评分包（评分包被替换或篡改），未导入任何内容。
error-package-unreadable = 评分包内容不是本版本可读取的评分文件（{ $detail }）。它保留在链中的位置，但其评分不计入。
error-package-unknown-call = 该评分包属于项目 { $call }，此处没有该项目。它保留在链中的位置，但其评分不计入。
error-package-content-mismatch = 评分包内容中的专家或项目与其签名清单不一致。它保留在链中的位置，但其评分不计入。
error-package-not-assigned = 评分包含有对 { $application } 的评分表，但该申报未分配给这位专家。它保留在链中的位置，但其评分不计入。
error-package-unknown-rubric = 评分包含有按评分标准 { $rubric } 第 { $version } 版填写的评分表，但本项目没有该标准。它保留在链中的位置，但其评分不计入。
error-package-invalid-sheet = 评分包中对 { $application } 的评分表不是完整有效的提交（分值超出量程或步长，或有缺项）。它保留在链中的位置，但其评分不计入。
error-package-totals-mismatch = 评分包中 { $application } 的合计分与其各项评分不符。它保留在链中的位置，但其评分不计入。
error-package-id-reused = 此前已收到编号相同（{ $package }）但内容不同的评分包，未导入任何内容。
error-import-call-signed = 项目 { $call } 是由机构签名送达的，不能用未签名的数据文件替换。请改为导入机构的新版任务包。未做任何更改。
error-fonts-missing = 缺少生成文档所需的字体：{ $detail }
error-staff-vote-usage = 表决结果应写作 申报编号=票数，例如 A001=4；而不是 { $vote }。
error-panel-vote-not-in-rule = 本批次的同分处理规则不含专家组投票，因此不记录需求 { $demand } 的投票。请将专家组的决定写入主持专家意见。
error-discussion-not-open = 主持专家尚未开启需求 { $demand } 的讨论。
error-discussion-not-submitted = 请先提交对 { $applications } 的评分表：需求 { $demand } 的专家组评分仅向已提交的专家展示。
error-discussion-not-assigned = 您未被分配评审需求 { $demand } 的任何揭榜方，因此不向您展示该需求的讨论。
error-revision-not-allowed = 本批次不允许修改轮次，因此不能开启需求 { $demand } 的评分修改。
error-meeting-not-joined = 此保险库尚未加入会议。请使用主持专家的入会卡上的地址和会议码加入。
error-meeting-code-wrong = { $server } 上的会议主机所用证书与会议码 { $code } 不符。请核对主持专家的入会卡上的地址和会议码。
error-meeting-not-vouched = { $server } 上的会议主机未经机构密钥认证，可能并非本次会议的主机；请勿向其发送评分。
error-meeting-hub-unreachable = 无法连接 { $server } 上的会议主机（{ $detail }）。您的评分仍保存在本保险库中，待会议主机恢复后发送。
error-minutes-not-fixed = 主持专家尚未定稿榜单 { $call } 的会议纪要，暂不能签署。
error-minutes-changed = 您阅读后，主持专家再次定稿了榜单 { $call } 的会议纪要。请重新阅读后再签署。
error-minutes-altered = 此会议纪要的内容与专家组签署的摘要不符：签署后已被改动。请勿采信此副本。
error-minutes-unsealed = { $path } 不含 ReviewDesk 封存的会议纪要数据（{ $detail }），无从核验。请向机构索取其导出的会议纪要 PDF。
error-minutes-not-on-panel = 专家 { $expert } 不在此会议纪要所列专家之中，不能签署。
error-vault-wrong-recovery-key = 该恢复密钥无法打开此保险库。未做任何更改。
error-vault-no-recovery-key = 此保险库没有恢复密钥：它创建于恢复密钥功能之前，此后也未生成。只能用口令打开。
error-recovery-key-malformed = 这不是恢复密钥：恢复密钥由 32 个字母和数字组成，每四个一组。
error-vault-backup-damaged = 此备份文件已损坏或不是 ReviewDesk 备份（{ $detail }）。未恢复任何内容。
error-vault-newer-backup = 此备份由较新版本的 ReviewDesk 创建。请安装新版本后再恢复。未恢复任何内容。
error-vault-copy-behind = 此保险库的另一个副本（恢复的备份，或另一台笔记本上的同一保险库）已发送了第 { $sequence } 个评分包，因此本副本无法发送。请在较新的副本中继续工作；此评分包保留在本机，已搁置。
