# 机构服务器的管理工具。

server-error = 错误（{ $code }）：{ $message }
server-listening = ReviewDesk 机构服务器正在监听 http://{ $address }
server-call-loaded = 已载入项目 { $call }：{ $applications } 份申报，{ $experts } 位专家。
server-code = { $expert } 的一次性登记码：{ $code }
server-enrolled = { $expert } 已登记；请将 { $path } 交给该专家。
server-bundle-issued = 已为 { $expert } 生成第 { $sequence } 版任务包：{ $path }
server-package-accepted = 已接收 { $path }：{ $expert } 的第 { $sequence } 号评分包。
server-password-prompt = 工作人员密码：
server-staff-added = 已保存工作人员账户 { $name }。
server-assigned = { $expert } 现负责评审 { $call } 的 { $count } 份申报，下一版任务包将包含这些申报。

## reviewdesk-server 命令行帮助
server-help = ReviewDesk 机构服务器及其管理工具。
server-help-db = 服务器数据库文件。
server-help-init = 创建数据库和机构密钥（仅一次）；输出公钥。
server-help-init-url = 专家访问本服务器的地址，登记时发给专家。
server-help-serve = 运行 HTTP 接口。
server-help-serve-listen = 监听的地址和端口。
server-help-agency-key = 输出机构公钥（JSON），供专家和核验方使用。
server-help-load-call = 从机构数据文件载入（或重新载入）一期榜单，包括专家和分配。
server-help-load-call-file = 机构数据文件（JSON）。
server-help-assign = 设定某位专家在某期榜单中评审的全部申报。
server-help-assign-call = 榜单编号。
server-help-assign-expert = 专家编号。
server-help-assign-applications = 申报编号，以逗号分隔。
server-help-code = 为专家签发一次性登记码（仅此码输出到标准输出）。
server-help-code-expert = 专家编号。
server-help-enroll = 以应答文件回复登记申请文件（离线登记）。
server-help-enroll-request = 专家的登记申请文件。
server-help-enroll-out = 应答文件的保存位置。
server-help-issue-bundle = 为专家封装某期榜单的新任务包。
server-help-issue-bundle-expert = 专家编号。
server-help-issue-bundle-call = 榜单编号。
server-help-issue-bundle-out = 任务包的保存位置。
server-help-import-package = 接收人工带来的评分包文件。
server-help-import-package-files = 评分包文件。
server-help-progress = 显示每位专家的进度（JSON）。
server-help-add-staff = 添加或替换工作人员账户（密码取自 REVIEWDESK_STAFF_PASSWORD 或提示输入）。
server-help-add-staff-name = 工作人员用户名。
server-staff-key-prompt = 工作人员密钥文件的口令（至少 12 个字符）：
server-staff-key-weak = 工作人员密钥文件的口令至少需要 12 个字符。
server-staff-key-written = 工作人员密钥文件已写入 { $path }。请将文件交给工作人员，口令另行告知。
server-help-staff-key = 写出工作人员密钥文件：机构密钥和专家公钥，以口令加密（取自 REVIEWDESK_STAFF_KEY_PASSPHRASE 或提示输入）。
server-help-staff-key-out = 工作人员密钥文件的保存位置。
