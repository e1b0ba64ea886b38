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
