# Scoring: the score sheet, the declaration, progress and comparison.

main-progress = វឌ្ឍនភាពរបស់ខ្ញុំ
tab-application = ពាក្យស្នើសុំ
tab-score = សន្លឹកដាក់ពិន្ទុ

## Progress of a sheet
progress-not_started = មិនទាន់ចាប់ផ្តើម
progress-in_progress = កំពុងដំណើរការ
progress-submitted = បានដាក់ស្នើ
progress-recused = បានដកខ្លួន
progress-title = វឌ្ឍនភាពរបស់ខ្ញុំ
progress-intro = ជ្រើសរើសពាក្យស្នើសុំនៅខាងឆ្វេង ដើម្បីអាន និងដាក់ពិន្ទុ ឬប្រៀបធៀបអ្នកដាក់ពាក្យនៃតម្រូវការមួយ។
progress-total = ពាក្យស្នើសុំ { $done } ក្នុងចំណោម { $total } បានដាក់ស្នើ ឬដកខ្លួន
progress-demand = តម្រូវការ
progress-compare = ប្រៀបធៀបអ្នកដាក់ពាក្យ

## Comparison
compare-title = អ្នកដាក់ពាក្យសម្រាប់ “{ $demand }” ដាក់ទន្ទឹមគ្នា
compare-intro = ពិន្ទុលើ 100 ពីសន្លឹករបស់អ្នកផ្ទាល់ សញ្ញាដាច់មានន័យថាមិនទាន់ដាក់ពិន្ទុ។
compare-back = ← ត្រឡប់ទៅវឌ្ឍនភាពរបស់ខ្ញុំ
compare-criterion = លក្ខណៈវិនិច្ឆ័យ
compare-overall = សរុប
compare-recommendation = អនុសាសន៍
compare-vetoes = ចំណុចវេតូដែលត្រូវអនុវត្ត

## Declaration of conflicts of interest
declare-title = ទំនាស់ផលប្រយោជន៍
declare-intro = មុនពេលអ្នកដាក់ពិន្ទុ { $application } សូមប្រកាសថាតើអ្នកមានទំនាស់ផលប្រយោជន៍ជាមួយអ្នកដាក់ពាក្យ សមាជិកសម្ព័ន្ធរបស់ខ្លួន ឬភាគីម្ចាស់តម្រូវការដែរឬទេ។
declare-none = ខ្ញុំគ្មានទំនាស់ផលប្រយោជន៍ជាមួយពាក្យស្នើសុំនេះទេ
declare-conflict = ខ្ញុំមានទំនាស់ផលប្រយោជន៍
declare-kind = ប្រភេទទំនាស់
declare-details = ព័ត៌មានលម្អិត
declare-details-required = សូមពិពណ៌នាទំនាស់។
declare-choose = សូមជ្រើសរើសសេចក្តីប្រកាសមួយក្នុងចំណោមពីរ។
declare-recusal-note = ទំនាស់ដែលបានប្រកាសធ្វើឱ្យអ្នកដកខ្លួន៖ អ្នកនឹងមិនដាក់ពិន្ទុពាក្យស្នើសុំនេះទេ ហើយការដកខ្លួនជាផ្នែកនៃអ្វីដែលអ្នកដាក់ស្នើ។
declare-confirm = បញ្ជាក់សេចក្តីប្រកាស
declare-change = ប្តូរសេចក្តីប្រកាស
conflict-same_unit = ខ្ញុំធ្វើការឱ្យអ្នកដាក់ពាក្យ សមាជិកសម្ព័ន្ធ ឬភាគីម្ចាស់តម្រូវការ
conflict-former_employer = ខ្ញុំបានធ្វើការនៅទីនោះក្នុងរយៈពេលបីឆ្នាំចុងក្រោយ
conflict-collaborator = ថ្មីៗនេះ ខ្ញុំបានធ្វើការ បោះពុម្ពផ្សាយ ឬដាក់ពាក្យរួមជាមួយក្រុមនេះ
conflict-relative = សាច់ញាតិជិតស្និទ្ធនៅក្នុងក្រុម
conflict-financial_interest = ខ្ញុំកាន់ភាគហ៊ុន ឬផលប្រយោជន៍ហិរញ្ញវត្ថុផ្សេង
conflict-other = ទំនាស់ផ្សេងទៀត

## Score sheet
sheet-title = សន្លឹកដាក់ពិន្ទុ — { $application }
sheet-version = កំណែ { $version }
sheet-overall = សរុប
sheet-saving = កំពុងរក្សាទុក…
sheet-saved = បានរក្សាទុកការផ្លាស់ប្តូរទាំងអស់
sheet-save-failed = មិនបានរក្សាទុក៖ { $message }
sheet-undeclared = សូមប្រកាសទំនាស់ផលប្រយោជន៍ មុនពេលសន្លឹកដាក់ពិន្ទុបើក។
sheet-declare = ប្រកាស ហើយចាប់ផ្តើមដាក់ពិន្ទុ
sheet-declared-none = បានប្រកាស៖ គ្មានទំនាស់ផលប្រយោជន៍។
sheet-declared-conflict = បានប្រកាសទំនាស់ផលប្រយោជន៍៖ { $kind } — { $details }
sheet-recused = អ្នកបានដកខ្លួនពីពាក្យស្នើសុំនេះ។ សូមដាក់ស្នើការដកខ្លួន ដើម្បីឱ្យទីភ្នាក់ងារទទួលបានវាជាមួយពិន្ទុរបស់អ្នក។
sheet-submit-recusal = ដាក់ស្នើការដកខ្លួន
sheet-recusal-submitted = បានដាក់ស្នើការដកខ្លួន (កំណែ { $version }, { $date })។
sheet-criterion-score = { $score } / 100
sheet-criterion-pending = មិនទាន់ពេញលេញ
sheet-below-threshold = ទាបជាងកម្រិត { $threshold }
sheet-scale = { $min }–{ $max } ជំហាន { $step }
sheet-comment = មូលហេតុ
sheet-comment-required = ចាំបាច់សម្រាប់ពិន្ទុនេះ
sheet-not-a-number = សូមវាយលេខ ដូចជា 7.5។
sheet-out-of-range = សូមវាយពិន្ទុពី { $min } ដល់ { $max }។
sheet-off-step = ពិន្ទុផ្លាស់ប្តូរតាមជំហាន { $step }។
sheet-vetoes = ចំណុចវេតូ (一票否决)
veto-applies = អនុវត្ត
veto-not-applies = មិនអនុវត្ត
sheet-conclusion = សេចក្តីសន្និដ្ឋាន
sheet-recommendation = អនុសាសន៍រួម
recommendation-recommend = ណែនាំ
recommendation-recommend_with_conditions = ណែនាំដោយមានលក្ខខណ្ឌ
recommendation-do_not_recommend = មិនណែនាំ
sheet-veto-contradicted = មានចំណុចវេតូត្រូវអនុវត្ត ដូច្នេះអនុសាសន៍ត្រូវតែជា “មិនណែនាំ”។
sheet-decision = សេចក្តីសម្រេច
decision-pass = ជាប់
decision-fail = ធ្លាក់
sheet-opinion = មតិអ្នកជំនាញ
sheet-review = ពិនិត្យ និងដាក់ស្នើ
sheet-review-title = ពិនិត្យមុនដាក់ស្នើ
sheet-review-missing = នៅខ្វះ { $count } ចំណុច។ ជ្រើសរើសមួយដើម្បីទៅកាន់វា៖
sheet-review-ready = អ្វីៗពេញលេញហើយ។
sheet-submit = ដាក់ស្នើ
sheet-submit-title = ដាក់ស្នើសន្លឹកដាក់ពិន្ទុ?
sheet-submit-confirm = ពេលដាក់ស្នើហើយ សន្លឹកដាក់ពិន្ទុនៃ { $application } នឹងត្រូវចាក់សោ។ រហូតដល់ { $date } អ្នកនៅតែអាចចាប់ផ្តើមការកែសម្រួល ដែលរក្សាកំណែនេះក្នុងប្រវត្តិ។
sheet-submit-confirm-open = ពេលដាក់ស្នើហើយ សន្លឹកដាក់ពិន្ទុនៃ { $application } នឹងត្រូវចាក់សោ។ អ្នកអាចចាប់ផ្តើមការកែសម្រួលនៅពេលក្រោយ ដែលរក្សាកំណែនេះក្នុងប្រវត្តិ។
sheet-submitted = កំណែ { $version } បានដាក់ស្នើនៅ { $date }។ វាមិនអាចផ្លាស់ប្តូរបានទៀតទេ។
sheet-revise = ចាប់ផ្តើមការកែសម្រួល
sheet-revise-closed = ការវាយតម្លៃបឋមបានបិទនៅ { $date }។ សន្លឹកនេះមិនអាចកែសម្រួលបានទៀតទេ។
sheet-history = កំណែ
sheet-history-row = កំណែ { $version } · { $state } · សរុប { $overall } · { $date }
sheet-state-draft = សេចក្តីព្រាង
sheet-state-submitted = បានដាក់ស្នើ
sheet-shortcuts = គ្រាប់ចុច៖ Enter / Shift+Enter ចំណុចរងបន្ទាប់ / មុន · ↑ / ↓ ប្តូរពិន្ទុមួយជំហាន · Ctrl+Enter ពិនិត្យ និងដាក់ស្នើ · Ctrl+PageDown / Ctrl+PageUp ពាក្យស្នើសុំបន្ទាប់ / មុន

## What keeps a sheet from being submitted
problem-undeclared = មិនទាន់មានសេចក្តីប្រកាសទំនាស់ផលប្រយោជន៍
problem-unknown_item = { $item }៖ មិនមាននៅក្នុងលក្ខណៈវិនិច្ឆ័យនេះទេ
problem-unknown_veto = { $veto }៖ មិនមាននៅក្នុងលក្ខណៈវិនិច្ឆ័យនេះទេ
problem-invalid_score = { $item }៖ ពិន្ទុមិននៅលើមាត្រដ្ឋាន
problem-unscored = { $item }៖ មិនទាន់ដាក់ពិន្ទុ
problem-comment_required = { $item }៖ ពិន្ទុនេះត្រូវការមូលហេតុ
problem-veto_unanswered = { $veto }៖ មិនទាន់ឆ្លើយ
problem-veto_contradicted = { $veto } ត្រូវអនុវត្ត ដូច្នេះអនុសាសន៍ត្រូវតែជា “មិនណែនាំ”
problem-recommendation_missing = គ្មានអនុសាសន៍រួម
problem-decision_missing = គ្មានសេចក្តីសម្រេច
problem-opinion_missing = មតិអ្នកជំនាញនៅទទេ
