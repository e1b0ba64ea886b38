# The desktop app's interface.
app-title = ReviewDesk
app-tagline = ការវាយតម្លៃដោយអ្នកជំនាញសម្រាប់ការប្រកួតប្រជែងបើកចំហឆ្លងព្រំដែន
language-label = ភាសា
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
yes = បាទ/ចាស
no = ទេ
none = គ្មាន
close = បិទ
cancel = បោះបង់
save = រក្សាទុក
months = { $count } ខែ

## First run: creating the vault
setup-title = បង្កើតឃ្លាំងទិន្នន័យសុវត្ថិភាពរបស់អ្នក
setup-intro = ReviewDesk រក្សាទុកពាក្យស្នើសុំដែលបានចាត់ឱ្យអ្នក នៅក្នុងឃ្លាំងទិន្នន័យសុវត្ថិភាពដែលបានអ៊ិនគ្រីបលើកុំព្យូទ័រនេះ។ សូមជ្រើសរើសឃ្លាសម្ងាត់ដើម្បីការពារវា។ បើអ្នកភ្លេច កូនសោស្ដារដែលបង្ហាញបន្ទាប់នឹងបើកឃ្លាំងបាន។
setup-passphrase = ឃ្លាសម្ងាត់
setup-confirm = វាយឃ្លាសម្ងាត់ម្តងទៀត
setup-create = បង្កើតឃ្លាំងទិន្នន័យសុវត្ថិភាព
setup-creating = កំពុងបង្កើតឃ្លាំងទិន្នន័យសុវត្ថិភាព…
setup-demo-note = ការអំពាវនាវគំរូនឹងត្រូវនាំចូលទៅក្នុងឃ្លាំងទិន្នន័យសុវត្ថិភាពថ្មី។
strength-label = កម្លាំង៖ { $level ->
        [0] ខ្សោយណាស់
        [1] ខ្សោយ
        [2] មធ្យម
        [3] ល្អ
       *[4] រឹងមាំ
    }
strength-hint-short = ប្រើយ៉ាងហោចណាស់ 12 តួអក្សរ។
strength-hint-words = ពាក្យជាច្រើនដែលមិនទាក់ទងគ្នា គឺរឹងមាំ ហើយងាយចាំ។
strength-hint-ok = ឃ្លាសម្ងាត់ល្អ។

## Unlocking
unlock-title = ដោះសោឃ្លាំងទិន្នន័យសុវត្ថិភាពរបស់អ្នក
unlock-passphrase = ឃ្លាសម្ងាត់
unlock-button = ដោះសោ
unlock-working = កំពុងដោះសោ…
unlock-auto-locked = ឃ្លាំងទិន្នន័យសុវត្ថិភាពបានចាក់សោខ្លួនឯង បន្ទាប់ពីគ្មានសកម្មភាពមួយរយៈ។
unlock-locked = ឃ្លាំងទិន្នន័យសុវត្ថិភាពត្រូវបានចាក់សោ។

## Main screen
main-lock = ចាក់សោ
main-import = នាំចូលទិន្នន័យទីភ្នាក់ងារ…
main-settings = ការកំណត់
import-progress = កំពុងនាំចូល… { $done } ក្នុងចំណោម { $total }
import-done = បាននាំចូលពាក្យស្នើសុំ { $applications } សម្រាប់តម្រូវការ { $demands }។
import-replaced = បានធ្វើបច្ចុប្បន្នភាពការអំពាវនាវដោយឯកសារថ្មី៖ ពាក្យស្នើសុំ { $applications } សម្រាប់តម្រូវការ { $demands }។
import-unchanged = ឯកសារនេះត្រូវបាននាំចូលរួចហើយ គ្មានអ្វីផ្លាស់ប្តូរទេ។
search-label = ស្វែងរកពាក្យស្នើសុំ
search-placeholder = ឈ្មោះ លេខកូដឥណទាន សមាជិកក្រុម តម្រូវការ…
filter-country = ប្រទេស
filter-field = វិស័យ
filter-all = ទាំងអស់
clear-filters = សម្អាតតម្រង
list-count = ពាក្យស្នើសុំ { $applications } · តម្រូវការ { $demands }
list-no-match = គ្មានពាក្យស្នើសុំណាត្រូវគ្នាទេ។ សម្អាតការស្វែងរក ឬតម្រង ដើម្បីមើលទាំងអស់។
empty-title = មិនទាន់មានទិន្នន័យទីភ្នាក់ងារនៅឡើយ
empty-body = នាំចូលឯកសារទិន្នន័យទីភ្នាក់ងារដែលអ្នកបានទទួលសម្រាប់ការអំពាវនាវនេះ។ វានៅតែត្រូវបានអ៊ិនគ្រីបលើកុំព្យូទ័រនេះ។
demand-applicants = អ្នកដាក់ពាក្យ { $count } នាក់
demand-single = អ្នកដាក់ពាក្យតែម្នាក់៖ ឆ្ពោះទៅការចុះហត្ថលេខាដោយផ្ទាល់ បន្ទាប់ពីការត្រួតពិនិត្យលក្ខខណ្ឌផ្លូវការ។
select-prompt = ជ្រើសរើសពាក្យស្នើសុំនៅខាងឆ្វេង ដើម្បីអានវានៅទីនេះ។
deadline = ថ្ងៃផុតកំណត់ដាក់ពាក្យ៖ { $date }

## Settings
settings-title = ការកំណត់
settings-auto-lock = ចាក់សោបន្ទាប់ពីគ្មានសកម្មភាពប៉ុន្មាននាទីនេះ
settings-saved = បានរក្សាទុកការកំណត់។
settings-change-passphrase = ប្តូរឃ្លាសម្ងាត់
settings-new-passphrase = ឃ្លាសម្ងាត់ថ្មី
settings-passphrase-changed = ឃ្លាសម្ងាត់ត្រូវបានប្តូរ។

## Application view
app-section-overview = ទិដ្ឋភាពទូទៅ
app-demand = តម្រូវការ
app-demand-side = ភាគីម្ចាស់តម្រូវការ
app-country = ប្រទេស
app-field = វិស័យ
app-need = តម្រូវការបច្ចេកទេស
app-goals = គោលដៅ
app-scenario = សេណារីយ៉ូប្រើប្រាស់
app-resource-line = { $kind }៖ { $description }
app-resources = ធនធានដែលភាគីម្ចាស់តម្រូវការប្តេជ្ញាផ្តល់
app-submitted = ដាក់ស្នើនៅ
app-recommendation = ណែនាំដោយ
app-self-recommended = ដាក់ស្នើដោយខ្លួនឯង
app-section-applicants = អ្នកដាក់ពាក្យ
app-lead = អ្នកដាក់ពាក្យនាំមុខ
app-member = សមាជិកសម្ព័ន្ធ
app-unit-kind = ប្រភេទ
app-credit-code = លេខកូដឥណទានសង្គមរួម
app-credit-valid = តួអក្សរផ្ទៀងផ្ទាត់ត្រឹមត្រូវ
app-credit-invalid = មិនមែនជាលេខកូដត្រឹមត្រូវ៖ { $reason }
app-registered-on = ចុះបញ្ជីនៅ
app-address = អាសយដ្ឋានចុះបញ្ជី
app-legal-person = នីតិបុគ្គលឯករាជ្យ
app-section-finance = ការវិនិយោគស្រាវជ្រាវ និងអភិវឌ្ឍ (ឆ្នាំមុន)
app-unit = អង្គភាព
app-year = ឆ្នាំ
app-revenue = ចំណូលពីអាជីវកម្មចម្បង
app-rnd-spend = ការចំណាយលើការស្រាវជ្រាវ និងអភិវឌ្ឍ
app-rnd-intensity = អត្រាវិនិយោគស្រាវជ្រាវ និងអភិវឌ្ឍ
app-section-team = ក្រុមការងារ
app-leader = ប្រធានគម្រោង
app-name = ឈ្មោះ
app-role = តួនាទី
app-full-time = អ្នកស្រាវជ្រាវពេញម៉ោង
app-languages = ភាសា
app-international = បទពិសោធន៍អន្តរជាតិ
app-can-work-in-asean = អាចធ្វើការនៅអាស៊ាន
app-team-summary = { $people } នាក់ ក្នុងនោះអ្នកស្រាវជ្រាវពេញម៉ោង { $fulltime } នាក់
app-section-ip = កម្មសិទ្ធិបញ្ញា
app-ip-line = { $kind } លេខ { $number } កាន់កាប់ដោយ { $holder } ផ្តល់នៅ { $date }
app-section-cases = ករណីធ្វើពាណិជ្ជកម្មលទ្ធផល
app-case-line = { $year } · អតិថិជន៖ { $customer } · តម្លៃកិច្ចសន្យា៖ { $value }
app-section-integrity = សុចរិតភាពក្នុងការស្រាវជ្រាវ
app-sanction = បានប្រកាសថាមានទណ្ឌកម្មកំពុងអនុវត្ត
app-commitment-letter = លិខិតប្តេជ្ញាសុចរិតភាព
app-credit-report = របាយការណ៍ឥណទានសាធារណៈ
app-supplied = បានផ្តល់
app-missing = ខ្វះ
app-section-feasibility = របាយការណ៍សិក្សាលទ្ធភាព
app-section-not-supplied = មិនបានផ្តល់ផ្នែកនេះ
app-section-budget = ថវិកា និងរយៈពេល
app-public-request = មូលនិធិសាធារណៈដែលស្នើសុំ
app-self-raised = មូលនិធិខ្លួនឯង
app-matching = អត្រាសមធម៌ (ខ្លួនឯង ៖ សាធារណៈ)
app-period = រយៈពេលអនុវត្ត
app-funding-sources = ប្រភពមូលនិធិ
app-section-cooperation = ទម្រង់កិច្ចសហប្រតិបត្តិការ
app-section-partnership = មូលដ្ឋានភាពជាដៃគូអាស៊ាន
app-agreements = កិច្ចព្រមព្រៀងសហប្រតិបត្តិការ និងគម្រោងរួម
app-deployments = ការដាក់ឱ្យប្រើប្រាស់នៅអាស៊ាន
app-local-teams = ក្រុមការងារ និងដៃគូក្នុងតំបន់
app-since = តាំងពី { $date }
app-section-relation = ទំនាក់ទំនងជាមួយភាគីម្ចាស់តម្រូវការ
app-no-relation = មិនបានប្រកាសទំនាក់ទំនង
app-section-attachments = ឯកសារភ្ជាប់
app-open-attachment = បើក
attachment-loading = កំពុងបើកឯកសារភ្ជាប់…
attachment-page = ទំព័រ { $page } នៃ { $pages }
attachment-previous = ទំព័រមុន
attachment-next = ទំព័របន្ទាប់
attachment-unsupported = មិនអាចបង្ហាញឯកសារភ្ជាប់នេះនៅទីនេះបានទេ។

## Countries
country-BN = ប្រ៊ុយណេ
country-KH = កម្ពុជា
country-ID = ឥណ្ឌូណេស៊ី
country-LA = ឡាវ
country-MY = ម៉ាឡេស៊ី
country-MM = មីយ៉ាន់ម៉ា
country-PH = ហ្វីលីពីន
country-SG = សិង្ហបុរី
country-TH = ថៃ
country-VN = វៀតណាម

## Fields
field-smart_agriculture = កសិកម្មឆ្លាតវៃ
field-healthcare = សុខាភិបាល
field-smart_manufacturing = ផលិតកម្មឆ្លាតវៃ
field-logistics = ភស្តុភារ
field-energy = ថាមពល
field-education = អប់រំ
field-finance = ហិរញ្ញវត្ថុ
field-tourism = ទេសចរណ៍
field-environment = បរិស្ថាន
field-smart_city = ទីក្រុងឆ្លាតវៃ
field-language_technology = បច្ចេកវិទ្យាភាសា
field-other = ផ្សេងៗ

## Kinds of organisation
demand-side-university = សាកលវិទ្យាល័យ
demand-side-research_institute = វិទ្យាស្ថានស្រាវជ្រាវ
demand-side-enterprise = សហគ្រាស
demand-side-government_body = ស្ថាប័នរដ្ឋាភិបាល
unit-enterprise = សហគ្រាស
unit-university = សាកលវិទ្យាល័យ
unit-research_institute = វិទ្យាស្ថានស្រាវជ្រាវ
unit-other = ផ្សេងៗ

## Resources, cooperation, relations, IP, attachments
resource-funds = មូលនិធិ
resource-site = ទីតាំង
resource-data = ទិន្នន័យ
resource-personnel = បុគ្គលិក
resource-policy_coordination = ការសម្របសម្រួលគោលនយោបាយ
mode-technology_transfer = ការផ្ទេរបច្ចេកវិទ្យា
mode-joint_rnd = ការស្រាវជ្រាវ និងអភិវឌ្ឍរួមគ្នា
mode-training = ការបណ្តុះបណ្តាល
mode-technology_licensing = ការផ្តល់អាជ្ញាប័ណ្ណបច្ចេកវិទ្យា
mode-technology_investment = ការវិនិយោគបច្ចេកវិទ្យា
mode-other = ផ្សេងៗ
relation-same_unit = អង្គភាពតែមួយ
relation-subsidiary = ក្រុមហ៊ុនបុត្រសម្ព័ន្ធ
relation-control = ការគ្រប់គ្រង
relation-joint_control = ការគ្រប់គ្រងរួម
relation-significant_influence = ឥទ្ធិពលគួរឱ្យកត់សម្គាល់
relation-equity = ទំនាក់ទំនងភាគហ៊ុន
relation-related_party_transactions = ប្រតិបត្តិការភាគីពាក់ព័ន្ធ
ip-invention_patent = ប៉ាតង់តិក្កម្ម
ip-utility_patent = ប៉ាតង់គំរូមានប្រយោជន៍
ip-software_copyright = សិទ្ធិអ្នកនិពន្ធកម្មវិធី
ip-other = ផ្សេងៗ
attachment-business_licence = អាជ្ញាប័ណ្ណអាជីវកម្ម
attachment-audited_financial_report = របាយការណ៍ហិរញ្ញវត្ថុដែលបានធ្វើសវនកម្ម
attachment-staff_list = បញ្ជីបុគ្គលិក
attachment-ip_certificate = វិញ្ញាបនបត្រកម្មសិទ្ធិបញ្ញា
attachment-commercialisation_evidence = ភស្តុតាងនៃការធ្វើពាណិជ្ជកម្ម
attachment-integrity_commitment = លិខិតប្តេជ្ញាសុចរិតភាព
attachment-credit_report = របាយការណ៍ឥណទានសាធារណៈ
attachment-feasibility_report = របាយការណ៍សិក្សាលទ្ធភាព
attachment-cooperation_agreement = កិច្ចព្រមព្រៀងសហប្រតិបត្តិការ
attachment-relation_declaration = សេចក្តីប្រកាសទំនាក់ទំនង
attachment-other = ផ្សេងៗ

## Feasibility report sections
section-technology_status = ស្ថានភាព និងនិន្នាការបច្ចេកវិទ្យា
section-research_base = មូលដ្ឋានស្រាវជ្រាវរបស់អ្នកដាក់ពាក្យ
section-asean_market_feasibility = លទ្ធភាពសម្រាប់ទីផ្សារគោលដៅអាស៊ាន
section-rnd_content_and_route = ខ្លឹមសារស្រាវជ្រាវ និងផ្លូវបច្ចេកទេស
section-organisation = ការរៀបចំ
section-innovations = នវានុវត្តន៍
section-schedule = កាលវិភាគ
section-economic_benefit = អត្ថប្រយោជន៍សេដ្ឋកិច្ចរំពឹងទុក
section-deployment_plan = ផែនការដាក់ឱ្យប្រើប្រាស់សម្រាប់សេណារីយ៉ូ
section-budget_and_funding = ថវិកា និងប្រភពមូលនិធិ
section-risk_response = ការឆ្លើយតបនឹងហានិភ័យ
section-local_partners = ដៃគូក្នុងតំបន់អាស៊ាន
section-ip_and_benefit_sharing = ម្ចាស់កម្មសិទ្ធិបញ្ញា និងការចែករំលែកអត្ថប្រយោជន៍

## Credit code problems
credit-wrong-length = វាត្រូវមាន 18 តួអក្សរ
credit-bad-character = វាមានតួអក្សរដែលលេខកូដមិនប្រើ
credit-bad-division = តួអក្សរទី 3 ដល់ទី 8 ត្រូវតែជាលេខ
credit-check-mismatch = តួអក្សរផ្ទៀងផ្ទាត់មិនត្រឹមត្រូវ

## Sync with the agency
sync-title = ធ្វើសមកាលកម្មជាមួយទីភ្នាក់ងារ
sync-short-idle = មិនបានភ្ជាប់
sync-short-sending = កំពុងផ្ញើ…
sync-short-offline = { $queued ->
    [0] ក្រៅបណ្តាញ
   *[other] ក្រៅបណ្តាញ · រង់ចាំ { $queued }
}
sync-short-all_synced = បានធ្វើសមកាលកម្មទាំងអស់
sync-short-needs_attention = ត្រូវការការយកចិត្តទុកដាក់
sync-short-revoked = កូនសោត្រូវបានដកហូត
sync-phase-idle = មិនបានភ្ជាប់ទៅម៉ាស៊ីនមេរបស់ទីភ្នាក់ងារ។
sync-phase-sending = កំពុងផ្ញើកញ្ចប់ពិន្ទុ…
sync-phase-offline = មិនអាចទាក់ទងម៉ាស៊ីនមេរបស់ទីភ្នាក់ងារបានទេ។ { $queued ->
    [0] គ្មានអ្វីកំពុងរង់ចាំទេ។
   *[other] កញ្ចប់ { $queued } កំពុងរង់ចាំ ហើយនឹងត្រូវផ្ញើនៅពេលការតភ្ជាប់ត្រឡប់មកវិញ។
}
sync-phase-all_synced = អ្វីៗដែលបានដាក់ស្នើ បានទៅដល់ទីភ្នាក់ងារ ជាមួយបង្កាន់ដៃដែលមានហត្ថលេខា។
sync-phase-revoked = ទីភ្នាក់ងារបានដកហូតកូនសោរបស់កុំព្យូទ័រនេះ ដូច្នេះឃ្លាំងនេះលែងផ្ញើអ្វីទៀតហើយ។ { $queued ->
    [0] គ្មានអ្វីរង់ចាំទេ។
   *[other] កញ្ចប់ { $queued } នៅទីនេះ មិនទាន់ផ្ញើ។
}
sync-phase-needs_attention = ទីភ្នាក់ងារបានបដិសេធកញ្ចប់ { $quarantined }។ សូមមើលមូលហេតុខាងក្រោម។
sync-not-enrolled = ឃ្លាំងទិន្នន័យសុវត្ថិភាពនេះមិនទាន់ភ្ជាប់ជាមួយទីភ្នាក់ងារនៅឡើយ។ សូមបញ្ចូលអាសយដ្ឋានម៉ាស៊ីនមេ លេខសម្គាល់អ្នកជំនាញ និងលេខកូដប្រើម្តងដែលទីភ្នាក់ងារបានផ្តល់។ បើគ្មានបណ្តាញ សូមប្រើបន្ទាត់ពាក្យបញ្ជា៖ reviewdesk enroll --request។
sync-server = អាសយដ្ឋានម៉ាស៊ីនមេរបស់ទីភ្នាក់ងារ
sync-expert-id = លេខសម្គាល់អ្នកជំនាញ
sync-code = លេខកូដប្រើម្តង
sync-enroll = ភ្ជាប់
sync-enrolled = បានភ្ជាប់ជា { $id }។ កូនសោរបស់ទីភ្នាក់ងារត្រូវបានខ្ទាស់ហើយ។
sync-identity = អ្នកជំនាញ { $id } · ម៉ាស៊ីនមេ { $server }
sync-agency-key = កូនសោរបស់ទីភ្នាក់ងារ៖ { $key }
sync-now = ធ្វើសមកាលកម្មឥឡូវ
sync-export = នាំចេញកញ្ចប់ទៅថត…
sync-exported = { $count ->
    [0] គ្មានកញ្ចប់ណាត្រូវនាំចេញទេ។
   *[other] បានសរសេរកញ្ចប់ { $count }។ សូមប្រគល់វាឱ្យទីភ្នាក់ងារ។
}
sync-empty = មិនទាន់មានកញ្ចប់ពិន្ទុនៅឡើយ៖ ការដាក់ស្នើសន្លឹកដាក់ពិន្ទុនឹងបង្កើតវា។
sync-applications = ពាក្យស្នើសុំ
sync-state = ស្ថានភាព
package-queued = កំពុងរង់ចាំផ្ញើ
package-at_meeting = ម៉ាស៊ីនមេប្រជុំបានទទួល; នឹងផ្ញើទៅម៉ាស៊ីនមេទីភ្នាក់ងារនៅពេលធ្វើសមកាលកម្មបន្ទាប់
package-delivered = បានបញ្ជូន រក្សាទុកបង្កាន់ដៃ
package-quarantined = ត្រូវបានទីភ្នាក់ងារបដិសេធ
receipt-received = ទីភ្នាក់ងារបានទទួលនៅ { $at }
receipt-digest = ស្នាមម្រាមដៃរបស់កញ្ចប់ (SHA-256 នៃបញ្ជីសម្គាល់)
receipt-signature = ហត្ថលេខារបស់ទីភ្នាក់ងារ
receipt-explained = ទីភ្នាក់ងារបានចុះហត្ថលេខាលើបង្កាន់ដៃនេះដោយកូនសោរបស់ខ្លួន ដែលឃ្លាំងទិន្នន័យនេះបានផ្ទៀងផ្ទាត់នៅពេលទទួល៖ ភស្តុតាងថាកញ្ចប់បានទៅដល់ទីភ្នាក់ងារដោយគ្មានការកែប្រែ។

## Staff mode: the panel's results
main-panel = លទ្ធផលគណៈកម្មការ
settings-staff = បុគ្គលិកទីភ្នាក់ងារ
settings-staff-note = បុគ្គលិកទីភ្នាក់ងារដំឡើងឯកសារកូនសោបុគ្គលិក ដែលម៉ាស៊ីនមេរបស់ទីភ្នាក់ងារសរសេរ។ ជាមួយវា ឃ្លាំងទិន្នន័យនេះបើក និងផ្ទៀងផ្ទាត់កញ្ចប់ពិន្ទុរបស់គណៈកម្មការ ហើយសរសេរកំណត់ហេតុប្រជុំវាយតម្លៃ។
settings-staff-passphrase = ឃ្លាសម្ងាត់នៃឯកសារកូនសោបុគ្គលិក
settings-staff-install = ដំឡើងកូនសោបុគ្គលិក…
settings-staff-installed = បានដំឡើងកូនសោបុគ្គលិក។
settings-connection = ការតភ្ជាប់
settings-insecure-http = អនុញ្ញាត HTTP ធម្មតាទៅម៉ាស៊ីនមេរបស់ទីភ្នាក់ងារនៅលើម៉ាស៊ីនផ្សេង
settings-insecure-http-note = តែនៅពេលទីភ្នាក់ងារស្នើសុំ និងលើបណ្តាញដែលអ្នកទុកចិត្តប៉ុណ្ណោះ៖ ពាក្យសម្ងាត់ និងពិន្ទុនឹងឆ្លងកាត់ដោយគ្មានការការពារ។ ម៉ាស៊ីនមេនៅលើម៉ាស៊ីននេះតែងតែត្រូវបានអនុញ្ញាត។
panel-title = លទ្ធផលគណៈកម្មការ
panel-import = នាំចូលឯកសារកញ្ចប់…
panel-fetch = ទាញយកពីម៉ាស៊ីនមេ
panel-fetch-user = គណនីបុគ្គលិក
panel-fetch-password = ពាក្យសម្ងាត់
panel-imported = { $count ->
    [0] គ្មានកញ្ចប់ថ្មីទេ៖ កញ្ចប់ទាំងអស់ត្រូវបាននាំចូលពីមុនរួចហើយ។
   *[other] បានផ្ទៀងផ្ទាត់ និងនាំចូលកញ្ចប់ { $count }។
}
panel-fetched = { $count ->
    [0] គ្មានកញ្ចប់ថ្មីនៅលើម៉ាស៊ីនមេទេ។
   *[other] បានទាញយក ផ្ទៀងផ្ទាត់ និងនាំចូលកញ្ចប់ថ្មី { $count }។
}
panel-import-aside = ដាក់ដោយឡែក៖ { $waiting } កញ្ចប់កំពុងរង់ចាំកញ្ចប់មុនរបស់អ្នកជំនាញដដែល, { $refused } កញ្ចប់រក្សាទីតាំង ប៉ុន្តែមិនរាប់ ព្រោះពិន្ទុត្រូវបានបដិសេធ។
panel-forwarded = កញ្ចប់ដែលបានទទួលនៅកិច្ចប្រជុំ ហើយបានបញ្ជូនបន្តទៅម៉ាស៊ីនមេទីភ្នាក់ងារ៖ { $count }។
panel-export-minutes = សរសេរកំណត់ហេតុប្រជុំវាយតម្លៃ…
panel-export-opinions = សរសេរទម្រង់មតិ…
panel-export-matrix = នាំចេញតារាងពិន្ទុ…
panel-written = បានសរសេរ៖ { $path }
panel-saved = បានរក្សាទុក។
panel-save = រក្សាទុក
panel-meeting = កិច្ចប្រជុំ
panel-meeting-date = កាលបរិច្ឆេទ
panel-meeting-place = ទីកន្លែង
panel-meeting-online = កិច្ចប្រជុំតាមអនឡាញ
panel-meeting-chair = ប្រធាន
panel-meeting-staff = បុគ្គលិកទីភ្នាក់ងារដែលចូលរួម (បំបែកឈ្មោះដោយ ;)
panel-scores-by-expert = ពិន្ទុសរុបតាមអ្នកជំនាញ
panel-expert = អ្នកជំនាញ
panel-recused = ដកខ្លួន
panel-missing = ខ្វះ
panel-result = លទ្ធផលសរុប
panel-rank = ចំណាត់ថ្នាក់
panel-applicant = អ្នកដាក់ពាក្យ
panel-overall = សរុប
panel-status = ស្ថានភាព
panel-status-ranked = បានចាត់ថ្នាក់
panel-status-discuss = បានចាត់ថ្នាក់ ពិន្ទុខុសគ្នាខ្លាំង សម្រាប់ពិភាក្សា
panel-status-failed_formal_review = មិនចាត់ថ្នាក់៖ ធ្លាក់ការត្រួតពិនិត្យលក្ខខណ្ឌផ្លូវការ
panel-status-no_scores = មិនចាត់ថ្នាក់៖ មិនទាន់មានពិន្ទុ
panel-status-vetoed = មិនចាត់ថ្នាក់៖ ត្រូវវេតូ
panel-status-below_pass_mark = មិនចាត់ថ្នាក់៖ ទាបជាងពិន្ទុជាប់
panel-status-below_threshold = មិនចាត់ថ្នាក់៖ ទាបជាងកម្រិតនៃលក្ខណៈវិនិច្ឆ័យមួយ
panel-missing-experts = កំពុងរង់ចាំ { $experts }
panel-outcome-straight_to_signing = អ្នកដាក់ពាក្យតែម្នាក់ដែលជាប់ការត្រួតពិនិត្យលក្ខខណ្ឌផ្លូវការ ឆ្ពោះទៅការចុះហត្ថលេខាដោយផ្ទាល់៖ { $application }
panel-outcome-selected = ត្រូវបានជ្រើសរើស៖ { $application }
panel-outcome-tie_unresolved = នៅតែស្មើគ្នាបន្ទាប់ពីការកាត់ស្មើទាំងអស់៖ { $applications }។ សូមកត់ត្រាការបោះឆ្នោតរបស់គណៈកម្មការ។
panel-outcome-tie_unresolved-no-vote = នៅតែស្មើគ្នាបន្ទាប់ពីវិធានបំបែកទាំងអស់៖ { $applications }។ វិធានរបស់ការអំពាវនាវមិនបំបែកបន្តទៀតទេ៖ គណៈកម្មការជាអ្នកសម្រេច ហើយកំណត់ចំណាំរបស់ប្រធានកត់ត្រារបៀប។
panel-round-none = អ្នកជំនាញដាក់ពិន្ទុដោយឯករាជ្យ។
panel-round-discussion = បើកសម្រាប់ការពិភាក្សា៖ អ្នកជំនាញដែលបានដាក់ឃើញពិន្ទុរបស់គណៈកម្មការ។
panel-round-revision = បើកសម្រាប់ការកែប្រែ៖ អ្នកជំនាញឃើញពិន្ទុរបស់គណៈកម្មការ ហើយអាចកែសន្លឹករបស់ខ្លួន។
panel-open-discussion = បើកការពិភាក្សា
panel-open-revision = បើកការកែប្រែ
panel-close-round = បិទជុំ
panel-outcome-awaiting_scores = មិនទាន់មានសេចក្តីសន្និដ្ឋាន៖ នៅខ្វះសន្លឹកដាក់ពិន្ទុ។
panel-outcome-none_selectable = គ្មានអ្នកដាក់ពាក្យណាអាចជ្រើសរើសបានទេ។
panel-note = កំណត់សម្គាល់របស់គណៈកម្មការ (ប្រធាន)
panel-votes = ការបោះឆ្នោតរបស់គណៈកម្មការ (សំឡេងឆ្នោតតាមអ្នកដាក់ពាក្យ បើមាន)
panel-matrix-shows = ពិន្ទុដែលបង្ហាញ
recovery-title = កូនសោស្ដាររបស់អ្នក
recovery-intro = បើអ្នកភ្លេចឃ្លាសម្ងាត់ កូនសោនេះបើកឃ្លាំងរបស់អ្នក ហើយអនុញ្ញាតឱ្យអ្នកជ្រើសឃ្លាថ្មី។ សូមសរសេរទុក ឬបោះពុម្ពទំព័រនេះ ហើយរក្សាទុកដាច់ដោយឡែកពីកុំព្យូទ័រនេះ។ វាបង្ហាញតែពេលនេះប៉ុណ្ណោះ។
recovery-print = បោះពុម្ព…
recovery-confirm = ដើម្បីបញ្ជាក់ថាអ្នកបានរក្សាទុក សូមវាយតួអក្សរបួនចុងក្រោយរបស់វា
recovery-kept = ខ្ញុំបានរក្សាទុកហើយ
recovery-confirm-wrong = នោះមិនមែនជាចុងបញ្ចប់នៃកូនសោស្ដាររបស់អ្នកទេ។ សូមមើលម្ដងទៀតនូវអ្វីដែលអ្នកបានសរសេរ។
unlock-forgot = ភ្លេចឃ្លាសម្ងាត់?
reset-title = កំណត់ឃ្លាសម្ងាត់ថ្មី
reset-intro = សូមវាយកូនសោស្ដារដែលអ្នកបានរក្សាទុកនៅពេលបង្កើតឃ្លាំង រួចជ្រើសឃ្លាសម្ងាត់ថ្មី។ អ្វីៗទាំងអស់ក្នុងឃ្លាំងនៅដដែល។
reset-recovery-key = កូនសោស្ដារ
reset-button = កំណត់ ហើយដោះសោ
reset-working = កំពុងបើកឃ្លាំង…
reset-back = ត្រឡប់ទៅដោះសោដោយឃ្លាសម្ងាត់
recovery-missing = ឃ្លាំងនេះមិនទាន់មានកូនសោស្ដារទេ៖ បើគ្មានវា ឃ្លាសម្ងាត់ដែលភ្លេចមិនអាចកំណត់ឡើងវិញបានទេ។
recovery-make = បង្កើតកូនសោស្ដារ
settings-recovery = កូនសោស្ដារ
settings-recovery-note = បង្កើតកូនសោស្ដារថ្មី ប្រសិនបើកូនសោដែលអ្នករក្សាទុកបាត់ ឬមាននរណាម្នាក់បានឃើញ។ កូនសោចាស់នឹងលែងដំណើរការ។
settings-recovery-new = បង្កើតកូនសោស្ដារថ្មី…
recovery-new-note = កូនសោស្ដារថ្មីរបស់អ្នក។ កូនសោមុនៗលែងដំណើរការហើយ។
backup-reminder = ការបម្រុងទុកចុងក្រោយរបស់អ្នកមានអាយុលើសពីមួយថ្ងៃ ហើយមានការងារថ្មីតាំងពីពេលនោះ។ កុំព្យូទ័រយួរដៃដែលបាត់ ឬខូចនឹងធ្វើឱ្យវាបាត់។
backup-now = បម្រុងទុកឥឡូវនេះ…
backup-written = បានសរសេរការបម្រុងទុកទៅ { $path }។
settings-backup = ការបម្រុងទុក
settings-backup-last = ការបម្រុងទុកចុងក្រោយ៖ { $time }។
settings-backup-never = ឃ្លាំងនេះមិនដែលត្រូវបានបម្រុងទុកទេ។ ការបម្រុងទុកត្រូវបានអ៊ិនគ្រីបដូចឃ្លាំង; រក្សាវាឱ្យឆ្ងាយពីកុំព្យូទ័រយួរដៃនេះ។
setup-restore = ស្ដារពីការបម្រុងទុក…
setup-restore-note = ផ្លាស់ទៅកុំព្យូទ័រយួរដៃថ្មី? សូមស្ដារការបម្រុងទុកដែលអ្នកបានធ្វើនៅលើម៉ាស៊ីនចាស់ជំនួសវិញ។
unlock-restored = បានស្ដារការបម្រុងទុកនៃ { $time }។ សូមដោះសោវាដោយឃ្លាសម្ងាត់ដែលវាមាននៅពេលនោះ ឬដោយកូនសោស្ដាររបស់វា។
sync-by-file-title = គ្មានការតភ្ជាប់? ចុះឈ្មោះតាមឯកសារ
sync-by-file = សរសេរឯកសារស្នើសុំជាមួយលេខសម្គាល់អ្នកជំនាញ និងលេខកូដប្រើម្ដងរបស់អ្នក ហើយផ្ញើទៅទីភ្នាក់ងារ (តាមអ៊ីមែល ឬ USB); បន្ទាប់មកអានឯកសារឆ្លើយតបដែលពួកគេផ្ញើមកវិញ។
sync-by-file-needs = សូមបំពេញលេខសម្គាល់អ្នកជំនាញ និងលេខកូដប្រើម្ដងជាមុនសិន។
sync-write-request = សរសេរឯកសារស្នើសុំ…
sync-read-response = អានឯកសារឆ្លើយតប…
sync-request-written = បានសរសេរសំណើទៅ { $path }។ ផ្ញើវាទៅទីភ្នាក់ងារ រួចអានឯកសារឆ្លើយតបរបស់ពួកគេនៅទីនេះ។
sync-import-bundle = នាំចូលឯកសារកញ្ចប់ភារកិច្ច…
sync-device-key = កូនសោរបស់កុំព្យូទ័រយួរដៃនេះ ដូចដែលទីភ្នាក់ងារបានចុះបញ្ជី៖ { $key }
sync-continues-after = បានចុះឈ្មោះម្តងទៀតបន្ទាប់ពីឧបករណ៍បាត់៖ កញ្ចប់របស់ឃ្លាំងនេះបន្តពីកញ្ចប់ទី { $sequence } ដែលទីភ្នាក់ងារបានទទួលចុងក្រោយ ហើយសន្លឹកដែលអ្នកបានផ្ញើបានត្រឡប់មកវិញជាមួយកញ្ចប់ការងាររបស់អ្នក។
sync-enroll-again = ចុះឈ្មោះឃ្លាំងនេះម្តងទៀត…
sync-enroll-again-note = បញ្ចូលលេខកូដប្រើម្តងដែលទីភ្នាក់ងារបានផ្តល់សម្រាប់ការចុះឈ្មោះឡើងវិញ។ ឃ្លាំងនេះនឹងទទួលកូនសោថ្មី; សន្លឹករបស់អ្នកនៅដដែល ហើយអ្វីដែលមិនទាន់ផ្ញើនឹងផ្ញើជាមួយកូនសោថ្មី បន្ទាប់ពីកញ្ចប់ចុងក្រោយដែលទីភ្នាក់ងារបានទទួល។

## The Windows installer (src-tauri/windows/installer.nsi, through cargo xtask windows)
installer-webview2-missing = ReviewDesk ត្រូវការ Microsoft Edge WebView2 Runtime ដែលកុំព្យូទ័រនេះមិនទាន់មាន។ សូមដំឡើងវាពី https://go.microsoft.com/fwlink/p/?LinkId=2124703 រួចបើក ReviewDesk។ ឧបករណ៍បន្ទាត់ពាក្យបញ្ជាក្នុងថត bin ដំណើរការបានដោយគ្មានវា។
installer-shortcut-description = ការវាយតម្លៃដោយអ្នកជំនាញក្រៅបណ្ដាញសម្រាប់ការប្រកួតបើកចំហឆ្លងព្រំដែន
installer-remove-data = លុបឃ្លាំងទិន្នន័យសុវត្ថិភាព និងការកំណត់របស់ខ្ញុំផងដែរ
installer-remove-data-description = លុបឃ្លាំងទិន្នន័យសុវត្ថិភាពនៅលើកុំព្យូទ័រនេះ រួមទាំងពិន្ទុដែលមិនទាន់បានផ្ញើទៅទីភ្នាក់ងារ។ កុំធីក ដើម្បីរក្សាទុកវាសម្រាប់ការដំឡើងលើកក្រោយ។
installer-remove-data-confirm = លុបឃ្លាំងទិន្នន័យសុវត្ថិភាព និងការកំណត់ទាំងអស់នៅក្នុង { $folder } ឬ? ពិន្ទុដែលមិនទាន់បានផ្ញើទៅទីភ្នាក់ងារនឹងបាត់បង់។
main-meeting = កិច្ចប្រជុំ
meeting-title = កិច្ចប្រជុំគណៈកម្មការ
meeting-intro = ដំណើរការកិច្ចប្រជុំនៅលើបណ្តាញនៃបន្ទប់នេះ៖ កម្មវិធីរបស់អ្នកជំនាញផ្ញើពិន្ទុមកកុំព្យូទ័រយួរដៃនេះ ដោយមិនត្រូវការអ៊ីនធឺណិត។
meeting-start = ចាប់ផ្តើមកិច្ចប្រជុំ
meeting-stop = បញ្ចប់កិច្ចប្រជុំ
meeting-stop-confirm-title = បញ្ចប់កិច្ចប្រជុំឬ?
meeting-stop-confirm-body = កម្មវិធីរបស់អ្នកជំនាញនឹងលែងភ្ជាប់មកកុំព្យូទ័រយួរដៃនេះ។ គ្មានអ្វីបាត់បង់ទេ៖ ពិន្ទុរបស់ពួកគេនៅតែក្នុងឃ្លាំងទិន្នន័យរបស់ពួកគេ ហើយទៅដល់ម៉ាស៊ីនមេទីភ្នាក់ងារនៅពេលធ្វើសមកាលកម្ម ហើយកញ្ចប់ដែលបានទទួលនៅទីនេះនៅតែក្នុងឃ្លាំងទិន្នន័យនេះ ដើម្បីបញ្ជូនបន្តដោយ «ទាញយកពីម៉ាស៊ីនមេ»។
meeting-join-card = កាតចូលរួម
meeting-code-label = លេខកូដប្រជុំ
meeting-addresses-label = អាសយដ្ឋាន
meeting-fingerprint-label = ស្នាមម្រាមដៃវិញ្ញាបនបត្រ (SHA-256)
meeting-qr-alt = កូដ QR នៃអាសយដ្ឋាន និងលេខកូដប្រជុំ
meeting-board = ក្តារផ្ទាល់
meeting-board-demand = { $demand } { $title }៖ បានទទួល { $done } ក្នុងចំណោម { $assigned } សន្លឹក
meeting-board-applicant = អ្នកដាក់ពាក្យ
meeting-state-not_started = មិនទាន់ចាប់ផ្តើម
meeting-state-scoring = កំពុងដាក់ពិន្ទុ
meeting-state-submitted = បានដាក់ស្នើ
meeting-state-revising = កំពុងកែសម្រួល
meeting-state-recused = បានដកខ្លួន
meeting-join-intro = វាយអាសយដ្ឋាន និងលេខកូដពីកាតចូលរួមរបស់ប្រធាន ឬបិទភ្ជាប់បន្ទាត់នៅក្រោមកូដ QR។ ពិន្ទុរបស់អ្នកនៅតែទៅដល់ម៉ាស៊ីនមេទីភ្នាក់ងារនៅពេលអ្នកធ្វើសមកាលកម្ម។
meeting-hub-label = អាសយដ្ឋាន ឬបន្ទាត់ចូលរួម
meeting-join = ចូលរួម
meeting-joined = នៅក្នុងកិច្ចប្រជុំលើការអំពាវនាវ { $call } នៅ { $address } — លេខកូដប្រជុំ { $code }។
meeting-leave = ចាកចេញពីកិច្ចប្រជុំ
meeting-awaiting = កញ្ចប់ដែលមិនទាន់ទៅដល់ម៉ាស៊ីនមេទីភ្នាក់ងារផ្ទាល់៖ { $count }។ នឹងផ្ញើនៅពេលធ្វើសមកាលកម្មបន្ទាប់។
meeting-nothing-open = ប្រធានមិនទាន់បើកតម្រូវការណាមួយរបស់អ្នកសម្រាប់ការពិភាក្សានៅឡើយទេ។ បន្តដាក់ពិន្ទុ៖ ម៉ាស៊ីនមេប្រជុំទទួលសន្លឹករបស់អ្នកនៅពេលអ្នកដាក់ស្នើ។
meeting-recused = អ្នកបានដកខ្លួន។
meeting-flagged = បានសម្គាល់សម្រាប់ពិភាក្សា
meeting-overall = សរុប
meeting-criterion = លក្ខណៈវិនិច្ឆ័យ
meeting-scores = ពិន្ទុ ពីទាបបំផុត
meeting-median = មធ្យមភាគកណ្តាល
meeting-range = ចន្លោះ
meeting-reasons = ហេតុផលរបស់អ្នកដទៃ
meeting-opinions = មតិរបស់អ្នកដទៃ
meeting-minutes = កំណត់ហេតុសម្រាប់ចុះហត្ថលេខា
meeting-minutes-intro = នៅពេលគណៈកម្មការសម្រេចរួច សូមកំណត់កំណត់ហេតុ៖ កម្មវិធីរបស់អ្នកជំនាញនីមួយៗបង្ហាញខ្លឹមសារសម្រាប់ចុះហត្ថលេខា ហើយ PDF កំណត់ហេតុរាយហត្ថលេខានីមួយៗ។
meeting-minutes-fixed = បានកំណត់សម្រាប់ចុះហត្ថលេខា { $at }។
meeting-minutes-digest = SHA-256 នៃខ្លឹមសារ៖ { $digest }
meeting-minutes-stale = ទិន្នន័យរបស់គណៈកម្មការបានផ្លាស់ប្តូរចាប់តាំងពីកំណត់ហេតុត្រូវបានកំណត់ (កញ្ចប់ កំណត់ចំណាំ ឬការបោះឆ្នោត)៖ សូមកំណត់ម្តងទៀត ហើយគណៈកម្មការចុះហត្ថលេខាលើខ្លឹមសារថ្មី។
meeting-minutes-signed-by = { $name } ({ $expert }) បានចុះហត្ថលេខា { $at }
meeting-minutes-waiting-for = { $name } ({ $expert }) មិនទាន់ចុះហត្ថលេខា
meeting-fix = កំណត់កំណត់ហេតុសម្រាប់ចុះហត្ថលេខា
meeting-fix-again = កំណត់កំណត់ហេតុម្តងទៀត
meeting-fix-confirm-title = កំណត់កំណត់ហេតុសម្រាប់ចុះហត្ថលេខា?
meeting-fix-confirm-body = ខ្លឹមសារកំណត់ហេតុត្រូវបានកំណត់តាមទិន្នន័យបច្ចុប្បន្នរបស់គណៈកម្មការ ហើយកម្មវិធីរបស់អ្នកជំនាញនីមួយៗបង្ហាញវាសម្រាប់ចុះហត្ថលេខា។ សូមកត់ត្រាព័ត៌មានកិច្ចប្រជុំ និងកំណត់ចំណាំរបស់ប្រធានជាមុន៖ ការផ្លាស់ប្តូរក្រោយមកមានន័យថាត្រូវកំណត់ និងចុះហត្ថលេខាម្តងទៀត។
meeting-fix-again-confirm-body = ខ្លឹមសារត្រូវបានកំណត់ឡើងវិញតាមទិន្នន័យបច្ចុប្បន្នរបស់គណៈកម្មការ។ ហត្ថលេខាលើខ្លឹមសារមុនលែងរាប់ទៀតហើយ៖ អ្នកជំនាញគ្រប់រូបចុះហត្ថលេខាម្តងទៀត។
meeting-sign = ចុះហត្ថលេខាលើកំណត់ហេតុ
meeting-sign-confirm-title = ចុះហត្ថលេខាលើកំណត់ហេតុនេះ?
meeting-sign-confirm-body = សោរបស់អ្នកចុះហត្ថលេខាលើខ្លឹមសារដែលបានបង្ហាញយ៉ាងជាក់លាក់ (SHA-256 { $digest })។ ហត្ថលេខាមិនអាចដកវិញបានទេ; ប្រសិនបើប្រធានផ្លាស់ប្តូរកំណត់ហេតុ អ្នកនឹងត្រូវស្នើឱ្យចុះហត្ថលេខាម្តងទៀត។
meeting-minutes-you-signed = អ្នកបានចុះហត្ថលេខាលើកំណត់ហេតុនេះហើយ។
