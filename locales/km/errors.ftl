# Errors, keyed by the code that crosses from the Rust core to the UI and the CLI.
error-vault-wrong-passphrase = ឃ្លាសម្ងាត់មិនត្រឹមត្រូវ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-vault-not-found = គ្មានឃ្លាំងទិន្នន័យសុវត្ថិភាពនៅ { $path } ទេ។
error-vault-exists = មានឃ្លាំងទិន្នន័យសុវត្ថិភាពនៅ { $path } រួចហើយ។
error-vault-encryption-unavailable = កំណែនេះគ្មានការអ៊ិនគ្រីប ដូច្នេះ ReviewDesk នឹងមិនរក្សាទុកទិន្នន័យណាមួយទេ។
error-vault-key-file-damaged = ឯកសារកូនសោរបស់ឃ្លាំងទិន្នន័យខូច ({ $detail })។
error-vault-newer-schema = ឃ្លាំងទិន្នន័យនេះត្រូវបានសរសេរដោយ ReviewDesk កំណែថ្មីជាង។ សូមធ្វើបច្ចុប្បន្នភាព ReviewDesk។
error-vault-locked = ឃ្លាំងទិន្នន័យត្រូវបានចាក់សោ។ សូមដោះសោជាមុនសិន។
error-vault-corrupt = ទិន្នន័យក្នុងឃ្លាំងខូច ({ $detail })។
error-not-found = រកមិនឃើញអ្វីដែលមានលេខសម្គាល់ { $id } ទេ។
error-passphrase-empty = សូមបញ្ចូលឃ្លាសម្ងាត់។
error-passphrase-mismatch = ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។
error-passphrase-too-weak = ឃ្លាសម្ងាត់នេះងាយទាយពេក។ សូមប្រើឃ្លាវែងជាងនេះ ដូចជាពាក្យជាច្រើនដែលមិនទាក់ទងគ្នា។
error-io = មិនអាចអាន ឬសរសេរឯកសារបានទេ៖ { $detail }
error-internal = មានបញ្ហាកើតឡើងក្នុង ReviewDesk៖ { $detail }
error-document = ឯកសារទិន្នន័យទីភ្នាក់ងារត្រូវបានបដិសេធ គ្មានអ្វីត្រូវបាននាំចូលទេ។ { $location }{ $reason }
document-location = នៅ { $path }៖{" "}
document-too-large = ឯកសារមានទំហំ { $size } បៃ លើសពី { $limit } បៃដែលអនុញ្ញាត។
document-syntax = វាមិនមែនជា JSON ត្រឹមត្រូវទេ (បន្ទាត់ { $line } ជួរឈរ { $column })។
document-wrong-format = វាមិនមែនជាឯកសារទិន្នន័យទីភ្នាក់ងាររបស់ ReviewDesk ទេ (ទម្រង់គឺ “{ $found }”)។
document-unsupported-version = មិនគាំទ្រទម្រង់កំណែ { $found } ទេ។ ReviewDesk កំណែនេះអានកំណែ { $supported }។
document-missing-field = ខ្វះវាលចាំបាច់ “{ $field }”។
document-unknown-field = វាល “{ $field }” មិនមែនជាផ្នែកនៃទម្រង់ទេ។
document-unknown-value = “{ $value }” មិនមែនជាតម្លៃដែលអនុញ្ញាតទេ។
document-wrong-type = ប្រភេទខុស៖ { $detail }។
document-invalid-value = តម្លៃមិនត្រឹមត្រូវ៖ { $detail }។
document-blank-text = អត្ថបទទទេក្នុងគ្រប់ភាសា។
document-bad-language-tag = “{ $tag }” មិនមែនជាស្លាកភាសាទេ។
document-duplicate-id = លេខសម្គាល់ “{ $id }” ត្រូវបានប្រើពីរដង។
document-unknown-reference = វាសំដៅទៅ{ $target ->
        [demand] តម្រូវការ
        [application] ពាក្យស្នើសុំ
        [attachment] ឯកសារភ្ជាប់
       *[expert] អ្នកជំនាញ
    } “{ $id }” ដែលមិនមាននៅក្នុងឯកសារ។
document-foreign-attachment = ឯកសារភ្ជាប់ “{ $id }” ជារបស់ពាក្យស្នើសុំផ្សេង។
document-bad-base64 = ខ្លឹមសារឯកសារភ្ជាប់មិនមែនជា base64 ត្រឹមត្រូវទេ។
document-size-mismatch = ឯកសារភ្ជាប់មាន { $actual } បៃ ប៉ុន្តែប្រកាស { $declared }។
document-digest-mismatch = ខ្លឹមសារឯកសារភ្ជាប់មិនត្រូវនឹង SHA-256 របស់វាទេ។
document-unsupported-media-type = មិនទទួលឯកសារភ្ជាប់ប្រភេទ “{ $media_type }” ទេ។
document-content-mismatch = ខ្លឹមសារឯកសារភ្ជាប់មិនមែនជាឯកសារ { $media_type } ទេ។
document-invalid-rubric = មិនអាចដាក់ពិន្ទុតាមលក្ខណៈវិនិច្ឆ័យនេះបានទេ៖ { $fault ->
    [precision-too-high] វាប្រកាសខ្ទង់ទសភាគលើសពី 4
    [no-criteria] លក្ខណៈវិនិច្ឆ័យដែលដាក់ពិន្ទុត្រូវការយ៉ាងហោចណាស់មួយ
    [duplicate-id] មានលេខសម្គាល់ប្រើពីរដង
    [weight-not-positive] ទម្ងន់ត្រូវតែធំជាងសូន្យ
    [threshold-out-of-range] កម្រិតត្រូវនៅចន្លោះ 0 និង 100
    [no-items] លក្ខណៈវិនិច្ឆ័យត្រូវការចំណុចរងយ៉ាងហោចណាស់មួយ
    [bad-scale] មាត្រដ្ឋានត្រូវការតម្លៃអប្បបរមាតិចជាងអតិបរមា និងជំហានវិជ្ជមាន
    [step-not-dividing] ជំហានត្រូវចែកដាច់ចន្លោះនៃមាត្រដ្ឋាន
   *[bad-comment-rule] វិធានមតិយោបល់ត្រូវការ 0 ≤ ក្រោម ≤ លើ ≤ 1
}។
error-sheet-locked = សន្លឹកដាក់ពិន្ទុនៃ { $id } ត្រូវបានដាក់ស្នើហើយ មិនអាចផ្លាស់ប្តូរបានទៀតទេ។ សូមចាប់ផ្តើមការកែសម្រួល ដើម្បីបង្កើតកំណែថ្មី។
error-sheet-invalid = សន្លឹកដាក់ពិន្ទុមានតម្លៃខុស ({ $item })។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។
error-sheet-incomplete = មិនទាន់អាចដាក់ស្នើសន្លឹកដាក់ពិន្ទុបានទេ៖ នៅខ្វះ { $count } ចំណុច។
error-sheet-deadline-passed = ការវាយតម្លៃបឋមបានបិទនៅ { $date }។ សន្លឹកដែលបានដាក់ស្នើមិនអាចកែសម្រួលបានទៀតទេ។
error-sheet-file-invalid = មិនអាចអានឯកសារសន្លឹកដាក់ពិន្ទុបានទេ៖ { $detail }

## Enrollment and assignment bundles
error-already-enrolled = ឃ្លាំងទិន្នន័យនេះបានចុះឈ្មោះជាអ្នកជំនាញ { $id } រួចហើយ។
error-enrollment-not-started = គ្មានការចុះឈ្មោះណាកំពុងរង់ចាំចម្លើយទេ។ សូមចាប់ផ្តើមដោយសំណើចុះឈ្មោះ។
error-enrollment-file-invalid = មិនអាចអានឯកសារចុះឈ្មោះបានទេ៖ { $detail }
error-enroll-usage = ផ្តល់ --expert និង --code ជាមួយ --server (អនឡាញ) ឬ --request (ក្រៅបណ្តាញ) ដើម្បីចុះឈ្មោះ ឬ --response ដើម្បីបញ្ចប់ការចុះឈ្មោះក្រៅបណ្តាញ។
error-not-enrolled = ឃ្លាំងទិន្នន័យនេះមិនទាន់ចុះឈ្មោះជាមួយទីភ្នាក់ងារ ដូច្នេះមិនអាចផ្ទៀងផ្ទាត់ហត្ថលេខារបស់កញ្ចប់ការងារបានទេ។
error-bundle-call-mismatch = ខ្លឹមសារកញ្ចប់ការងារជារបស់ការអំពាវនាវផ្សេង ({ $id })។ គ្មានអ្វីត្រូវបាននាំចូលទេ។
error-exchange-malformed = { $kind ->
    [bundle] កញ្ចប់ការងារ
   *[package] កញ្ចប់ពិន្ទុ
}ខូច ឬមិនមែនជាឯកសារ ReviewDesk ({ $detail })។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-unsafe-path = ឯកសារត្រូវបានបដិសេធ៖ ធាតុ “{ $name }” ចង្អុលទៅក្រៅប័ណ្ណសារ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-symlink = ឯកសារត្រូវបានបដិសេធ៖ ធាតុ “{ $name }” ជាតំណ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-duplicate-name = ឯកសារត្រូវបានបដិសេធ៖ ធាតុពីរមានឈ្មោះដូចគ្នា។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-overlapping-entries = ឯកសារត្រូវបានបដិសេធ៖ ធាតុរបស់វាត្រួតលើគ្នា។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-too-many-entries = ឯកសារត្រូវបានបដិសេធ៖ មាន { $count } ធាតុ អនុញ្ញាតច្រើនបំផុត { $limit }។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-too-large = ឯកសារត្រូវបានបដិសេធ៖ { $size } បៃ អនុញ្ញាតច្រើនបំផុត { $limit }។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-compression-ratio = ឯកសារត្រូវបានបដិសេធ៖ ធាតុ “{ $name }” នឹងពង្រីកលើសពី { $limit } ដង។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-unexpected-entry = ឯកសារត្រូវបានបដិសេធ៖ វាមានធាតុមិនរំពឹងទុក “{ $name }”។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-not-canonical = ឯកសារត្រូវបានបដិសេធ៖ បញ្ជីសម្គាល់របស់វាមិនស្ថិតក្នុងទម្រង់ស្តង់ដារ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-wrong-kind = នេះជាឯកសារ “{ $found }” មិនមែន{ $expected ->
    [bundle] កញ្ចប់ការងារ
   *[package] កញ្ចប់ពិន្ទុ
}ទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-unsupported-version = ឯកសារប្រើទម្រង់កំណែ { $found } ដែល ReviewDesk កំណែនេះមិនអាចអានបាន។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-bad-signature = ហត្ថលេខាមិនត្រូវគ្នា៖ ឯកសារមិនត្រូវបានបង្កើតដោយភាគីដែលរំពឹងទុក ឬត្រូវបានកែប្រែ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-hash-mismatch = ឯកសារត្រូវបានបដិសេធ៖ “{ $name }” ត្រូវបានកែប្រែក្រោយចុះហត្ថលេខា។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-wrong-recipient = ឯកសារនេះផ្ញើទៅអ្នកផ្សេង។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-expired = កញ្ចប់ការងារបានផុតកំណត់នៅ { $date }។ សូមស្នើសុំកញ្ចប់ថ្មីពីទីភ្នាក់ងារ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-rollback = កញ្ចប់ការងារនេះជាកំណែ { $sequence } ចាស់ជាងកំណែដែលបានដំឡើង { $installed }។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-undecryptable = មិនអាចឌិគ្រីបខ្លឹមសារដោយកូនសោរបស់ឃ្លាំងទិន្នន័យនេះបានទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-exchange-bad-key = កូនសោមួយមិនត្រឹមត្រូវ ({ $detail })។
error-exchange-encryption = ការអ៊ិនគ្រីបបរាជ័យ៖ { $detail }
error-key-file-invalid = មិនអាចអានឯកសារកូនសោ { $path } បានទេ។
error-sync-unreachable = មិនអាចទាក់ទងម៉ាស៊ីនមេរបស់ទីភ្នាក់ងារបានទេ ({ $detail })។ អ្វីៗនៅតែក្នុងជួររង់ចាំ។ សូមព្យាយាមម្តងទៀតពេលក្រោយ។
error-sync-refused = ម៉ាស៊ីនមេរបស់ទីភ្នាក់ងារបានបដិសេធសំណើ ({ $code })៖ { $detail }
error-sync-incomplete = កញ្ចប់ខ្លះនៅក្នុងជួររង់ចាំ៖ { $detail }។ វានឹងត្រូវផ្ញើនៅពេលធ្វើសមកាលកម្មលើកក្រោយ។
error-no-server = មិនស្គាល់អាសយដ្ឋានម៉ាស៊ីនមេរបស់ទីភ្នាក់ងារ។ សូមផ្តល់វាដោយ --server។
error-staff-key-wrong-passphrase = ឃ្លាសម្ងាត់មិនបើកឯកសារកូនសោបុគ្គលិកនេះទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
error-not-staff = ឃ្លាំងទិន្នន័យនេះមិនទាន់មានកូនសោបុគ្គលិកនៅឡើយ។ សូមដំឡើងឯកសារកូនសោបុគ្គលិកដែលម៉ាស៊ីនមេរបស់ទីភ្នាក់ងារបានសរសេរ (reviewdesk-server staff-key)។
error-panel-unknown-expert = កញ្ចប់នេះមកពី { $expert } ដែលឃ្លាំងទិន្នន័យនេះមិនស្គាល់កូនសោ។ សូមដំឡើងឯកសារកូនសោបុគ្គលិកថ្មីជាង។ គ្មានអ្វីត្រូវបាននាំចូលទេ។
error-panel-package-conflict = កញ្ចប់ផ្សេងដែលមានលេខសម្គាល់ដូចគ្នា ({ $package }) ត្រូវបាននាំចូលពីមុន។ គ្មានអ្វីត្រូវបាននាំចូលទេ។
error-panel-chain-broken = កញ្ចប់ { $sequence } របស់ { $expert } មិនស៊ីគ្នានឹងកញ្ចប់របស់គាត់ដែលបាននាំចូលរួច (កញ្ចប់ត្រូវបានជំនួស ឬកែប្រែ)។ គ្មានអ្វីត្រូវបាននាំចូលទេ។
error-panel-package-mismatch = ខ្លឹមសារនៃកញ្ចប់ { $package } ដាក់ឈ្មោះអ្នកជំនាញ ឬការអំពាវនាវខុសពីបញ្ជីសម្គាល់ដែលមានហត្ថលេខា។ គ្មានអ្វីត្រូវបាននាំចូលទេ។
error-panel-unknown-call = កញ្ចប់នេះសម្រាប់ការអំពាវនាវ { $call } ដែលមិនមាននៅក្នុងឃ្លាំងទិន្នន័យនេះ។ សូមនាំចូលទិន្នន័យទីភ្នាក់ងារនៃការអំពាវនាវនោះជាមុនសិន។
error-fonts-missing = ខ្វះពុម្ពអក្សរដែលឯកសារត្រូវការ៖ { $detail }
error-staff-vote-usage = ការបោះឆ្នោតសរសេរជា ពាក្យស្នើសុំ=សំឡេងឆ្នោត ឧទាហរណ៍ A001=4 មិនមែន { $vote } ទេ។
