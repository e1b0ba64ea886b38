# The desktop app's interface.
app-title = ReviewDesk
app-tagline = ການປະເມີນຂອງຊ່ຽວຊານສຳລັບການແຂ່ງຂັນແບບເປີດຂ້າມຊາຍແດນ
language-label = ພາສາ
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
yes = ແມ່ນ
no = ບໍ່ແມ່ນ
none = ບໍ່ມີ
close = ປິດ
cancel = ຍົກເລີກ
save = ບັນທຶກ
months = { $count } ເດືອນ

## First run: creating the vault
setup-title = ສ້າງຕູ້ນິລະໄພຂໍ້ມູນຂອງທ່ານ
setup-intro = ReviewDesk ເກັບຮັກສາໃບສະໝັກທີ່ມອບໝາຍໃຫ້ທ່ານໄວ້ໃນຕູ້ນິລະໄພຂໍ້ມູນທີ່ເຂົ້າລະຫັດໃນຄອມພິວເຕີນີ້. ເລືອກວະລີລະຫັດຜ່ານເພື່ອປົກປ້ອງມັນ. ຖ້າທ່ານລືມ ກະແຈກູ້ຄືນທີ່ຈະສະແດງຕໍ່ໄປຈະເປີດຕູ້ໄດ້.
setup-passphrase = ວະລີລະຫັດຜ່ານ
setup-confirm = ພິມວະລີລະຫັດຜ່ານອີກຄັ້ງ
setup-create = ສ້າງຕູ້ນິລະໄພຂໍ້ມູນ
setup-creating = ກຳລັງສ້າງຕູ້ນິລະໄພຂໍ້ມູນ…
setup-demo-note = ການປະກາດຮັບສະໝັກຕົວຢ່າງຈະຖືກນຳເຂົ້າສູ່ຕູ້ນິລະໄພຂໍ້ມູນໃໝ່.
strength-label = ຄວາມແຂງແຮງ: { $level ->
        [0] ອ່ອນຫຼາຍ
        [1] ອ່ອນ
        [2] ພໍໃຊ້
        [3] ດີ
       *[4] ແຂງແຮງ
    }
strength-hint-short = ໃຊ້ຢ່າງໜ້ອຍ 12 ຕົວອັກສອນ.
strength-hint-words = ຫຼາຍຄຳທີ່ບໍ່ກ່ຽວຂ້ອງກັນ ທັງແຂງແຮງ ແລະ ຈື່ງ່າຍ.
strength-hint-ok = ວະລີລະຫັດຜ່ານທີ່ດີ.

## Unlocking
unlock-title = ປົດລັອກຕູ້ນິລະໄພຂໍ້ມູນຂອງທ່ານ
unlock-passphrase = ວະລີລະຫັດຜ່ານ
unlock-button = ປົດລັອກ
unlock-working = ກຳລັງປົດລັອກ…
unlock-auto-locked = ຕູ້ນິລະໄພຂໍ້ມູນລັອກເອງຫຼັງຈາກບໍ່ມີການໃຊ້ງານໄລຍະໜຶ່ງ.
unlock-locked = ຕູ້ນິລະໄພຂໍ້ມູນຖືກລັອກຢູ່.

## Main screen
main-lock = ລັອກ
main-import = ນຳເຂົ້າຂໍ້ມູນຂອງອົງການ…
main-settings = ການຕັ້ງຄ່າ
import-progress = ກຳລັງນຳເຂົ້າ… { $done } ຈາກ { $total }
import-done = ນຳເຂົ້າໃບສະໝັກ { $applications } ລາຍການ ສຳລັບຄວາມຕ້ອງການ { $demands } ລາຍການແລ້ວ.
import-replaced = ປັບປຸງການປະກາດຮັບສະໝັກດ້ວຍໄຟລ໌ໃໝ່: ໃບສະໝັກ { $applications } ລາຍການ ສຳລັບຄວາມຕ້ອງການ { $demands } ລາຍການ.
import-unchanged = ໄຟລ໌ນີ້ຖືກນຳເຂົ້າແລ້ວ; ບໍ່ມີຫຍັງປ່ຽນແປງ.
search-label = ຄົ້ນຫາໃບສະໝັກ
search-placeholder = ຊື່, ລະຫັດສິນເຊື່ອ, ສະມາຊິກທີມ, ຄວາມຕ້ອງການ…
filter-country = ປະເທດ
filter-field = ຂົງເຂດ
filter-all = ທັງໝົດ
clear-filters = ລ້າງຕົວກອງ
list-count = ໃບສະໝັກ { $applications } · ຄວາມຕ້ອງການ { $demands }
list-no-match = ບໍ່ມີໃບສະໝັກທີ່ກົງກັນ. ລ້າງການຄົ້ນຫາ ຫຼື ຕົວກອງເພື່ອເບິ່ງທັງໝົດ.
empty-title = ຍັງບໍ່ມີຂໍ້ມູນຂອງອົງການ
empty-body = ນຳເຂົ້າໄຟລ໌ຂໍ້ມູນຂອງອົງການທີ່ທ່ານໄດ້ຮັບສຳລັບການປະກາດຮັບສະໝັກນີ້. ມັນຍັງຖືກເຂົ້າລະຫັດຢູ່ໃນຄອມພິວເຕີນີ້.
demand-applicants = ຜູ້ສະໝັກ { $count } ລາຍ
demand-single = ຜູ້ສະໝັກດຽວ: ໄປສູ່ການເຊັນສັນຍາໂດຍກົງຫຼັງຜ່ານການກວດກາດ້ານຮູບແບບ.
select-prompt = ເລືອກໃບສະໝັກທາງຊ້າຍເພື່ອອ່ານຢູ່ບ່ອນນີ້.
deadline = ກຳນົດສົ່ງໃບສະໝັກ: { $date }

## Settings
settings-title = ການຕັ້ງຄ່າ
settings-auto-lock = ລັອກຫຼັງຈາກບໍ່ມີການໃຊ້ງານຈຳນວນນາທີນີ້
settings-saved = ບັນທຶກການຕັ້ງຄ່າແລ້ວ.
settings-change-passphrase = ປ່ຽນວະລີລະຫັດຜ່ານ
settings-new-passphrase = ວະລີລະຫັດຜ່ານໃໝ່
settings-passphrase-changed = ປ່ຽນວະລີລະຫັດຜ່ານແລ້ວ.

## Application view
app-section-overview = ພາບລວມ
app-demand = ຄວາມຕ້ອງການ
app-demand-side = ຝ່າຍສະເໜີຄວາມຕ້ອງການ
app-country = ປະເທດ
app-field = ຂົງເຂດ
app-need = ຄວາມຕ້ອງການດ້ານເຕັກນິກ
app-goals = ເປົ້າໝາຍ
app-scenario = ສະຖານະການນຳໃຊ້
app-resource-line = { $kind }: { $description }
app-resources = ຊັບພະຍາກອນທີ່ຝ່າຍສະເໜີຄວາມຕ້ອງການສະໜອງໃຫ້
app-submitted = ສົ່ງເມື່ອ
app-recommendation = ແນະນຳໂດຍ
app-self-recommended = ສະເໜີຕົນເອງ
app-section-applicants = ຜູ້ສະໝັກ
app-lead = ຜູ້ສະໝັກຫຼັກ
app-member = ສະມາຊິກກຸ່ມຮ່ວມ
app-unit-kind = ປະເພດ
app-credit-code = ລະຫັດສິນເຊື່ອສັງຄົມແບບເອກະພາບ
app-credit-valid = ຕົວກວດສອບຖືກຕ້ອງ
app-credit-invalid = ບໍ່ແມ່ນລະຫັດທີ່ຖືກຕ້ອງ: { $reason }
app-registered-on = ຈົດທະບຽນເມື່ອ
app-address = ທີ່ຢູ່ຈົດທະບຽນ
app-legal-person = ນິຕິບຸກຄົນອິດສະຫຼະ
app-section-finance = ການລົງທຶນຄົ້ນຄວ້າ ແລະ ພັດທະນາ (ປີກາຍ)
app-unit = ອົງກອນ
app-year = ປີ
app-revenue = ລາຍຮັບຈາກທຸລະກິດຫຼັກ
app-rnd-spend = ລາຍຈ່າຍຄົ້ນຄວ້າ ແລະ ພັດທະນາ
app-rnd-intensity = ອັດຕາການລົງທຶນຄົ້ນຄວ້າ ແລະ ພັດທະນາ
app-section-team = ທີມງານ
app-leader = ຫົວໜ້າໂຄງການ
app-name = ຊື່
app-role = ບົດບາດ
app-full-time = ນັກຄົ້ນຄວ້າເຕັມເວລາ
app-languages = ພາສາ
app-international = ປະສົບການສາກົນ
app-can-work-in-asean = ເຮັດວຽກໃນອາຊຽນໄດ້
app-team-summary = { $people } ຄົນ, ນັກຄົ້ນຄວ້າເຕັມເວລາ { $fulltime } ຄົນ
app-section-ip = ຊັບສິນທາງປັນຍາ
app-ip-line = { $kind }, ເລກທີ { $number }, ຖືໂດຍ { $holder }, ອອກໃຫ້ເມື່ອ { $date }
app-section-cases = ກໍລະນີການນຳໃຊ້ທາງການຄ້າ
app-case-line = { $year } · ລູກຄ້າ: { $customer } · ມູນຄ່າສັນຍາ: { $value }
app-section-integrity = ຄວາມຊື່ສັດໃນການຄົ້ນຄວ້າ
app-sanction = ແຈ້ງວ່າມີການລົງໂທດທີ່ຍັງມີຜົນ
app-commitment-letter = ໜັງສືຄຳໝັ້ນຄວາມຊື່ສັດ
app-credit-report = ບົດລາຍງານສິນເຊື່ອສາທາລະນະ
app-supplied = ມີແລ້ວ
app-missing = ຂາດ
app-section-feasibility = ບົດລາຍງານການສຶກສາຄວາມເປັນໄປໄດ້
app-section-not-supplied = ບໍ່ໄດ້ສົ່ງພາກນີ້
app-section-budget = ງົບປະມານ ແລະ ໄລຍະເວລາ
app-public-request = ທຶນຂອງລັດທີ່ຂໍ
app-self-raised = ທຶນທີ່ຫາເອງ
app-matching = ອັດຕາສ່ວນສົມທົບ (ຫາເອງ : ລັດ)
app-period = ໄລຍະເວລາປະຕິບັດ
app-funding-sources = ແຫຼ່ງທຶນ
app-section-cooperation = ຮູບແບບການຮ່ວມມື
app-section-partnership = ພື້ນຖານການຮ່ວມມືອາຊຽນ
app-agreements = ຂໍ້ຕົກລົງການຮ່ວມມື ແລະ ໂຄງການຮ່ວມ
app-deployments = ການນຳໃຊ້ໃນອາຊຽນ
app-local-teams = ທີມງານ ແລະ ຄູ່ຮ່ວມມືໃນທ້ອງຖິ່ນ
app-since = ຕັ້ງແຕ່ { $date }
app-section-relation = ຄວາມສຳພັນກັບຝ່າຍສະເໜີຄວາມຕ້ອງການ
app-no-relation = ບໍ່ໄດ້ແຈ້ງຄວາມສຳພັນ
app-section-attachments = ເອກະສານຄັດຕິດ
app-open-attachment = ເປີດ
attachment-loading = ກຳລັງເປີດເອກະສານຄັດຕິດ…
attachment-page = ໜ້າ { $page } ຈາກ { $pages }
attachment-previous = ໜ້າກ່ອນ
attachment-next = ໜ້າຕໍ່ໄປ
attachment-unsupported = ບໍ່ສາມາດສະແດງເອກະສານຄັດຕິດນີ້ຢູ່ບ່ອນນີ້ໄດ້.

## Countries
country-BN = ບຣູໄນ
country-KH = ກຳປູເຈຍ
country-ID = ອິນໂດເນເຊຍ
country-LA = ລາວ
country-MY = ມາເລເຊຍ
country-MM = ມຽນມາ
country-PH = ຟີລິບປິນ
country-SG = ສິງກະໂປ
country-TH = ໄທ
country-VN = ຫວຽດນາມ

## Fields
field-smart_agriculture = ກະສິກຳອັດສະລິຍະ
field-healthcare = ການດູແລສຸຂະພາບ
field-smart_manufacturing = ການຜະລິດອັດສະລິຍະ
field-logistics = ໂລຈິສຕິກ
field-energy = ພະລັງງານ
field-education = ການສຶກສາ
field-finance = ການເງິນ
field-tourism = ການທ່ອງທ່ຽວ
field-environment = ສິ່ງແວດລ້ອມ
field-smart_city = ເມືອງອັດສະລິຍະ
field-language_technology = ເຕັກໂນໂລຊີພາສາ
field-other = ອື່ນໆ

## Kinds of organisation
demand-side-university = ມະຫາວິທະຍາໄລ
demand-side-research_institute = ສະຖາບັນຄົ້ນຄວ້າ
demand-side-enterprise = ວິສາຫະກິດ
demand-side-government_body = ອົງການລັດ
unit-enterprise = ວິສາຫະກິດ
unit-university = ມະຫາວິທະຍາໄລ
unit-research_institute = ສະຖາບັນຄົ້ນຄວ້າ
unit-other = ອື່ນໆ

## Resources, cooperation, relations, IP, attachments
resource-funds = ທຶນ
resource-site = ສະຖານທີ່
resource-data = ຂໍ້ມູນ
resource-personnel = ບຸກຄະລາກອນ
resource-policy_coordination = ການປະສານງານດ້ານນະໂຍບາຍ
mode-technology_transfer = ການຖ່າຍທອດເຕັກໂນໂລຊີ
mode-joint_rnd = ການຄົ້ນຄວ້າ ແລະ ພັດທະນາຮ່ວມກັນ
mode-training = ການຝຶກອົບຮົມ
mode-technology_licensing = ການອະນຸຍາດນຳໃຊ້ເຕັກໂນໂລຊີ
mode-technology_investment = ການລົງທຶນດ້ວຍເຕັກໂນໂລຊີ
mode-other = ອື່ນໆ
relation-same_unit = ອົງກອນດຽວກັນ
relation-subsidiary = ບໍລິສັດໃນເຄືອ
relation-control = ການຄວບຄຸມ
relation-joint_control = ການຄວບຄຸມຮ່ວມ
relation-significant_influence = ອິດທິພົນທີ່ສຳຄັນ
relation-equity = ຄວາມສຳພັນດ້ານຮຸ້ນ
relation-related_party_transactions = ທຸລະກຳກັບຝ່າຍທີ່ກ່ຽວຂ້ອງ
ip-invention_patent = ສິດທິບັດການປະດິດ
ip-utility_patent = ອະນຸສິດທິບັດ
ip-software_copyright = ລິຂະສິດຊອບແວ
ip-other = ອື່ນໆ
attachment-business_licence = ໃບອະນຸຍາດດຳເນີນທຸລະກິດ
attachment-audited_financial_report = ບົດລາຍງານການເງິນທີ່ຜ່ານການກວດສອບ
attachment-staff_list = ລາຍຊື່ພະນັກງານ
attachment-ip_certificate = ໃບຢັ້ງຢືນຊັບສິນທາງປັນຍາ
attachment-commercialisation_evidence = ຫຼັກຖານການນຳໃຊ້ທາງການຄ້າ
attachment-integrity_commitment = ໜັງສືຄຳໝັ້ນຄວາມຊື່ສັດ
attachment-credit_report = ບົດລາຍງານສິນເຊື່ອສາທາລະນະ
attachment-feasibility_report = ບົດລາຍງານການສຶກສາຄວາມເປັນໄປໄດ້
attachment-cooperation_agreement = ຂໍ້ຕົກລົງການຮ່ວມມື
attachment-relation_declaration = ຄຳແຈ້ງຄວາມສຳພັນ
attachment-other = ອື່ນໆ

## Feasibility report sections
section-technology_status = ສະຖານະ ແລະ ທ່າອ່ຽງຂອງເຕັກໂນໂລຊີ
section-research_base = ພື້ນຖານການຄົ້ນຄວ້າຂອງຜູ້ສະໝັກ
section-asean_market_feasibility = ຄວາມເປັນໄປໄດ້ໃນຕະຫຼາດເປົ້າໝາຍອາຊຽນ
section-rnd_content_and_route = ເນື້ອໃນການຄົ້ນຄວ້າ ແລະ ເສັ້ນທາງເຕັກນິກ
section-organisation = ການຈັດຕັ້ງ
section-innovations = ນະວັດຕະກຳ
section-schedule = ກຳນົດເວລາ
section-economic_benefit = ຜົນປະໂຫຍດທາງເສດຖະກິດທີ່ຄາດໄວ້
section-deployment_plan = ແຜນການນຳໃຊ້ສຳລັບສະຖານະການ
section-budget_and_funding = ງົບປະມານ ແລະ ແຫຼ່ງທຶນ
section-risk_response = ການຮັບມືຄວາມສ່ຽງ
section-local_partners = ຄູ່ຮ່ວມມືໃນທ້ອງຖິ່ນອາຊຽນ
section-ip_and_benefit_sharing = ການເປັນເຈົ້າຂອງຊັບສິນທາງປັນຍາ ແລະ ການແບ່ງປັນຜົນປະໂຫຍດ

## Credit code problems
credit-wrong-length = ຕ້ອງມີ 18 ຕົວອັກສອນ
credit-bad-character = ມີຕົວອັກສອນທີ່ລະຫັດບໍ່ໃຊ້
credit-bad-division = ຕົວອັກສອນທີ 3 ຫາ 8 ຕ້ອງເປັນຕົວເລກ
credit-check-mismatch = ຕົວກວດສອບບໍ່ຖືກຕ້ອງ

## Sync with the agency
sync-title = ຊິງຄ໌ກັບອົງການ
sync-short-idle = ບໍ່ໄດ້ເຊື່ອມຕໍ່
sync-short-sending = ກຳລັງສົ່ງ…
sync-short-offline = { $queued ->
    [0] ອອບລາຍ
   *[other] ອອບລາຍ · ລໍຖ້າ { $queued }
}
sync-short-all_synced = ຊິງຄ໌ຄົບແລ້ວ
sync-short-needs_attention = ຕ້ອງກວດເບິ່ງ
sync-short-revoked = ກະແຈຖືກຖອນ
sync-phase-idle = ບໍ່ໄດ້ເຊື່ອມຕໍ່ກັບເຊີບເວີຂອງອົງການ.
sync-phase-sending = ກຳລັງສົ່ງຊຸດຄະແນນ…
sync-phase-offline = ບໍ່ສາມາດຕິດຕໍ່ເຊີບເວີຂອງອົງການໄດ້. { $queued ->
    [0] ບໍ່ມີຫຍັງລໍຖ້າ.
   *[other] ມີ { $queued } ຊຸດລໍຖ້າ ແລະ ຈະຖືກສົ່ງເມື່ອການເຊື່ອມຕໍ່ກັບມາ.
}
sync-phase-all_synced = ທຸກຢ່າງທີ່ສົ່ງແລ້ວໄດ້ໄປຮອດອົງການ ພ້ອມໃບຮັບທີ່ມີລາຍເຊັນ.
sync-phase-revoked = ອົງການຖອນກະແຈຂອງແລັບທັອບນີ້ແລ້ວ, ຕູ້ນີ້ຈຶ່ງບໍ່ສົ່ງຫຍັງອີກ. { $queued ->
    [0] ບໍ່ມີຫຍັງລໍຖ້າ.
   *[other] { $queued } ແພັກເກັດຍັງຢູ່ທີ່ນີ້, ບໍ່ໄດ້ສົ່ງ.
}
sync-phase-needs_attention = ອົງການປະຕິເສດ { $quarantined } ຊຸດ; ເບິ່ງເຫດຜົນຂ້າງລຸ່ມ.
sync-not-enrolled = ຕູ້ນິລະໄພຂໍ້ມູນນີ້ຍັງບໍ່ໄດ້ເຊື່ອມຕໍ່ກັບອົງການ. ໃສ່ທີ່ຢູ່ເຊີບເວີ, ລະຫັດຊ່ຽວຊານຂອງທ່ານ ແລະ ລະຫັດໃຊ້ເທື່ອດຽວທີ່ອົງການໃຫ້. ຖ້າບໍ່ມີເຄືອຂ່າຍ, ໃຊ້ແຖວຄຳສັ່ງ: reviewdesk enroll --request.
sync-server = ທີ່ຢູ່ເຊີບເວີຂອງອົງການ
sync-expert-id = ລະຫັດຊ່ຽວຊານ
sync-code = ລະຫັດໃຊ້ເທື່ອດຽວ
sync-enroll = ເຊື່ອມຕໍ່
sync-enrolled = ເຊື່ອມຕໍ່ເປັນ { $id } ແລ້ວ. ກະແຈຂອງອົງການຖືກປັກໝຸດແລ້ວ.
sync-identity = ຊ່ຽວຊານ { $id } · ເຊີບເວີ { $server }
sync-agency-key = ກະແຈຂອງອົງການ: { $key }
sync-now = ຊິງຄ໌ດຽວນີ້
sync-export = ສົ່ງອອກຊຸດຄະແນນໄປໂຟນເດີ…
sync-exported = { $count ->
    [0] ບໍ່ມີຊຸດທີ່ຕ້ອງສົ່ງອອກ.
   *[other] ຂຽນ { $count } ຊຸດແລ້ວ. ສົ່ງມອບໃຫ້ອົງການ.
}
sync-empty = ຍັງບໍ່ມີຊຸດຄະແນນ: ການສົ່ງແບບຟອມໃຫ້ຄະແນນຈະສ້າງມັນຂຶ້ນ.
sync-applications = ໃບສະໝັກ
sync-state = ສະຖານະ
package-queued = ລໍຖ້າສົ່ງ
package-at_meeting = ເຄື່ອງແມ່ຂ່າຍກອງປະຊຸມໄດ້ຮັບແລ້ວ; ຈະສົ່ງໄປເຄື່ອງແມ່ຂ່າຍຂອງອົງການໃນການຊິງຄ໌ຄັ້ງຕໍ່ໄປ
package-delivered = ສົ່ງຮອດແລ້ວ, ເກັບໃບຮັບໄວ້
package-quarantined = ອົງການປະຕິເສດ
receipt-received = ອົງການໄດ້ຮັບເມື່ອ { $at }
receipt-digest = ລາຍນິ້ວມືຂອງຊຸດ (SHA-256 ຂອງລາຍການກຳກັບ)
receipt-signature = ລາຍເຊັນຂອງອົງການ
receipt-explained = ອົງການລົງລາຍເຊັນໃບຮັບນີ້ດ້ວຍກະແຈຂອງຕົນ ເຊິ່ງຕູ້ນິລະໄພຂໍ້ມູນນີ້ໄດ້ກວດສອບເມື່ອໄດ້ຮັບ: ເປັນຫຼັກຖານວ່າຊຸດໄດ້ໄປຮອດອົງການໂດຍບໍ່ຖືກປ່ຽນແປງ.

## Staff mode: the panel's results
main-panel = ຜົນຂອງຄະນະຊ່ຽວຊານ
settings-staff = ພະນັກງານອົງການ
settings-staff-note = ພະນັກງານອົງການຕິດຕັ້ງໄຟລ໌ກະແຈພະນັກງານທີ່ເຊີບເວີຂອງອົງການຂຽນ; ດ້ວຍມັນ ຕູ້ນິລະໄພຂໍ້ມູນນີ້ເປີດ ແລະ ກວດສອບຊຸດຄະແນນຂອງຄະນະຊ່ຽວຊານ ແລະ ຂຽນບົດບັນທຶກກອງປະຊຸມປະເມີນ.
settings-staff-passphrase = ວະລີລະຫັດຜ່ານຂອງໄຟລ໌ກະແຈພະນັກງານ
settings-staff-install = ຕິດຕັ້ງກະແຈພະນັກງານ…
settings-staff-installed = ຕິດຕັ້ງກະແຈພະນັກງານແລ້ວ.
settings-connection = ການເຊື່ອມຕໍ່
settings-insecure-http = ອະນຸຍາດ HTTP ທຳມະດາໄປຫາເຊີບເວີຂອງອົງການຢູ່ເຄື່ອງອື່ນ
settings-insecure-http-note = ສະເພາະເມື່ອອົງການຂໍ ແລະ ໃນເຄືອຂ່າຍທີ່ທ່ານເຊື່ອຖື: ລະຫັດຜ່ານ ແລະ ຄະແນນຈະຜ່ານໂດຍບໍ່ມີການປ້ອງກັນ. ເຊີບເວີໃນເຄື່ອງນີ້ໄດ້ຮັບອະນຸຍາດສະເໝີ.
panel-title = ຜົນຂອງຄະນະຊ່ຽວຊານ
panel-import = ນຳເຂົ້າໄຟລ໌ຊຸດຄະແນນ…
panel-fetch = ດຶງຈາກເຊີບເວີ
panel-fetch-user = ບັນຊີພະນັກງານ
panel-fetch-password = ລະຫັດຜ່ານ
panel-imported = { $count ->
    [0] ບໍ່ມີຊຸດໃໝ່: ທຸກຊຸດເຄີຍນຳເຂົ້າແລ້ວ.
   *[other] ກວດສອບ ແລະ ນຳເຂົ້າ { $count } ຊຸດແລ້ວ.
}
panel-fetched = { $count ->
    [0] ບໍ່ມີຊຸດໃໝ່ຢູ່ເຊີບເວີ.
   *[other] ດຶງ, ກວດສອບ ແລະ ນຳເຂົ້າຊຸດໃໝ່ { $count } ຊຸດແລ້ວ.
}
panel-import-aside = ແຍກໄວ້: { $waiting } ຊຸດລໍຖ້າຊຸດກ່ອນໜ້າຂອງຊ່ຽວຊານຄົນດຽວກັນ, { $refused } ຊຸດຮັກສາບ່ອນໄວ້ ແຕ່ບໍ່ນັບ ເພາະຄະແນນຖືກປະຕິເສດ.
panel-forwarded = ຊຸດທີ່ໄດ້ຮັບໃນກອງປະຊຸມ ແລະ ສົ່ງຕໍ່ໄປເຄື່ອງແມ່ຂ່າຍຂອງອົງການ: { $count }.
panel-export-minutes = ຂຽນບົດບັນທຶກກອງປະຊຸມປະເມີນ…
panel-export-opinions = ຂຽນແບບຟອມຄຳເຫັນ…
panel-export-matrix = ສົ່ງອອກຕາຕະລາງຄະແນນ…
panel-written = ຂຽນແລ້ວ: { $path }
panel-saved = ບັນທຶກແລ້ວ.
panel-save = ບັນທຶກ
panel-meeting = ກອງປະຊຸມ
panel-meeting-date = ວັນທີ
panel-meeting-place = ສະຖານທີ່
panel-meeting-online = ກອງປະຊຸມອອນລາຍ
panel-meeting-chair = ປະທານ
panel-meeting-staff = ພະນັກງານອົງການທີ່ເຂົ້າຮ່ວມ (ແຍກຊື່ດ້ວຍ ;)
panel-scores-by-expert = ຄະແນນລວມແຍກຕາມຊ່ຽວຊານ
panel-expert = ຊ່ຽວຊານ
panel-recused = ຖອນຕົວ
panel-missing = ຂາດ
panel-result = ຜົນລວມ
panel-rank = ອັນດັບ
panel-applicant = ຜູ້ສະໝັກ
panel-overall = ລວມ
panel-status = ສະຖານະ
panel-status-ranked = ຈັດອັນດັບແລ້ວ
panel-status-discuss = ຈັດອັນດັບແລ້ວ; ຄະແນນແຕກຕ່າງກັນຫຼາຍ, ເພື່ອປຶກສາຫາລື
panel-status-failed_formal_review = ບໍ່ຈັດອັນດັບ: ບໍ່ຜ່ານການກວດກາດ້ານຮູບແບບ
panel-status-no_scores = ບໍ່ຈັດອັນດັບ: ຍັງບໍ່ມີຄະແນນ
panel-status-vetoed = ບໍ່ຈັດອັນດັບ: ຖືກວີໂຕ້
panel-status-below_pass_mark = ບໍ່ຈັດອັນດັບ: ຕ່ຳກວ່າຄະແນນຜ່ານ
panel-status-below_threshold = ບໍ່ຈັດອັນດັບ: ຕ່ຳກວ່າຂັ້ນຕ່ຳຂອງເກນໜຶ່ງ
panel-missing-experts = ລໍຖ້າ { $experts }
panel-outcome-straight_to_signing = ຜູ້ສະໝັກດຽວທີ່ຜ່ານການກວດກາດ້ານຮູບແບບໄປສູ່ການເຊັນສັນຍາໂດຍກົງ: { $application }
panel-outcome-selected = ຖືກຄັດເລືອກ: { $application }
panel-outcome-tie_unresolved = ຍັງເທົ່າກັນຫຼັງຈາກໃຊ້ເກນຕັດສິນທັງໝົດ: { $applications }. ບັນທຶກຜົນການລົງຄະແນນສຽງຂອງຄະນະຊ່ຽວຊານ.
panel-outcome-tie_unresolved-no-vote = ຍັງເທົ່າກັນຫຼັງຈາກທຸກຂັ້ນຕອນຕັດສິນ: { $applications }. ລະບຽບຂອງການປະກາດບໍ່ຕັດສິນຕໍ່: ຄະນະເປັນຜູ້ຕັດສິນ ແລະ ບັນທຶກຂອງປະທານບັນທຶກວິທີການ.
panel-round-none = ຊ່ຽວຊານໃຫ້ຄະແນນຢ່າງອິດສະຫຼະ.
panel-round-discussion = ເປີດສົນທະນາ: ຊ່ຽວຊານທີ່ສົ່ງແລ້ວເຫັນຄະແນນຂອງຄະນະ.
panel-round-revision = ເປີດແກ້ໄຂ: ຊ່ຽວຊານເຫັນຄະແນນຂອງຄະນະ ແລະ ແກ້ໄຂແບບຂອງຕົນໄດ້.
panel-open-discussion = ເປີດສົນທະນາ
panel-open-revision = ເປີດແກ້ໄຂ
panel-close-round = ປິດຮອບ
panel-outcome-awaiting_scores = ຍັງບໍ່ມີຂໍ້ສະຫຼຸບ: ຍັງຂາດແບບຟອມໃຫ້ຄະແນນ.
panel-outcome-none_selectable = ບໍ່ມີຜູ້ສະໝັກທີ່ຄັດເລືອກໄດ້.
panel-note = ບັນທຶກຂອງຄະນະຊ່ຽວຊານ (ປະທານ)
panel-votes = ການລົງຄະແນນສຽງຂອງຄະນະຊ່ຽວຊານ (ຈຳນວນສຽງຕໍ່ຜູ້ສະໝັກ, ເມື່ອມີ)
panel-matrix-shows = ຄະແນນທີ່ສະແດງ
recovery-title = ກະແຈກູ້ຄືນຂອງທ່ານ
recovery-intro = ຖ້າທ່ານລືມວະລີລະຫັດຜ່ານ ກະແຈນີ້ຈະເປີດຕູ້ຂອງທ່ານ ແລະ ໃຫ້ທ່ານເລືອກວະລີໃໝ່. ຂຽນມັນໄວ້ ຫຼື ພິມໜ້ານີ້ ແລະ ເກັບໄວ້ແຍກຈາກຄອມພິວເຕີນີ້. ມັນຈະສະແດງພຽງຕອນນີ້ເທົ່ານັ້ນ.
recovery-print = ພິມ…
recovery-confirm = ເພື່ອຢືນຢັນວ່າທ່ານເກັບໄວ້ແລ້ວ ໃຫ້ພິມສີ່ຕົວອັກສອນສຸດທ້າຍຂອງມັນ
recovery-kept = ຂ້ອຍເກັບໄວ້ແລ້ວ
recovery-confirm-wrong = ນັ້ນບໍ່ແມ່ນທ້າຍຂອງກະແຈກູ້ຄືນຂອງທ່ານ. ກະລຸນາກວດເບິ່ງສິ່ງທີ່ທ່ານຂຽນໄວ້ອີກຄັ້ງ.
unlock-forgot = ລືມວະລີລະຫັດຜ່ານ?
reset-title = ຕັ້ງວະລີລະຫັດຜ່ານໃໝ່
reset-intro = ພິມກະແຈກູ້ຄືນທີ່ທ່ານເກັບໄວ້ຕອນສ້າງຕູ້ ແລ້ວເລືອກວະລີລະຫັດຜ່ານໃໝ່. ທຸກຢ່າງໃນຕູ້ຍັງຄົງຢູ່.
reset-recovery-key = ກະແຈກູ້ຄືນ
reset-button = ຕັ້ງ ແລະ ປົດລັອກ
reset-working = ກຳລັງເປີດຕູ້…
reset-back = ກັບໄປປົດລັອກດ້ວຍວະລີລະຫັດຜ່ານ
recovery-missing = ຕູ້ນີ້ຍັງບໍ່ມີກະແຈກູ້ຄືນ: ຖ້າບໍ່ມີ ວະລີລະຫັດຜ່ານທີ່ລືມຈະຕັ້ງໃໝ່ບໍ່ໄດ້.
recovery-make = ສ້າງກະແຈກູ້ຄືນ
settings-recovery = ກະແຈກູ້ຄືນ
settings-recovery-note = ສ້າງກະແຈກູ້ຄືນໃໝ່ ຖ້າກະແຈທີ່ທ່ານເກັບໄວ້ເສຍ ຫຼື ມີຄົນອື່ນເຫັນ. ກະແຈເກົ່າຈະໃຊ້ບໍ່ໄດ້ອີກ.
settings-recovery-new = ສ້າງກະແຈກູ້ຄືນໃໝ່…
recovery-new-note = ກະແຈກູ້ຄືນໃໝ່ຂອງທ່ານ. ກະແຈກ່ອນໜ້ານີ້ໃຊ້ບໍ່ໄດ້ອີກແລ້ວ.
backup-reminder = ການສຳຮອງຂໍ້ມູນຄັ້ງສຸດທ້າຍຂອງທ່ານເກີນໜຶ່ງມື້ແລ້ວ ແລະ ມີວຽກໃໝ່ນັບແຕ່ນັ້ນ. ຖ້າແລັບທັອບເສຍ ຫຼື ພັງ ວຽກນັ້ນຈະຫາຍ.
backup-now = ສຳຮອງດຽວນີ້…
backup-written = ຂຽນການສຳຮອງໄປທີ່ { $path } ແລ້ວ.
settings-backup = ການສຳຮອງ
settings-backup-last = ການສຳຮອງຄັ້ງສຸດທ້າຍ: { $time }.
settings-backup-never = ຕູ້ນີ້ຍັງບໍ່ເຄີຍຖືກສຳຮອງ. ການສຳຮອງຖືກເຂົ້າລະຫັດຄືກັບຕູ້; ເກັບມັນໄວ້ຫ່າງຈາກແລັບທັອບນີ້.
setup-restore = ກູ້ຄືນຈາກການສຳຮອງ…
setup-restore-note = ຍ້າຍໄປແລັບທັອບໃໝ່ບໍ? ໃຫ້ກູ້ຄືນການສຳຮອງທີ່ທ່ານເຮັດໄວ້ໃນເຄື່ອງເກົ່າແທນ.
unlock-restored = ກູ້ຄືນການສຳຮອງຂອງ { $time } ແລ້ວ. ປົດລັອກດ້ວຍວະລີລະຫັດຜ່ານທີ່ມັນມີໃນຕອນນັ້ນ ຫຼື ດ້ວຍກະແຈກູ້ຄືນຂອງມັນ.
sync-by-file-title = ບໍ່ມີການເຊື່ອມຕໍ່? ລົງທະບຽນດ້ວຍໄຟລ໌
sync-by-file = ຂຽນໄຟລ໌ຄຳຮ້ອງດ້ວຍລະຫັດຜູ້ຊ່ຽວຊານ ແລະ ລະຫັດໃຊ້ເທື່ອດຽວຂອງທ່ານ ແລ້ວສົ່ງໃຫ້ອົງການ (ທາງອີເມວ ຫຼື USB); ຈາກນັ້ນອ່ານໄຟລ໌ຕອບກັບທີ່ເຂົາເຈົ້າສົ່ງຄືນ.
sync-by-file-needs = ກະລຸນາປ້ອນລະຫັດຜູ້ຊ່ຽວຊານ ແລະ ລະຫັດໃຊ້ເທື່ອດຽວກ່ອນ.
sync-write-request = ຂຽນໄຟລ໌ຄຳຮ້ອງ…
sync-read-response = ອ່ານໄຟລ໌ຕອບກັບ…
sync-request-written = ຂຽນຄຳຮ້ອງໄປທີ່ { $path } ແລ້ວ. ສົ່ງໃຫ້ອົງການ ແລ້ວອ່ານໄຟລ໌ຕອບກັບຂອງເຂົາເຈົ້າຢູ່ບ່ອນນີ້.
sync-import-bundle = ນຳເຂົ້າໄຟລ໌ຊຸດວຽກ…
sync-device-key = ກະແຈຂອງແລັບທັອບນີ້ ຕາມທີ່ອົງການລົງທະບຽນໄວ້: { $key }
sync-continues-after = ລົງທະບຽນຄືນໃໝ່ຫຼັງອຸປະກອນເສຍ: ແພັກເກັດຂອງຕູ້ນີ້ຕໍ່ຈາກແພັກເກັດທີ { $sequence } ທີ່ອົງການໄດ້ຮັບສຸດທ້າຍ, ແລະ ແຜ່ນທີ່ທ່ານສົ່ງແລ້ວໄດ້ກັບມາພ້ອມຊຸດວຽກຂອງທ່ານ.
sync-enroll-again = ລົງທະບຽນຕູ້ນີ້ຄືນໃໝ່…
sync-enroll-again-note = ປ້ອນລະຫັດໃຊ້ຄັ້ງດຽວທີ່ອົງການໃຫ້ສຳລັບການລົງທະບຽນຄືນໃໝ່. ຕູ້ນີ້ຈະໄດ້ກະແຈໃໝ່; ແຜ່ນຂອງທ່ານຍັງຄົງຢູ່, ແລະ ສິ່ງທີ່ຍັງບໍ່ໄດ້ສົ່ງຈະສົ່ງດ້ວຍກະແຈໃໝ່ ຕໍ່ຈາກແພັກເກັດສຸດທ້າຍທີ່ອົງການໄດ້ຮັບ.

## The Windows installer (src-tauri/windows/installer.nsi, through cargo xtask windows)
installer-webview2-missing = ReviewDesk ຕ້ອງການ Microsoft Edge WebView2 Runtime ເຊິ່ງຄອມພິວເຕີນີ້ຍັງບໍ່ມີ. ກະລຸນາຕິດຕັ້ງຈາກ https://go.microsoft.com/fwlink/p/?LinkId=2124703 ແລ້ວເປີດ ReviewDesk. ເຄື່ອງມືແຖວຄຳສັ່ງໃນໂຟນເດີ bin ໃຊ້ໄດ້ໂດຍບໍ່ຕ້ອງມີມັນ.
installer-shortcut-description = ການປະເມີນຂອງຜູ້ຊ່ຽວຊານແບບອອບລາຍສຳລັບການແຂ່ງຂັນເປີດຂ້າມຊາຍແດນ
installer-remove-data = ລຶບຕູ້ນິລະໄພຂໍ້ມູນ ແລະ ການຕັ້ງຄ່າຂອງຂ້ອຍນຳ
installer-remove-data-description = ລຶບຕູ້ນິລະໄພຂໍ້ມູນໃນຄອມພິວເຕີນີ້ ລວມທັງຄະແນນທີ່ຍັງບໍ່ໄດ້ສົ່ງໃຫ້ອົງການ. ບໍ່ຕ້ອງໝາຍຖືກ ເພື່ອເກັບໄວ້ສຳລັບການຕິດຕັ້ງຄັ້ງຕໍ່ໄປ.
installer-remove-data-confirm = ລຶບຕູ້ນິລະໄພຂໍ້ມູນ ແລະ ການຕັ້ງຄ່າທັງໝົດໃນ { $folder } ບໍ? ຄະແນນທີ່ຍັງບໍ່ໄດ້ສົ່ງໃຫ້ອົງການຈະເສຍໄປ.
main-meeting = ກອງປະຊຸມ
meeting-title = ກອງປະຊຸມຄະນະກຳມະການ
meeting-intro = ດຳເນີນກອງປະຊຸມໃນເຄືອຂ່າຍຂອງຫ້ອງນີ້: ແອັບຂອງຜູ້ຊ່ຽວຊານສົ່ງຄະແນນມາຫາແລັບທັອບນີ້ ໂດຍບໍ່ຕ້ອງໃຊ້ອິນເຕີເນັດ.
meeting-start = ເລີ່ມກອງປະຊຸມ
meeting-stop = ສິ້ນສຸດກອງປະຊຸມ
meeting-stop-confirm-title = ສິ້ນສຸດກອງປະຊຸມບໍ?
meeting-stop-confirm-body = ແອັບຂອງຜູ້ຊ່ຽວຊານຈະບໍ່ສາມາດເຊື່ອມຕໍ່ແລັບທັອບນີ້ໄດ້ອີກ. ບໍ່ມີຫຍັງເສຍ: ຄະແນນຂອງເຂົາເຈົ້າຍັງຢູ່ໃນຕູ້ນິລະໄພຂໍ້ມູນຂອງເຂົາເຈົ້າ ແລະ ຮອດເຄື່ອງແມ່ຂ່າຍຂອງອົງການເມື່ອຊິງຄ໌, ແລະ ຊຸດທີ່ໄດ້ຮັບຢູ່ນີ້ຍັງຢູ່ໃນຕູ້ນິລະໄພຂໍ້ມູນນີ້ ເພື່ອສົ່ງຕໍ່ດ້ວຍ “ດຶງຈາກເຄື່ອງແມ່ຂ່າຍ”.
meeting-join-card = ບັດເຂົ້າຮ່ວມ
meeting-code-label = ລະຫັດກອງປະຊຸມ
meeting-addresses-label = ທີ່ຢູ່
meeting-fingerprint-label = ລາຍນິ້ວມືໃບຢັ້ງຢືນ (SHA-256)
meeting-qr-alt = ລະຫັດ QR ຂອງທີ່ຢູ່ ແລະ ລະຫັດກອງປະຊຸມ
meeting-board = ກະດານສົດ
meeting-board-demand = { $demand } { $title }: ໄດ້ຮັບ { $done } ຈາກ { $assigned } ແຜ່ນ
meeting-board-applicant = ຜູ້ສະໝັກ
meeting-state-not_started = ຍັງບໍ່ເລີ່ມ
meeting-state-scoring = ກຳລັງໃຫ້ຄະແນນ
meeting-state-submitted = ສົ່ງແລ້ວ
meeting-state-revising = ກຳລັງແກ້ໄຂ
meeting-state-recused = ຖອນຕົວແລ້ວ
meeting-join-intro = ພິມທີ່ຢູ່ ແລະ ລະຫັດຈາກບັດເຂົ້າຮ່ວມຂອງປະທານ, ຫຼື ວາງແຖວທີ່ຢູ່ລຸ່ມລະຫັດ QR. ຄະແນນຂອງທ່ານຍັງຮອດເຄື່ອງແມ່ຂ່າຍຂອງອົງການເມື່ອທ່ານຊິງຄ໌.
meeting-hub-label = ທີ່ຢູ່ ຫຼື ແຖວເຂົ້າຮ່ວມ
meeting-join = ເຂົ້າຮ່ວມ
meeting-joined = ຢູ່ໃນກອງປະຊຸມຂອງການປະກາດຮັບສະໝັກ { $call } ທີ່ { $address } — ລະຫັດກອງປະຊຸມ { $code }.
meeting-leave = ອອກຈາກກອງປະຊຸມ
meeting-awaiting = ຊຸດທີ່ຍັງບໍ່ຮອດເຄື່ອງແມ່ຂ່າຍຂອງອົງການໂດຍກົງ: { $count }. ຈະສົ່ງໃນການຊິງຄ໌ຄັ້ງຕໍ່ໄປ.
meeting-nothing-open = ປະທານຍັງບໍ່ທັນເປີດຄວາມຕ້ອງການໃດຂອງທ່ານເພື່ອສົນທະນາ. ສືບຕໍ່ໃຫ້ຄະແນນ: ເຄື່ອງແມ່ຂ່າຍໄດ້ຮັບແຜ່ນຂອງທ່ານເມື່ອທ່ານສົ່ງ.
meeting-recused = ທ່ານໄດ້ຖອນຕົວ.
meeting-flagged = ໝາຍໄວ້ເພື່ອສົນທະນາ
meeting-overall = ລວມ
meeting-criterion = ເກນ
meeting-scores = ຄະແນນ, ຈາກຕ່ຳສຸດ
meeting-median = ຄ່າກາງ
meeting-range = ຂອບເຂດ
meeting-reasons = ເຫດຜົນຂອງຄົນອື່ນ
meeting-opinions = ຄວາມເຫັນຂອງຄົນອື່ນ
meeting-minutes = ບົດບັນທຶກເພື່ອລົງລາຍເຊັນ
meeting-minutes-intro = ເມື່ອຄະນະຊ່ຽວຊານຕັດສິນແລ້ວ ໃຫ້ກຳນົດບົດບັນທຶກ: ແອັບຂອງຊ່ຽວຊານແຕ່ລະຄົນຈະສະແດງເນື້ອໃນເພື່ອລົງລາຍເຊັນ ແລະ PDF ບົດບັນທຶກຈະລະບຸທຸກລາຍເຊັນ.
meeting-minutes-fixed = ກຳນົດເພື່ອລົງລາຍເຊັນ { $at }.
meeting-minutes-digest = SHA-256 ຂອງເນື້ອໃນ: { $digest }
meeting-minutes-stale = ຂໍ້ມູນຂອງຄະນະຊ່ຽວຊານປ່ຽນແປງຕັ້ງແຕ່ກຳນົດບົດບັນທຶກ (ຊຸດຄະແນນ, ບັນທຶກ ຫຼື ການລົງຄະແນນສຽງ): ກະລຸນາກຳນົດຄືນໃໝ່ ແລະ ຄະນະຊ່ຽວຊານຈະລົງລາຍເຊັນເນື້ອໃນໃໝ່.
meeting-minutes-signed-by = { $name } ({ $expert }) ລົງລາຍເຊັນ { $at }
meeting-minutes-waiting-for = { $name } ({ $expert }) ຍັງບໍ່ທັນລົງລາຍເຊັນ
meeting-fix = ກຳນົດບົດບັນທຶກເພື່ອລົງລາຍເຊັນ
meeting-fix-again = ກຳນົດບົດບັນທຶກຄືນໃໝ່
meeting-fix-confirm-title = ກຳນົດບົດບັນທຶກເພື່ອລົງລາຍເຊັນບໍ?
meeting-fix-confirm-body = ເນື້ອໃນບົດບັນທຶກຖືກກຳນົດຕາມຂໍ້ມູນປັດຈຸບັນຂອງຄະນະຊ່ຽວຊານ ແລະ ແອັບຂອງຊ່ຽວຊານແຕ່ລະຄົນຈະສະແດງໃຫ້ລົງລາຍເຊັນ. ກະລຸນາບັນທຶກລາຍລະອຽດກອງປະຊຸມ ແລະ ບັນທຶກຂອງປະທານກ່ອນ: ການປ່ຽນແປງພາຍຫຼັງໝາຍເຖິງການກຳນົດ ແລະ ລົງລາຍເຊັນຄືນໃໝ່.
meeting-fix-again-confirm-body = ເນື້ອໃນຖືກກຳນົດໃໝ່ຕາມຂໍ້ມູນປັດຈຸບັນຂອງຄະນະຊ່ຽວຊານ. ລາຍເຊັນຂອງເນື້ອໃນກ່ອນໜ້າບໍ່ນັບອີກຕໍ່ໄປ: ຊ່ຽວຊານທຸກຄົນລົງລາຍເຊັນຄືນໃໝ່.
meeting-sign = ລົງລາຍເຊັນບົດບັນທຶກ
meeting-sign-confirm-title = ລົງລາຍເຊັນບົດບັນທຶກນີ້ບໍ?
meeting-sign-confirm-body = ກະແຈຂອງທ່ານລົງລາຍເຊັນເນື້ອໃນທີ່ສະແດງຢ່າງແນ່ນອນ (SHA-256 { $digest }). ລາຍເຊັນບໍ່ສາມາດຖອນຄືນໄດ້; ຖ້າປະທານປ່ຽນບົດບັນທຶກ ທ່ານຈະຖືກຂໍໃຫ້ລົງລາຍເຊັນຄືນໃໝ່.
meeting-minutes-you-signed = ທ່ານໄດ້ລົງລາຍເຊັນບົດບັນທຶກນີ້ແລ້ວ.
