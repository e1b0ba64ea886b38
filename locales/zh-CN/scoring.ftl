# 评分：评分表、利益冲突声明、评审进度与横向比较。

main-progress = 我的进度
tab-application = 申报书
tab-score = 评分表

## 评分表进度
progress-not_started = 未开始
progress-in_progress = 评分中
progress-submitted = 已提交
progress-recused = 已回避
progress-title = 我的评审进度
progress-intro = 在左侧选择一份申报书进行阅读和评分，或横向比较同一需求的申报单位。
progress-total = 共 { $total } 份申报，已提交或回避 { $done } 份
progress-demand = 需求
progress-compare = 横向比较

## 横向比较
compare-title = “{ $demand }”申报单位横向比较
compare-intro = 分数为您本人评分表中的百分制得分；“—”表示尚未评分。
compare-back = ← 返回我的进度
compare-criterion = 评审维度
compare-overall = 综合得分
compare-recommendation = 推荐意见
compare-vetoes = 触发的否决项

## 利益冲突声明
declare-title = 利益冲突声明
declare-intro = 在为 { $application } 评分之前，请声明您与申报单位、联合体成员或需求方是否存在利益冲突。
declare-none = 本人与该申报不存在利益冲突
declare-conflict = 本人存在利益冲突
declare-kind = 冲突类型
declare-details = 具体说明
declare-details-required = 请说明冲突情况。
declare-choose = 请在两项声明中选择一项。
declare-recusal-note = 声明存在利益冲突即须回避：您将不对该申报评分，回避记录将随评分结果一并提交。
declare-confirm = 确认声明
declare-change = 修改声明
conflict-same_unit = 本人就职于申报单位、联合体成员或需求方
conflict-former_employer = 本人近三年曾在该单位任职
conflict-collaborator = 本人近期与该团队有合作、合著或共同申报
conflict-relative = 本人近亲属为团队成员
conflict-financial_interest = 本人持有股份或存在其他经济利益
conflict-other = 其他利益冲突

## 评分表
sheet-title = 评分表 — { $application }
sheet-version = 第 { $version } 版
sheet-overall = 综合得分
sheet-saving = 正在保存…
sheet-saved = 所有更改已保存
sheet-save-failed = 未能保存：{ $message }
sheet-undeclared = 评分表打开前，请先声明利益冲突情况。
sheet-declare = 声明并开始评分
sheet-declared-none = 已声明：不存在利益冲突。
sheet-declared-conflict = 已声明存在利益冲突：{ $kind } — { $details }
sheet-recused = 您已回避该申报。请提交回避记录，以便机构随评分结果一并收到。
sheet-submit-recusal = 提交回避记录
sheet-recusal-submitted = 回避记录已提交（第 { $version } 版，{ $date }）。
sheet-criterion-score = { $score } / 100
sheet-criterion-pending = 尚未评完
sheet-below-threshold = 低于门槛分 { $threshold }
sheet-scale = { $min }–{ $max }，步长 { $step }
sheet-comment = 理由
sheet-comment-required = 该分值须填写理由
sheet-not-a-number = 请输入数字，例如 7.5。
sheet-out-of-range = 请输入 { $min } 至 { $max } 之间的分数。
sheet-off-step = 分数须按 { $step } 的步长给出。
sheet-vetoes = 一票否决项
veto-applies = 存在
veto-not-applies = 不存在
sheet-conclusion = 评审结论
sheet-recommendation = 综合推荐意见
recommendation-recommend = 推荐
recommendation-recommend_with_conditions = 有条件推荐
recommendation-do_not_recommend = 不推荐
sheet-veto-contradicted = 已触发一票否决项，推荐意见必须为“不推荐”。
sheet-decision = 论证结论
decision-pass = 通过
decision-fail = 不通过
sheet-opinion = 专家意见
sheet-review = 检查并提交
sheet-review-title = 提交前检查
sheet-review-missing = 还有 { $count } 项未完成，点击可跳转：
sheet-review-ready = 所有内容均已填写完整。
sheet-submit = 提交
sheet-submit-title = 提交评分表？
sheet-submit-confirm = 提交后，{ $application } 的评分表将被锁定。{ $date } 前仍可发起修改，本版本会保留在历史记录中。
sheet-submit-confirm-open = 提交后，{ $application } 的评分表将被锁定。之后仍可发起修改，本版本会保留在历史记录中。
sheet-submitted = 第 { $version } 版已于 { $date } 提交，不能再更改。
sheet-revise = 发起修改
sheet-revise-closed = 初审已于 { $date } 截止，该评分表不能再修改。
sheet-history = 历史版本
sheet-history-row = 第 { $version } 版 · { $state } · 综合得分 { $overall } · { $date }
sheet-state-draft = 草稿
sheet-state-submitted = 已提交
sheet-shortcuts = 快捷键：Enter / Shift+Enter 下一个 / 上一个评分项 · ↑ / ↓ 按步长增减分数 · Ctrl+Enter 检查并提交 · Ctrl+PageDown / Ctrl+PageUp 下一份 / 上一份申报

## 妨碍提交的问题
problem-undeclared = 尚未声明利益冲突情况
problem-unknown_item = { $item }：不属于本评分标准
problem-unknown_veto = { $veto }：不属于本评分标准
problem-invalid_score = { $item }：分数不在量表范围内
problem-unscored = { $item }：尚未评分
problem-comment_required = { $item }：该分值须填写理由
problem-veto_unanswered = { $veto }：尚未作答
problem-veto_contradicted = 已触发“{ $veto }”，推荐意见必须为“不推荐”
problem-recommendation_missing = 尚未给出综合推荐意见
problem-decision_missing = 尚未给出论证结论
problem-opinion_missing = 专家意见为空
