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

## 帮助文本
cli-help = ReviewDesk：跨境“揭榜挂帅”项目离线专家评审
cli-help-demo-data = 生成演示批次（机构数据格式）并写入 OUT。
cli-help-demo-data-scale = 将批次放大到此倍数（每倍 10 项需求、26 份申报）。
cli-help-vault = 管理数据保险库。
cli-help-vault-create = 创建新的加密保险库。
cli-help-vault-change-passphrase = 更改保险库口令（新口令取自 REVIEWDESK_NEW_PASSPHRASE 或提示输入）。
cli-help-import = 将机构数据文件导入保险库；要么全部导入，要么不导入。
cli-help-list = 列出保险库中的需求与申报。
cli-help-list-json = 以 JSON 而非表格输出。
cli-help-list-search = 只列出与此文本匹配的申报。
cli-help-show = 以 JSON 显示一份申报的全部内容。
cli-help-show-call = 申报所属批次（默认：最近导入的批次）。
cli-help-check = 显示一份申报的形式审查清单。
cli-help-check-json = 以 JSON 而非文本输出。
cli-help-check-call = 申报所属批次（默认：最近导入的批次）。
cli-sheet-draft = { $application }：评分表第 { $version } 版已保存为草稿；总分 { $overall }；尚有 { $missing } 项待完成。
cli-sheet-submitted = { $application }：评分表第 { $version } 版已提交；总分 { $overall }。
cli-sheet-recused = { $application }：因利益冲突回避（评分表第 { $version } 版）。
cli-help-score = 从评分文件填写一份申报的评分表，校验规则与界面相同。
cli-help-score-submit = 保存后提交评分表；仍有缺项时拒绝提交。
cli-help-score-revise = 先为已提交的评分表开启新版本（初审截止日前可用）。
cli-help-sheets = 列出保险库中的评分表。
