# The agency server's admin tools.

server-error = កំហុស ({ $code })៖ { $message }
server-listening = ម៉ាស៊ីនមេទីភ្នាក់ងារ ReviewDesk កំពុងស្តាប់នៅ http://{ $address }
server-call-loaded = បានផ្ទុកការអំពាវនាវ { $call }៖ ពាក្យស្នើសុំ { $applications } អ្នកជំនាញ { $experts }។
server-code = លេខកូដចុះឈ្មោះប្រើម្តងសម្រាប់ { $expert }៖ { $code }
server-enrolled = { $expert } បានចុះឈ្មោះហើយ សូមផ្តល់ { $path } ឱ្យគាត់។
server-bundle-issued = បានសរសេរកញ្ចប់ការងារ { $sequence } សម្រាប់ { $expert } ទៅ { $path }។
server-package-accepted = បានទទួល { $path }៖ កញ្ចប់ { $sequence } របស់ { $expert }។
server-password-prompt = ពាក្យសម្ងាត់បុគ្គលិក៖
server-staff-added = បានរក្សាទុកគណនីបុគ្គលិក { $name }។
server-assigned = ឥឡូវនេះ { $expert } វាយតម្លៃពាក្យស្នើសុំ { $count } នៃ { $call } កញ្ចប់ការងារបន្ទាប់នឹងនាំវាទៅ។

## Command-line help of reviewdesk-server
server-help = ម៉ាស៊ីនមេទីភ្នាក់ងារ ReviewDesk និងឧបករណ៍គ្រប់គ្រងរបស់វា។
server-help-db = ឯកសារមូលដ្ឋានទិន្នន័យរបស់ម៉ាស៊ីនមេ។
server-help-init = បង្កើតមូលដ្ឋានទិន្នន័យ និងកូនសោរបស់ទីភ្នាក់ងារ (ម្តង) ហើយបោះពុម្ពកូនសោសាធារណៈ។
server-help-init-url = អាសយដ្ឋានដែលអ្នកជំនាញប្រើដើម្បីទាក់ទងម៉ាស៊ីនមេនេះ ផ្ញើទៅពួកគេពេលចុះឈ្មោះ។
server-help-serve = ដំណើរការ HTTP API។
server-help-serve-listen = អាសយដ្ឋាន និងច្រកដែលត្រូវស្តាប់។
server-help-agency-key = បោះពុម្ពកូនសោសាធារណៈរបស់ទីភ្នាក់ងារ (JSON) ដើម្បីផ្តល់ដល់អ្នកជំនាញ និងអ្នកផ្ទៀងផ្ទាត់។
server-help-load-call = ផ្ទុក (ឬផ្ទុកឡើងវិញ) ការអំពាវនាវពីឯកសារទិន្នន័យទីភ្នាក់ងារ ព្រមទាំងអ្នកជំនាញ និងការចាត់តាំង។
server-help-load-call-file = ឯកសារទិន្នន័យទីភ្នាក់ងារ (JSON)។
server-help-assign = កំណត់ឱ្យច្បាស់ថាអ្នកជំនាញវាយតម្លៃពាក្យស្នើសុំណាខ្លះនៃការអំពាវនាវ។
server-help-assign-call = លេខសម្គាល់ការអំពាវនាវ។
server-help-assign-expert = លេខសម្គាល់អ្នកជំនាញ។
server-help-assign-applications = លេខសម្គាល់ពាក្យស្នើសុំ បំបែកដោយក្បៀស។
server-help-code = ចេញលេខកូដចុះឈ្មោះប្រើម្តងសម្រាប់អ្នកជំនាញ (បោះពុម្ពតែម្នាក់ឯងលើលទ្ធផលស្តង់ដារ)។
server-help-code-expert = លេខសម្គាល់អ្នកជំនាញ។
server-help-enroll = ឆ្លើយឯកសារសំណើចុះឈ្មោះដោយឯកសារចម្លើយ (ការចុះឈ្មោះក្រៅបណ្តាញ)។
server-help-enroll-request = ឯកសារសំណើចុះឈ្មោះរបស់អ្នកជំនាញ។
server-help-enroll-out = កន្លែងសរសេរឯកសារចម្លើយ។
server-help-issue-bundle = បិទត្រាកញ្ចប់ការងារថ្មីនៃការអំពាវនាវសម្រាប់អ្នកជំនាញម្នាក់។
server-help-issue-bundle-expert = លេខសម្គាល់អ្នកជំនាញ។
server-help-issue-bundle-call = លេខសម្គាល់ការអំពាវនាវ។
server-help-issue-bundle-out = កន្លែងសរសេរកញ្ចប់ការងារ។
server-help-import-package = ទទួលឯកសារកញ្ចប់ពិន្ទុដែលនាំមកដោយផ្ទាល់។
server-help-import-package-files = ឯកសារកញ្ចប់។
server-help-progress = បង្ហាញវឌ្ឍនភាពរបស់អ្នកជំនាញម្នាក់ៗ (JSON)។
server-help-add-staff = បន្ថែម ឬជំនួសគណនីបុគ្គលិក (ពាក្យសម្ងាត់ពី REVIEWDESK_STAFF_PASSWORD ឬតាមការសួរ)។
server-help-add-staff-name = ឈ្មោះអ្នកប្រើរបស់បុគ្គលិក។
server-staff-key-prompt = ឃ្លាសម្ងាត់សម្រាប់ឯកសារកូនសោបុគ្គលិក (យ៉ាងហោចណាស់ 12 តួអក្សរ)៖
server-staff-key-weak = ឃ្លាសម្ងាត់នៃកូនសោបុគ្គលិកត្រូវមានយ៉ាងហោចណាស់ 12 តួអក្សរ។
server-staff-key-written = បានសរសេរឯកសារកូនសោបុគ្គលិកទៅ { $path }។ សូមប្រគល់វា ហើយប្រាប់ឃ្លាសម្ងាត់ដាច់ដោយឡែក។
server-help-staff-key = សរសេរឯកសារកូនសោបុគ្គលិក៖ កូនសោរបស់ទីភ្នាក់ងារ និងកូនសោសាធារណៈរបស់អ្នកជំនាញ បិទត្រាដោយឃ្លាសម្ងាត់ (REVIEWDESK_STAFF_KEY_PASSPHRASE ឬតាមការសួរ)។
server-help-staff-key-out = កន្លែងសរសេរឯកសារកូនសោបុគ្គលិក។
