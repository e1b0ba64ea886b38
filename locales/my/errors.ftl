# Errors, keyed by the code that crosses from the Rust core to the UI and the CLI.
error-vault-wrong-passphrase = စကားဝှက်စာစု မှားနေသည်။ ဘာမျှ မပြောင်းလဲပါ။
error-vault-not-found = { $path } တွင် ဒေတာလုံခြုံသိုလှောင်ရာ မရှိပါ။
error-vault-exists = { $path } တွင် ဒေတာလုံခြုံသိုလှောင်ရာ ရှိပြီးဖြစ်သည်။
error-vault-encryption-unavailable = ဤဗားရှင်းတွင် ကုဒ်ဝှက်ခြင်း မရှိသဖြင့် ReviewDesk သည် မည်သည့်ဒေတာကိုမျှ သိမ်းမည် မဟုတ်ပါ။
error-vault-key-file-damaged = ဒေတာလုံခြုံသိုလှောင်ရာ၏ သော့ဖိုင် ပျက်စီးနေသည် ({ $detail })။
error-vault-newer-schema = ဤဒေတာလုံခြုံသိုလှောင်ရာကို ReviewDesk ဗားရှင်းအသစ်က ရေးထားသည်။ ReviewDesk ကို အပ်ဒိတ်လုပ်ပါ။
error-vault-locked = ဒေတာလုံခြုံသိုလှောင်ရာကို သော့ခတ်ထားသည်။ ဦးစွာ ဖွင့်ပါ။
error-vault-corrupt = သိုလှောင်ရာရှိ ဒေတာ ပျက်စီးနေသည် ({ $detail })။
error-not-found = ID { $id } ဖြင့် ဘာမျှ မတွေ့ပါ။
error-passphrase-empty = စကားဝှက်စာစု ထည့်ပါ။
error-passphrase-mismatch = စကားဝှက်စာစု နှစ်ခု မကိုက်ညီပါ။
error-passphrase-too-weak = ဤစကားဝှက်စာစုကို ခန့်မှန်းရ လွယ်လွန်းသည်။ ဆက်စပ်မှုမရှိသော စကားလုံးများစွာကဲ့သို့ ပိုရှည်သော စာစုကို သုံးပါ။
error-io = ဖိုင်ကို ဖတ်၍ သို့မဟုတ် ရေး၍ မရပါ- { $detail }
error-internal = ReviewDesk အတွင်း တစ်ခုခု မှားယွင်းသွားသည်- { $detail }
error-document = အေဂျင်စီ ဒေတာဖိုင်ကို ငြင်းပယ်ခဲ့ပြီး ဘာမျှ မတင်သွင်းပါ။ { $location }{ $reason }
document-location = { $path } တွင်-{" "}
document-too-large = ဖိုင်သည် { $size } ဘိုက် ဖြစ်ပြီး ခွင့်ပြုထားသော { $limit } ဘိုက်ထက် ကျော်လွန်သည်။
document-syntax = မှန်ကန်သော JSON မဟုတ်ပါ (စာကြောင်း { $line }၊ ကော်လံ { $column })။
document-wrong-format = ReviewDesk အေဂျင်စီ ဒေတာဖိုင် မဟုတ်ပါ (ဖော်မတ်မှာ “{ $found }”)။
document-unsupported-version = ဖော်မတ်ဗားရှင်း { $found } ကို မပံ့ပိုးပါ။ ဤ ReviewDesk ဗားရှင်းသည် ဗားရှင်း { $supported } ကို ဖတ်သည်။
document-missing-field = မဖြစ်မနေ လိုအပ်သော အကွက် “{ $field }” မရှိပါ။
document-unknown-field = အကွက် “{ $field }” သည် ဖော်မတ်၏ အစိတ်အပိုင်း မဟုတ်ပါ။
document-unknown-value = “{ $value }” သည် ခွင့်ပြုထားသော တန်ဖိုးများထဲတွင် မပါပါ။
document-wrong-type = အမျိုးအစား မှားသည်- { $detail }။
document-invalid-value = တန်ဖိုး မမှန်ကန်ပါ- { $detail }။
document-blank-text = ဘာသာစကားတိုင်းတွင် စာသား ဗလာဖြစ်နေသည်။
document-bad-language-tag = “{ $tag }” သည် ဘာသာစကား tag မဟုတ်ပါ။
document-duplicate-id = ID “{ $id }” ကို နှစ်ကြိမ် သုံးထားသည်။
document-unknown-reference = ဖိုင်ထဲတွင် မရှိသော { $target ->
        [demand] လိုအပ်ချက်
        [application] လျှောက်လွှာ
        [attachment] ပူးတွဲဖိုင်
       *[expert] ကျွမ်းကျင်သူ
    } “{ $id }” ကို ရည်ညွှန်းထားသည်။
document-foreign-attachment = ပူးတွဲဖိုင် “{ $id }” သည် အခြားလျှောက်လွှာ၏ ပိုင်ဆိုင်မှု ဖြစ်သည်။
document-bad-base64 = ပူးတွဲဖိုင်၏ အကြောင်းအရာသည် မှန်ကန်သော base64 မဟုတ်ပါ။
document-size-mismatch = ပူးတွဲဖိုင်သည် { $actual } ဘိုက် ဖြစ်သော်လည်း { $declared } ဟု ကြေညာထားသည်။
document-digest-mismatch = ပူးတွဲဖိုင်၏ အကြောင်းအရာသည် ၎င်း၏ SHA-256 နှင့် မကိုက်ညီပါ။
document-unsupported-media-type = “{ $media_type }” အမျိုးအစား ပူးတွဲဖိုင်များကို လက်မခံပါ။
document-content-mismatch = ပူးတွဲဖိုင်၏ အကြောင်းအရာသည် { $media_type } ဖိုင် မဟုတ်ပါ။
document-invalid-rubric = ဤစံနှုန်းဖြင့် အမှတ်ပေး၍ မရပါ- { $fault ->
    [precision-too-high] ဒသမ နေရာ 4 ခုထက် ပို၍ ကြေညာထားသည်
    [no-criteria] အမှတ်ပေးသော စံနှုန်းတွင် အနည်းဆုံး စံတစ်ခု လိုသည်
    [duplicate-id] ID တစ်ခုကို နှစ်ကြိမ် သုံးထားသည်
    [weight-not-positive] အလေးချိန်သည် သုညထက် ကြီးရမည်
    [threshold-out-of-range] အနိမ့်ဆုံးမှတ်သည် 0 နှင့် 100 ကြားတွင် ရှိရမည်
    [no-items] စံတစ်ခုတွင် အနည်းဆုံး အခွဲတစ်ခု လိုသည်
    [bad-scale] စကေးတွင် အနိမ့်ဆုံးသည် အမြင့်ဆုံးအောက်တွင် ရှိပြီး အဆင့်သည် အပေါင်း ဖြစ်ရမည်
    [step-not-dividing] အဆင့်သည် စကေး၏ အပိုင်းအခြားကို ပြတ်ပြတ်စား ရမည်
   *[bad-comment-rule] မှတ်ချက်စည်းမျဉ်းသည် 0 ≤ အောက် ≤ အထက် ≤ 1 ဖြစ်ရမည်
}။
error-sheet-locked = { $id } ၏ အမှတ်ပေးစာရွက်ကို တင်သွင်းပြီးဖြစ်၍ ပြောင်း၍ မရတော့ပါ။ ဗားရှင်းအသစ်အတွက် ပြင်ဆင်မှု စတင်ပါ။
error-sheet-invalid = အမှတ်ပေးစာရွက်တွင် မှားသော တန်ဖိုး ရှိသည် ({ $item })။ ဘာမျှ မသိမ်းပါ။
error-sheet-incomplete = အမှတ်ပေးစာရွက်ကို မတင်သွင်းနိုင်သေးပါ- { $count } ခု ပျက်ကွက်နေသေးသည်။
error-sheet-deadline-passed = ကြိုတင်အကဲဖြတ်ခြင်းကို { $date } တွင် ပိတ်ခဲ့ပြီ။ တင်သွင်းပြီးသော စာရွက်များကို ပြင်ဆင်၍ မရတော့ပါ။
error-sheet-file-invalid = အမှတ်ပေးစာရွက်ဖိုင်ကို ဖတ်၍ မရပါ- { $detail }

## Enrollment and assignment bundles
error-already-enrolled = ဤဒေတာလုံခြုံသိုလှောင်ရာကို ကျွမ်းကျင်သူ { $id } အဖြစ် စာရင်းသွင်းပြီးဖြစ်သည်။
error-enrollment-not-started = တုံ့ပြန်ချက်ကို စောင့်ဆိုင်းနေသော စာရင်းသွင်းမှု မရှိပါ။ စာရင်းသွင်းတောင်းဆိုချက်ဖြင့် စတင်ပါ။
error-enrollment-file-invalid = စာရင်းသွင်းဖိုင်ကို ဖတ်၍ မရပါ- { $detail }
error-enroll-usage = စာရင်းသွင်းရန် --expert နှင့် --code ကို --server (အွန်လိုင်း) သို့မဟုတ် --request (အော့ဖ်လိုင်း) နှင့်အတူ ပေးပါ၊ သို့မဟုတ် အော့ဖ်လိုင်း စာရင်းသွင်းမှုကို အပြီးသတ်ရန် --response ကို ပေးပါ။
error-not-enrolled = ဤဒေတာလုံခြုံသိုလှောင်ရာကို အေဂျင်စီတွင် စာရင်းမသွင်းရသေးသဖြင့် တာဝန်ပေးအပ်မှုအစုံ၏ လက်မှတ်ကို မစစ်ဆေးနိုင်ပါ။
error-bundle-call-mismatch = တာဝန်ပေးအပ်မှုအစုံ၏ အကြောင်းအရာသည် အခြားခေါ်ယူမှု ({ $id }) နှင့် သက်ဆိုင်သည်။ ဘာမျှ မတင်သွင်းပါ။
error-exchange-malformed = { $kind ->
    [bundle] တာဝန်ပေးအပ်မှုအစုံ
   *[package] အမှတ်ထုပ်
} ပျက်စီးနေသည် သို့မဟုတ် ReviewDesk ဖိုင် မဟုတ်ပါ ({ $detail })။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-unsafe-path = ဖိုင်ကို ငြင်းပယ်သည်- entry “{ $name }” သည် archive ပြင်ပသို့ ညွှန်ပြသည်။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-symlink = ဖိုင်ကို ငြင်းပယ်သည်- entry “{ $name }” သည် link ဖြစ်သည်။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-duplicate-name = ဖိုင်ကို ငြင်းပယ်သည်- entry နှစ်ခုတွင် အမည်တူ ရှိသည်။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-overlapping-entries = ဖိုင်ကို ငြင်းပယ်သည်- ၎င်း၏ entry များ ထပ်နေသည်။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-too-many-entries = ဖိုင်ကို ငြင်းပယ်သည်- entry { $count } ခု၊ အများဆုံး { $limit } ခုသာ ခွင့်ပြုသည်။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-too-large = ဖိုင်ကို ငြင်းပယ်သည်- { $size } ဘိုက်၊ အများဆုံး { $limit } သာ ခွင့်ပြုသည်။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-compression-ratio = ဖိုင်ကို ငြင်းပယ်သည်- entry “{ $name }” သည် { $limit } ဆထက် ပို၍ ချဲ့ထွင်သွားမည်။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-unexpected-entry = ဖိုင်ကို ငြင်းပယ်သည်- မမျှော်လင့်သော entry “{ $name }” ပါဝင်သည်။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-not-canonical = ဖိုင်ကို ငြင်းပယ်သည်- ၎င်း၏ manifest သည် စံပုံစံ မဟုတ်ပါ။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-wrong-kind = ဤဖိုင်သည် “{ $found }” ဖိုင် ဖြစ်ပြီး { $expected ->
    [bundle] တာဝန်ပေးအပ်မှုအစုံ
   *[package] အမှတ်ထုပ်
} မဟုတ်ပါ။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-unsupported-version = ဖိုင်သည် ဖော်မတ်ဗားရှင်း { $found } ကို သုံးထားပြီး ဤ ReviewDesk ဗားရှင်းက ဖတ်၍ မရပါ။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-bad-signature = လက်မှတ် မကိုက်ညီပါ- ဖိုင်ကို မျှော်မှန်းထားသူက မပြုလုပ်ခဲ့ သို့မဟုတ် ပြင်ဆင်ခံထားရသည်။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-hash-mismatch = ဖိုင်ကို ငြင်းပယ်သည်- “{ $name }” ကို လက်မှတ်ထိုးပြီးနောက် ပြင်ဆင်ထားသည်။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-wrong-recipient = ဤဖိုင်ကို အခြားသူထံ ပို့ထားသည်။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-expired = တာဝန်ပေးအပ်မှုအစုံသည် { $date } တွင် သက်တမ်းကုန်ခဲ့သည်။ အေဂျင်စီထံ အသစ်တောင်းပါ။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-rollback = တာဝန်ပေးအပ်မှုအစုံသည် ဗားရှင်း { $sequence } ဖြစ်ပြီး ထည့်သွင်းထားသော ဗားရှင်း { $installed } ထက် ဟောင်းသည်။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-undecryptable = ဤဒေတာလုံခြုံသိုလှောင်ရာ၏ သော့ဖြင့် အကြောင်းအရာကို ကုဒ်ဖြည်၍ မရပါ။ ဘာမျှ မပြောင်းလဲပါ။
error-exchange-bad-key = သော့တစ်ခု မမှန်ကန်ပါ ({ $detail })။
error-exchange-encryption = ကုဒ်ဝှက်ခြင်း မအောင်မြင်ပါ- { $detail }
error-key-file-invalid = သော့ဖိုင် { $path } ကို ဖတ်၍ မရပါ။
error-sync-unreachable = အေဂျင်စီ ဆာဗာကို ဆက်သွယ်၍ မရပါ ({ $detail })။ အားလုံး တန်းစီလျက် ရှိနေမည်။ နောက်မှ ထပ်ကြိုးစားပါ။
error-sync-refused = အေဂျင်စီ ဆာဗာက တောင်းဆိုချက်ကို ငြင်းပယ်သည် ({ $code })- { $detail }
error-sync-incomplete = အမှတ်ထုပ်အချို့ တန်းစီလျက် ရှိနေသေးသည်- { $detail }။ နောက်တစ်ကြိမ် ချိန်ကိုက်ချိန်တွင် ပို့ပါမည်။
error-no-server = အေဂျင်စီ ဆာဗာလိပ်စာကို မသိပါ။ --server ဖြင့် ပေးပါ။
error-staff-key-wrong-passphrase = စကားဝှက်စာစုဖြင့် ဤဝန်ထမ်းသော့ဖိုင်ကို ဖွင့်၍ မရပါ။ ဘာမျှ မပြောင်းလဲပါ။
error-not-staff = ဤဒေတာလုံခြုံသိုလှောင်ရာတွင် ဝန်ထမ်းသော့ မရှိသေးပါ။ အေဂျင်စီ ဆာဗာက ရေးသော ဝန်ထမ်းသော့ဖိုင်ကို ထည့်သွင်းပါ (reviewdesk-server staff-key)။
error-panel-unknown-expert = ဤအမှတ်ထုပ်သည် ဤဒေတာလုံခြုံသိုလှောင်ရာက သော့ကို မသိသော { $expert } ထံမှ ဖြစ်သည်။ ဝန်ထမ်းသော့ဖိုင် အသစ်ကို ထည့်သွင်းပါ။ ဘာမျှ မတင်သွင်းပါ။
error-panel-package-conflict = ID တူ ({ $package }) ရှိသော အခြားအမှတ်ထုပ်ကို ယခင်က တင်သွင်းခဲ့သည်။ ဘာမျှ မတင်သွင်းပါ။
error-panel-chain-broken = { $expert } ၏ အမှတ်ထုပ် { $sequence } သည် တင်သွင်းပြီးသော ၎င်း၏ အမှတ်ထုပ်များနှင့် မကိုက်ညီပါ (အစားထိုးထား သို့မဟုတ် ပြင်ဆင်ထားသော အမှတ်ထုပ်)။ ဘာမျှ မတင်သွင်းပါ။
error-panel-package-mismatch = အမှတ်ထုပ် { $package } ၏ အကြောင်းအရာသည် လက်မှတ်ထိုးထားသော manifest နှင့် မတူသော ကျွမ်းကျင်သူ သို့မဟုတ် ခေါ်ယူမှုကို ဖော်ပြသည်။ ဘာမျှ မတင်သွင်းပါ။
error-panel-unknown-call = ဤအမှတ်ထုပ်သည် ဤဒေတာလုံခြုံသိုလှောင်ရာတွင် မရှိသော ခေါ်ယူမှု { $call } အတွက် ဖြစ်သည်။ ထိုခေါ်ယူမှု၏ အေဂျင်စီ ဒေတာကို ဦးစွာ တင်သွင်းပါ။
error-fonts-missing = စာရွက်စာတမ်းအတွက် လိုအပ်သော ဖောင့် မရှိပါ- { $detail }
error-staff-vote-usage = မဲကို လျှောက်လွှာ=မဲအရေအတွက် ဟု ရေးသည်၊ ဥပမာ A001=4၊ { $vote } မဟုတ်ပါ။
