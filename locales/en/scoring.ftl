# Scoring: the score sheet, the declaration, progress and comparison.

main-progress = My progress
tab-application = Application
tab-score = Score sheet

## Progress of a sheet
progress-not_started = Not started
progress-in_progress = In progress
progress-submitted = Submitted
progress-recused = Recused
progress-title = My progress
progress-intro = Choose an application on the left to read and score it, or compare the applicants of a demand.
progress-total = { $done } of { $total } applications submitted or recused
progress-demand = Demand
progress-compare = Compare applicants

## Comparison
compare-title = Applicants to “{ $demand }” side by side
compare-intro = Scores out of 100 from your own sheets; a dash means not scored yet.
compare-back = ← Back to my progress
compare-criterion = Criterion
compare-overall = Overall
compare-recommendation = Recommendation
compare-vetoes = Veto items that apply

## Declaration of conflicts of interest
declare-title = Conflict of interest
declare-intro = Before you score { $application }, declare whether you have a conflict of interest with the applicant, its consortium members or the demand side.
declare-none = I have no conflict of interest with this application
declare-conflict = I have a conflict of interest
declare-kind = Kind of conflict
declare-details = Details
declare-details-required = Describe the conflict.
declare-choose = Choose one of the two declarations.
declare-recusal-note = A declared conflict recuses you: you will not score this application, and the recusal is part of what you submit.
declare-confirm = Confirm declaration
declare-change = Change declaration
conflict-same_unit = I work for the applicant, a consortium member or the demand side
conflict-former_employer = I worked there in the last three years
conflict-collaborator = I have recently worked, published or applied with the team
conflict-relative = A close relative is on the team
conflict-financial_interest = I hold shares or another financial interest
conflict-other = Another conflict

## Score sheet
sheet-title = Score sheet — { $application }
sheet-version = version { $version }
sheet-overall = Overall
sheet-saving = Saving…
sheet-saved = All changes saved
sheet-save-failed = Not saved: { $message }
sheet-undeclared = Declare any conflict of interest before the score sheet opens.
sheet-declare = Declare and start scoring
sheet-declared-none = Declared: no conflict of interest.
sheet-declared-conflict = Declared a conflict of interest: { $kind } — { $details }
sheet-recused = You are recused from this application. Submit the recusal so the agency receives it with your scores.
sheet-submit-recusal = Submit recusal
sheet-recusal-submitted = Recusal submitted (version { $version }, { $date }).
sheet-criterion-score = { $score } / 100
sheet-criterion-pending = Not complete
sheet-below-threshold = below the threshold of { $threshold }
sheet-scale = { $min }–{ $max }, steps of { $step }
sheet-comment = Reason
sheet-comment-required = required for this score
sheet-not-a-number = Type a number, such as 7.5.
sheet-out-of-range = Type a score from { $min } to { $max }.
sheet-off-step = Scores go in steps of { $step }.
sheet-vetoes = Veto items (一票否决)
veto-applies = Applies
veto-not-applies = Does not apply
sheet-conclusion = Conclusion
sheet-recommendation = Overall recommendation
recommendation-recommend = Recommend
recommendation-recommend_with_conditions = Recommend with conditions
recommendation-do_not_recommend = Do not recommend
sheet-veto-contradicted = A veto item applies, so the recommendation must be “Do not recommend”.
sheet-decision = Decision
decision-pass = Pass
decision-fail = Fail
sheet-opinion = Expert opinion
sheet-review = Review and submit
sheet-review-title = Review before submitting
sheet-review-missing = { $count ->
    [one] One thing is
   *[other] { $count } things are
} still missing. Choose one to go to it:
sheet-review-ready = Everything is complete.
sheet-submit = Submit
sheet-submit-title = Submit the score sheet?
sheet-submit-confirm = Once submitted, the sheet of { $application } is locked. Until { $date } you can still start a revision, which keeps this version in the history.
sheet-submit-confirm-open = Once submitted, the sheet of { $application } is locked. You can start a revision later, which keeps this version in the history.
sheet-submitted = Version { $version } submitted on { $date }. It can no longer change.
sheet-revise = Start a revision
sheet-revise-closed = The pre-review closed on { $date }; this sheet can no longer be revised.
sheet-history = Versions
sheet-history-row = Version { $version } · { $state } · overall { $overall } · { $date }
sheet-state-draft = draft
sheet-state-submitted = submitted
sheet-shortcuts = Keys: Enter / Shift+Enter next / previous sub-item · ↑ / ↓ change a score by one step · Ctrl+Enter review and submit · Ctrl+PageDown / Ctrl+PageUp next / previous application

## What keeps a sheet from being submitted
problem-undeclared = No declaration of conflicts of interest yet
problem-unknown_item = { $item }: not in this rubric
problem-unknown_veto = { $veto }: not in this rubric
problem-invalid_score = { $item }: the score is not on the scale
problem-unscored = { $item }: not scored
problem-comment_required = { $item }: a reason is required for this score
problem-veto_unanswered = { $veto }: not answered
problem-veto_contradicted = { $veto } applies, so the recommendation must be “Do not recommend”
problem-recommendation_missing = No overall recommendation
problem-decision_missing = No decision
problem-opinion_missing = The expert opinion is empty
