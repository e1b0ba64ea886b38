# reviewdesk 命令行的提示信息。
cli-error = 错误：{ $message }
cli-passphrase-prompt = 保险库口令：
cli-new-passphrase-prompt = 新的保险库口令：
cli-confirm-passphrase-prompt = 再次输入口令：
cli-demo-written = 已将包含 { $demands } 项需求、{ $applications } 份申报的演示批次写入 { $path }。
cli-vault-created = 已在 { $path } 创建加密保险库。
cli-passphrase-changed = 已更改 { $path } 的口令。
cli-import-progress = 正在导入：{ $done } / { $total } 条记录
cli-imported = 已导入批次 { $call }：{ $demands } 项需求、{ $applications } 份申报、{ $attachments } 个附件。
cli-reimported = 已用新数据替换批次 { $call }：{ $demands } 项需求、{ $applications } 份申报、{ $attachments } 个附件。
cli-already-imported = 批次 { $call } 已从同一文件导入过，未做任何更改。
cli-list-empty = 保险库中还没有机构数据。可用以下命令导入：reviewdesk import FILE --vault VAULT
