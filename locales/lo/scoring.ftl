# Scoring: the score sheet, the declaration, progress and comparison.

main-progress = ຄວາມຄືບໜ້າຂອງຂ້ອຍ
tab-application = ໃບສະໝັກ
tab-score = ແບບຟອມໃຫ້ຄະແນນ

## Progress of a sheet
progress-not_started = ຍັງບໍ່ເລີ່ມ
progress-in_progress = ກຳລັງດຳເນີນການ
progress-submitted = ສົ່ງແລ້ວ
progress-recused = ຖອນຕົວແລ້ວ
progress-title = ຄວາມຄືບໜ້າຂອງຂ້ອຍ
progress-intro = ເລືອກໃບສະໝັກທາງຊ້າຍເພື່ອອ່ານ ແລະ ໃຫ້ຄະແນນ, ຫຼື ປຽບທຽບຜູ້ສະໝັກຂອງຄວາມຕ້ອງການໜຶ່ງ.
progress-total = ສົ່ງ ຫຼື ຖອນຕົວແລ້ວ { $done } ຈາກ { $total } ໃບສະໝັກ
progress-demand = ຄວາມຕ້ອງການ
progress-compare = ປຽບທຽບຜູ້ສະໝັກ

## Comparison
compare-title = ຜູ້ສະໝັກຂອງ “{ $demand }” ທຽບຄຽງກັນ
compare-intro = ຄະແນນເຕັມ 100 ຈາກແບບຟອມຂອງທ່ານເອງ; ຂີດໝາຍເຖິງຍັງບໍ່ໄດ້ໃຫ້ຄະແນນ.
compare-back = ← ກັບໄປທີ່ຄວາມຄືບໜ້າຂອງຂ້ອຍ
compare-criterion = ເກນ
compare-overall = ລວມ
compare-recommendation = ຂໍ້ສະເໜີແນະ
compare-vetoes = ລາຍການວີໂຕ້ທີ່ເຂົ້າເງື່ອນໄຂ

## Declaration of conflicts of interest
declare-title = ຜົນປະໂຫຍດທັບຊ້ອນ
declare-intro = ກ່ອນທ່ານໃຫ້ຄະແນນ { $application }, ກະລຸນາແຈ້ງວ່າທ່ານມີຜົນປະໂຫຍດທັບຊ້ອນກັບຜູ້ສະໝັກ, ສະມາຊິກກຸ່ມຮ່ວມຂອງມັນ ຫຼື ຝ່າຍສະເໜີຄວາມຕ້ອງການຫຼືບໍ່.
declare-none = ຂ້ອຍບໍ່ມີຜົນປະໂຫຍດທັບຊ້ອນກັບໃບສະໝັກນີ້
declare-conflict = ຂ້ອຍມີຜົນປະໂຫຍດທັບຊ້ອນ
declare-kind = ປະເພດຂອງຜົນປະໂຫຍດທັບຊ້ອນ
declare-details = ລາຍລະອຽດ
declare-details-required = ອະທິບາຍຜົນປະໂຫຍດທັບຊ້ອນ.
declare-choose = ເລືອກຄຳແຈ້ງໜຶ່ງໃນສອງ.
declare-recusal-note = ຜົນປະໂຫຍດທັບຊ້ອນທີ່ແຈ້ງໄວ້ເຮັດໃຫ້ທ່ານຖອນຕົວ: ທ່ານຈະບໍ່ໃຫ້ຄະແນນໃບສະໝັກນີ້, ແລະ ການຖອນຕົວເປັນສ່ວນໜຶ່ງຂອງສິ່ງທີ່ທ່ານສົ່ງ.
declare-confirm = ຢືນຢັນຄຳແຈ້ງ
declare-change = ປ່ຽນຄຳແຈ້ງ
conflict-same_unit = ຂ້ອຍເຮັດວຽກໃຫ້ຜູ້ສະໝັກ, ສະມາຊິກກຸ່ມຮ່ວມ ຫຼື ຝ່າຍສະເໜີຄວາມຕ້ອງການ
conflict-former_employer = ຂ້ອຍເຄີຍເຮັດວຽກຢູ່ທີ່ນັ້ນໃນສາມປີທີ່ຜ່ານມາ
conflict-collaborator = ບໍ່ດົນມານີ້ຂ້ອຍໄດ້ເຮັດວຽກ, ຕີພິມ ຫຼື ຍື່ນຂໍທຶນຮ່ວມກັບທີມນີ້
conflict-relative = ຍາດພີ່ນ້ອງໃກ້ຊິດຢູ່ໃນທີມ
conflict-financial_interest = ຂ້ອຍຖືຮຸ້ນ ຫຼື ມີຜົນປະໂຫຍດທາງການເງິນອື່ນ
conflict-other = ຜົນປະໂຫຍດທັບຊ້ອນອື່ນ

## Score sheet
sheet-title = ແບບຟອມໃຫ້ຄະແນນ — { $application }
sheet-version = ສະບັບທີ { $version }
sheet-overall = ລວມ
sheet-saving = ກຳລັງບັນທຶກ…
sheet-saved = ບັນທຶກການປ່ຽນແປງທັງໝົດແລ້ວ
sheet-save-failed = ບໍ່ໄດ້ບັນທຶກ: { $message }
sheet-undeclared = ແຈ້ງຜົນປະໂຫຍດທັບຊ້ອນກ່ອນແບບຟອມໃຫ້ຄະແນນຈະເປີດ.
sheet-declare = ແຈ້ງ ແລະ ເລີ່ມໃຫ້ຄະແນນ
sheet-declared-none = ແຈ້ງແລ້ວ: ບໍ່ມີຜົນປະໂຫຍດທັບຊ້ອນ.
sheet-declared-conflict = ແຈ້ງວ່າມີຜົນປະໂຫຍດທັບຊ້ອນ: { $kind } — { $details }
sheet-recused = ທ່ານຖອນຕົວຈາກໃບສະໝັກນີ້. ສົ່ງການຖອນຕົວເພື່ອໃຫ້ອົງການໄດ້ຮັບພ້ອມຄະແນນຂອງທ່ານ.
sheet-submit-recusal = ສົ່ງການຖອນຕົວ
sheet-recusal-submitted = ສົ່ງການຖອນຕົວແລ້ວ (ສະບັບທີ { $version }, { $date }).
sheet-criterion-score = { $score } / 100
sheet-criterion-pending = ຍັງບໍ່ຄົບ
sheet-below-threshold = ຕ່ຳກວ່າຂັ້ນຕ່ຳ { $threshold }
sheet-scale = { $min }–{ $max }, ຂັ້ນລະ { $step }
sheet-comment = ເຫດຜົນ
sheet-comment-required = ຈຳເປັນສຳລັບຄະແນນນີ້
sheet-not-a-number = ພິມຕົວເລກ ເຊັ່ນ 7.5.
sheet-out-of-range = ພິມຄະແນນຕັ້ງແຕ່ { $min } ຫາ { $max }.
sheet-off-step = ຄະແນນເພີ່ມຂຶ້ນເທື່ອລະ { $step }.
sheet-vetoes = ລາຍການວີໂຕ້ (一票否决)
veto-applies = ເຂົ້າເງື່ອນໄຂ
veto-not-applies = ບໍ່ເຂົ້າເງື່ອນໄຂ
sheet-conclusion = ຂໍ້ສະຫຼຸບ
sheet-recommendation = ຂໍ້ສະເໜີແນະລວມ
recommendation-recommend = ແນະນຳ
recommendation-recommend_with_conditions = ແນະນຳແບບມີເງື່ອນໄຂ
recommendation-do_not_recommend = ບໍ່ແນະນຳ
sheet-veto-contradicted = ມີລາຍການວີໂຕ້ທີ່ເຂົ້າເງື່ອນໄຂ, ດັ່ງນັ້ນຂໍ້ສະເໜີແນະຕ້ອງເປັນ “ບໍ່ແນະນຳ”.
sheet-decision = ຄຳຕັດສິນ
decision-pass = ຜ່ານ
decision-fail = ບໍ່ຜ່ານ
sheet-opinion = ຄຳເຫັນຂອງຊ່ຽວຊານ
sheet-review = ກວດຄືນ ແລະ ສົ່ງ
sheet-review-title = ກວດຄືນກ່ອນສົ່ງ
sheet-review-missing = ຍັງຂາດອີກ { $count } ລາຍການ. ເລືອກລາຍການໜຶ່ງເພື່ອໄປທີ່ນັ້ນ:
sheet-review-ready = ທຸກຢ່າງຄົບຖ້ວນແລ້ວ.
sheet-submit = ສົ່ງ
sheet-submit-title = ສົ່ງແບບຟອມໃຫ້ຄະແນນບໍ?
sheet-submit-confirm = ເມື່ອສົ່ງແລ້ວ, ແບບຟອມໃຫ້ຄະແນນຂອງ { $application } ຈະຖືກລັອກ. ຈົນເຖິງ { $date } ທ່ານຍັງເລີ່ມການແກ້ໄຂໄດ້, ໂດຍສະບັບນີ້ຈະຖືກເກັບໄວ້ໃນປະຫວັດ.
sheet-submit-confirm-open = ເມື່ອສົ່ງແລ້ວ, ແບບຟອມໃຫ້ຄະແນນຂອງ { $application } ຈະຖືກລັອກ. ທ່ານເລີ່ມການແກ້ໄຂໄດ້ພາຍຫຼັງ, ໂດຍສະບັບນີ້ຈະຖືກເກັບໄວ້ໃນປະຫວັດ.
sheet-submitted = ສົ່ງສະບັບທີ { $version } ເມື່ອ { $date } ແລ້ວ. ປ່ຽນແປງບໍ່ໄດ້ອີກ.
sheet-revise = ເລີ່ມການແກ້ໄຂ
sheet-revise-closed = ການປະເມີນເບື້ອງຕົ້ນປິດເມື່ອ { $date }; ແບບຟອມນີ້ແກ້ໄຂບໍ່ໄດ້ອີກ.
sheet-history = ສະບັບຕ່າງໆ
sheet-history-row = ສະບັບທີ { $version } · { $state } · ລວມ { $overall } · { $date }
sheet-state-draft = ສະບັບຮ່າງ
sheet-state-submitted = ສົ່ງແລ້ວ
sheet-shortcuts = ປຸ່ມລັດ: Enter / Shift+Enter ຫົວຂໍ້ຍ່ອຍຕໍ່ໄປ / ກ່ອນ · ↑ / ↓ ປ່ຽນຄະແນນໜຶ່ງຂັ້ນ · Ctrl+Enter ກວດຄືນ ແລະ ສົ່ງ · Ctrl+PageDown / Ctrl+PageUp ໃບສະໝັກຕໍ່ໄປ / ກ່ອນ

## What keeps a sheet from being submitted
problem-undeclared = ຍັງບໍ່ໄດ້ແຈ້ງຜົນປະໂຫຍດທັບຊ້ອນ
problem-unknown_item = { $item }: ບໍ່ມີໃນເກນນີ້
problem-unknown_veto = { $veto }: ບໍ່ມີໃນເກນນີ້
problem-invalid_score = { $item }: ຄະແນນບໍ່ຢູ່ໃນມາດຕາສ່ວນ
problem-unscored = { $item }: ຍັງບໍ່ໄດ້ໃຫ້ຄະແນນ
problem-comment_required = { $item }: ຄະແນນນີ້ຕ້ອງມີເຫດຜົນ
problem-veto_unanswered = { $veto }: ຍັງບໍ່ໄດ້ຕອບ
problem-veto_contradicted = { $veto } ເຂົ້າເງື່ອນໄຂ, ດັ່ງນັ້ນຂໍ້ສະເໜີແນະຕ້ອງເປັນ “ບໍ່ແນະນຳ”
problem-recommendation_missing = ບໍ່ມີຂໍ້ສະເໜີແນະລວມ
problem-decision_missing = ບໍ່ມີຄຳຕັດສິນ
problem-opinion_missing = ຄຳເຫັນຂອງຊ່ຽວຊານຫວ່າງເປົ່າ
