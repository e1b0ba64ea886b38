# The desktop app's interface.
app-title = ReviewDesk
app-tagline = နယ်စပ်ဖြတ်ကျော် ပွင့်လင်းယှဉ်ပြိုင်မှုအတွက် ကျွမ်းကျင်သူများ၏ အကဲဖြတ်ခြင်း
language-label = ဘာသာစကား
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
yes = ဟုတ်ကဲ့
no = မဟုတ်ပါ
none = မရှိ
close = ပိတ်ရန်
cancel = မလုပ်တော့ပါ
save = သိမ်းရန်
months = { $count } လ

## First run: creating the vault
setup-title = သင်၏ ဒေတာလုံခြုံသိုလှောင်ရာကို ဖန်တီးပါ
setup-intro = ReviewDesk သည် သင့်ထံ တာဝန်ပေးထားသော လျှောက်လွှာများကို ဤကွန်ပျူတာပေါ်ရှိ ကုဒ်ဝှက်ထားသော ဒေတာလုံခြုံသိုလှောင်ရာတွင် သိမ်းဆည်းသည်။ ၎င်းကို ကာကွယ်ရန် စကားဝှက်စာစုတစ်ခု ရွေးပါ။ မေ့သွားပါက နောက်တွင်ပြမည့် ပြန်လည်ရယူရေးသော့ဖြင့် ဖွင့်နိုင်သည်။
setup-passphrase = စကားဝှက်စာစု
setup-confirm = စကားဝှက်စာစုကို ထပ်ရိုက်ပါ
setup-create = ဒေတာလုံခြုံသိုလှောင်ရာ ဖန်တီးရန်
setup-creating = ဒေတာလုံခြုံသိုလှောင်ရာကို ဖန်တီးနေသည်…
setup-demo-note = နမူနာခေါ်ယူမှုကို ဒေတာလုံခြုံသိုလှောင်ရာအသစ်ထဲသို့ တင်သွင်းပါမည်။
strength-label = ခိုင်မာမှု- { $level ->
        [0] အလွန်အားနည်း
        [1] အားနည်း
        [2] အသင့်အတင့်
        [3] ကောင်း
       *[4] ခိုင်မာ
    }
strength-hint-short = အနည်းဆုံး စာလုံး 12 လုံး သုံးပါ။
strength-hint-words = ဆက်စပ်မှုမရှိသော စကားလုံးများစွာသည် ခိုင်မာပြီး မှတ်မိလွယ်သည်။
strength-hint-ok = ကောင်းမွန်သော စကားဝှက်စာစု။

## Unlocking
unlock-title = သင်၏ ဒေတာလုံခြုံသိုလှောင်ရာကို ဖွင့်ပါ
unlock-passphrase = စကားဝှက်စာစု
unlock-button = ဖွင့်ရန်
unlock-working = ဖွင့်နေသည်…
unlock-auto-locked = အသုံးမပြုဘဲ အချိန်အတန်ကြာသဖြင့် ဒေတာလုံခြုံသိုလှောင်ရာ အလိုအလျောက် သော့ခတ်သွားသည်။
unlock-locked = ဒေတာလုံခြုံသိုလှောင်ရာကို သော့ခတ်ထားသည်။

## Main screen
main-lock = သော့ခတ်ရန်
main-import = အေဂျင်စီ ဒေတာ တင်သွင်းရန်…
main-settings = ဆက်တင်များ
import-progress = တင်သွင်းနေသည်… { $total } ခုအနက် { $done } ခု
import-done = လိုအပ်ချက် { $demands } ခုအတွက် လျှောက်လွှာ { $applications } ခု တင်သွင်းပြီး။
import-replaced = ဖိုင်အသစ်ဖြင့် ခေါ်ယူမှုကို အပ်ဒိတ်လုပ်ပြီး- လိုအပ်ချက် { $demands } ခုအတွက် လျှောက်လွှာ { $applications } ခု။
import-unchanged = ဤဖိုင်ကို တင်သွင်းပြီးဖြစ်သည်။ ဘာမျှ မပြောင်းလဲပါ။
search-label = လျှောက်လွှာ ရှာရန်
search-placeholder = အမည်၊ ခရက်ဒစ်ကုဒ်၊ အဖွဲ့ဝင်၊ လိုအပ်ချက်…
filter-country = နိုင်ငံ
filter-field = နယ်ပယ်
filter-all = အားလုံး
clear-filters = စစ်ထုတ်မှုများ ရှင်းရန်
list-count = လျှောက်လွှာ { $applications } ခု · လိုအပ်ချက် { $demands } ခု
list-no-match = ကိုက်ညီသော လျှောက်လွှာ မရှိပါ။ အားလုံးကြည့်ရန် ရှာဖွေမှု သို့မဟုတ် စစ်ထုတ်မှုများကို ရှင်းပါ။
empty-title = အေဂျင်စီ ဒေတာ မရှိသေးပါ
empty-body = ဤခေါ်ယူမှုအတွက် သင်လက်ခံရရှိသော အေဂျင်စီ ဒေတာဖိုင်ကို တင်သွင်းပါ။ ၎င်းသည် ဤကွန်ပျူတာပေါ်တွင် ကုဒ်ဝှက်ထားလျက် ရှိနေမည်။
demand-applicants = လျှောက်ထားသူ { $count } ဦး
demand-single = လျှောက်ထားသူ တစ်ဦးတည်း- ပုံစံဆိုင်ရာစိစစ်ခြင်းပြီးနောက် စာချုပ်လက်မှတ်ရေးထိုးခြင်းသို့ တိုက်ရိုက်သွားသည်။
select-prompt = ဤနေရာတွင် ဖတ်ရန် ဘယ်ဘက်မှ လျှောက်လွှာတစ်ခု ရွေးပါ။
deadline = လျှောက်လွှာ နောက်ဆုံးရက်- { $date }

## Settings
settings-title = ဆက်တင်များ
settings-auto-lock = ဤမိနစ်အရေအတွက် အသုံးမပြုပါက သော့ခတ်ရန်
settings-saved = ဆက်တင်များ သိမ်းပြီး။
settings-change-passphrase = စကားဝှက်စာစု ပြောင်းရန်
settings-new-passphrase = စကားဝှက်စာစု အသစ်
settings-passphrase-changed = စကားဝှက်စာစုကို ပြောင်းပြီး။

## Application view
app-section-overview = ခြုံငုံသုံးသပ်ချက်
app-demand = လိုအပ်ချက်
app-demand-side = လိုအပ်ချက်တင်ပြသူ
app-country = နိုင်ငံ
app-field = နယ်ပယ်
app-need = နည်းပညာဆိုင်ရာ လိုအပ်ချက်
app-goals = ရည်မှန်းချက်များ
app-scenario = အသုံးချမည့် အခြေအနေ
app-resource-line = { $kind }- { $description }
app-resources = လိုအပ်ချက်တင်ပြသူက ပံ့ပိုးမည့် အရင်းအမြစ်များ
app-submitted = တင်သွင်းသည့်ရက်
app-recommendation = ထောက်ခံသူ
app-self-recommended = ကိုယ်တိုင် လျှောက်ထားခြင်း
app-section-applicants = လျှောက်ထားသူများ
app-lead = ဦးဆောင်လျှောက်ထားသူ
app-member = ပူးပေါင်းအဖွဲ့ဝင်
app-unit-kind = အမျိုးအစား
app-credit-code = ပေါင်းစည်းလူမှုခရက်ဒစ်ကုဒ်
app-credit-valid = စစ်ဆေးစာလုံး မှန်ကန်သည်
app-credit-invalid = မှန်ကန်သောကုဒ် မဟုတ်ပါ- { $reason }
app-registered-on = မှတ်ပုံတင်သည့်ရက်
app-address = မှတ်ပုံတင်လိပ်စာ
app-legal-person = လွတ်လပ်သော တရားဝင်အဖွဲ့အစည်း
app-section-finance = သုတေသနနှင့်ဖွံ့ဖြိုးရေး ရင်းနှီးမြှုပ်နှံမှု (ယမန်နှစ်)
app-unit = အဖွဲ့အစည်း
app-year = ခုနှစ်
app-revenue = အဓိကလုပ်ငန်း ဝင်ငွေ
app-rnd-spend = သုတေသနနှင့်ဖွံ့ဖြိုးရေး အသုံးစရိတ်
app-rnd-intensity = သုတေသနနှင့်ဖွံ့ဖြိုးရေးအချိုး
app-section-team = အဖွဲ့
app-leader = စီမံကိန်းခေါင်းဆောင်
app-name = အမည်
app-role = တာဝန်
app-full-time = အချိန်ပြည့် သုတေသီ
app-languages = ဘာသာစကားများ
app-international = နိုင်ငံတကာ အတွေ့အကြုံ
app-can-work-in-asean = အာဆီယံတွင် အလုပ်လုပ်နိုင်သည်
app-team-summary = { $people } ဦး၊ အချိန်ပြည့် သုတေသီ { $fulltime } ဦး
app-section-ip = ဉာဏပစ္စည်း
app-ip-line = { $kind }၊ အမှတ် { $number }၊ ပိုင်ဆိုင်သူ { $holder }၊ ထုတ်ပေးသည့်ရက် { $date }
app-section-cases = စီးပွားဖြစ်အသုံးချမှုဥပမာများ
app-case-line = { $year } · ဖောက်သည်- { $customer } · စာချုပ်တန်ဖိုး- { $value }
app-section-integrity = သုတေသနသမာဓိ
app-sanction = အသက်ဝင်ဆဲ ပြစ်ဒဏ်ရှိကြောင်း ကြေညာထားသည်
app-commitment-letter = သမာဓိ ကတိကဝတ်စာ
app-credit-report = အများပြည်သူ ခရက်ဒစ်အစီရင်ခံစာ
app-supplied = ပေးထားသည်
app-missing = ပျက်ကွက်
app-section-feasibility = ဖြစ်နိုင်ခြေလေ့လာမှုအစီရင်ခံစာ
app-section-not-supplied = ဤအပိုင်းကို မပေးထားပါ
app-section-budget = ဘတ်ဂျက်နှင့် ကာလ
app-public-request = တောင်းခံသော အစိုးရရန်ပုံငွေ
app-self-raised = ကိုယ်ပိုင်ရန်ပုံငွေ
app-matching = ထည့်ဝင်ငွေအချိုး (ကိုယ်ပိုင် : အစိုးရ)
app-period = အကောင်အထည်ဖော်ကာလ
app-funding-sources = ရန်ပုံငွေ ရင်းမြစ်များ
app-section-cooperation = ပူးပေါင်းဆောင်ရွက်မှု ပုံစံများ
app-section-partnership = အာဆီယံမိတ်ဖက်အခြေခံ
app-agreements = ပူးပေါင်းဆောင်ရွက်မှု သဘောတူညီချက်များနှင့် ပူးတွဲစီမံကိန်းများ
app-deployments = အာဆီယံတွင် အသုံးချမှုများ
app-local-teams = ဒေသတွင်း အဖွဲ့များနှင့် မိတ်ဖက်များ
app-since = { $date } မှစ၍
app-section-relation = လိုအပ်ချက်တင်ပြသူနှင့် ဆက်နွယ်မှု
app-no-relation = ဆက်နွယ်မှု ကြေညာထားခြင်း မရှိပါ
app-section-attachments = ပူးတွဲဖိုင်များ
app-open-attachment = ဖွင့်ရန်
attachment-loading = ပူးတွဲဖိုင်ကို ဖွင့်နေသည်…
attachment-page = စာမျက်နှာ { $pages } အနက် { $page }
attachment-previous = ယခင် စာမျက်နှာ
attachment-next = နောက် စာမျက်နှာ
attachment-unsupported = ဤပူးတွဲဖိုင်ကို ဤနေရာတွင် ပြသ၍ မရပါ။

## Countries
country-BN = ဘရူနိုင်း
country-KH = ကမ္ဘောဒီးယား
country-ID = အင်ဒိုနီးရှား
country-LA = လာအို
country-MY = မလေးရှား
country-MM = မြန်မာ
country-PH = ဖိလစ်ပိုင်
country-SG = စင်ကာပူ
country-TH = ထိုင်း
country-VN = ဗီယက်နမ်

## Fields
field-smart_agriculture = စမတ်စိုက်ပျိုးရေး
field-healthcare = ကျန်းမာရေး စောင့်ရှောက်မှု
field-smart_manufacturing = စမတ်ထုတ်လုပ်မှု
field-logistics = ထောက်ပံ့ပို့ဆောင်ရေး
field-energy = စွမ်းအင်
field-education = ပညာရေး
field-finance = ငွေကြေး
field-tourism = ခရီးသွားလုပ်ငန်း
field-environment = ပတ်ဝန်းကျင်
field-smart_city = စမတ်မြို့
field-language_technology = ဘာသာစကား နည်းပညာ
field-other = အခြား

## Kinds of organisation
demand-side-university = တက္ကသိုလ်
demand-side-research_institute = သုတေသနဌာန
demand-side-enterprise = လုပ်ငန်း
demand-side-government_body = အစိုးရအဖွဲ့အစည်း
unit-enterprise = လုပ်ငန်း
unit-university = တက္ကသိုလ်
unit-research_institute = သုတေသနဌာန
unit-other = အခြား

## Resources, cooperation, relations, IP, attachments
resource-funds = ရန်ပုံငွေ
resource-site = နေရာ
resource-data = ဒေတာ
resource-personnel = ဝန်ထမ်း
resource-policy_coordination = မူဝါဒ ညှိနှိုင်းမှု
mode-technology_transfer = နည်းပညာလွှဲပြောင်းမှု
mode-joint_rnd = ပူးတွဲ သုတေသနနှင့်ဖွံ့ဖြိုးရေး
mode-training = လေ့ကျင့်ရေး
mode-technology_licensing = နည်းပညာ လိုင်စင်ပေးခြင်း
mode-technology_investment = နည်းပညာ ရင်းနှီးမြှုပ်နှံမှု
mode-other = အခြား
relation-same_unit = အဖွဲ့အစည်းတစ်ခုတည်း
relation-subsidiary = လက်အောက်ခံကုမ္ပဏီ
relation-control = ထိန်းချုပ်မှု
relation-joint_control = ပူးတွဲထိန်းချုပ်မှု
relation-significant_influence = သိသာသော လွှမ်းမိုးမှု
relation-equity = အစုရှယ်ယာ ဆက်နွယ်မှု
relation-related_party_transactions = ဆက်စပ်ပုဂ္ဂိုလ် အရောင်းအဝယ်များ
ip-invention_patent = တီထွင်မှု မူပိုင်ခွင့်
ip-utility_patent = အသုံးဝင်ပုံစံ မူပိုင်ခွင့်
ip-software_copyright = ဆော့ဖ်ဝဲ မူပိုင်ခွင့်
ip-other = အခြား
attachment-business_licence = လုပ်ငန်းလိုင်စင်
attachment-audited_financial_report = စာရင်းစစ်ထားသော ဘဏ္ဍာရေးအစီရင်ခံစာ
attachment-staff_list = ဝန်ထမ်းစာရင်း
attachment-ip_certificate = ဉာဏပစ္စည်း လက်မှတ်
attachment-commercialisation_evidence = စီးပွားဖြစ်အသုံးချမှု အထောက်အထား
attachment-integrity_commitment = သမာဓိ ကတိကဝတ်စာ
attachment-credit_report = အများပြည်သူ ခရက်ဒစ်အစီရင်ခံစာ
attachment-feasibility_report = ဖြစ်နိုင်ခြေလေ့လာမှုအစီရင်ခံစာ
attachment-cooperation_agreement = ပူးပေါင်းဆောင်ရွက်မှု သဘောတူညီချက်
attachment-relation_declaration = ဆက်နွယ်မှု ကြေညာချက်
attachment-other = အခြား

## Feasibility report sections
section-technology_status = နည်းပညာ အခြေအနေနှင့် လမ်းကြောင်း
section-research_base = လျှောက်ထားသူ၏ သုတေသန အခြေခံ
section-asean_market_feasibility = အာဆီယံ ပစ်မှတ်ဈေးကွက်အတွက် ဖြစ်နိုင်ခြေ
section-rnd_content_and_route = သုတေသန အကြောင်းအရာနှင့် နည်းပညာလမ်းကြောင်း
section-organisation = စီစဉ်ဖွဲ့စည်းမှု
section-innovations = ဆန်းသစ်တီထွင်မှုများ
section-schedule = အချိန်ဇယား
section-economic_benefit = မျှော်မှန်းထားသော စီးပွားရေး အကျိုးကျေးဇူး
section-deployment_plan = အသုံးချမည့် အခြေအနေအတွက် အကောင်အထည်ဖော်ရေး အစီအစဉ်
section-budget_and_funding = ဘတ်ဂျက်နှင့် ရန်ပုံငွေ ရင်းမြစ်များ
section-risk_response = အန္တရာယ် တုံ့ပြန်မှု
section-local_partners = အာဆီယံ ဒေသတွင်း မိတ်ဖက်များ
section-ip_and_benefit_sharing = ဉာဏပစ္စည်း ပိုင်ဆိုင်မှုနှင့် အကျိုးခံစားခွင့် ခွဲဝေမှု

## Credit code problems
credit-wrong-length = စာလုံး 18 လုံး ရှိရမည်
credit-bad-character = ကုဒ်များတွင် မသုံးသော စာလုံး ပါဝင်သည်
credit-bad-division = စာလုံး 3 မှ 8 အထိ ဂဏန်းများ ဖြစ်ရမည်
credit-check-mismatch = စစ်ဆေးစာလုံး မှားသည်

## Sync with the agency
sync-title = အေဂျင်စီနှင့် ချိန်ကိုက်ရန်
sync-short-idle = ချိတ်ဆက်မထားပါ
sync-short-sending = ပို့နေသည်…
sync-short-offline = { $queued ->
    [0] အော့ဖ်လိုင်း
   *[other] အော့ဖ်လိုင်း · { $queued } ခု စောင့်ဆိုင်း
}
sync-short-all_synced = အားလုံး ချိန်ကိုက်ပြီး
sync-short-needs_attention = အာရုံစိုက်ရန် လိုသည်
sync-short-revoked = သော့ ရုပ်သိမ်းပြီး
sync-phase-idle = အေဂျင်စီ ဆာဗာနှင့် ချိတ်ဆက်မထားပါ။
sync-phase-sending = အမှတ်ထုပ်များ ပို့နေသည်…
sync-phase-offline = အေဂျင်စီ ဆာဗာကို ဆက်သွယ်၍ မရပါ။ { $queued ->
    [0] စောင့်ဆိုင်းနေသည့်အရာ မရှိပါ။
   *[other] အမှတ်ထုပ် { $queued } ခု စောင့်ဆိုင်းနေပြီး ချိတ်ဆက်မှု ပြန်ရသည့်အခါ ပို့ပါမည်။
}
sync-phase-all_synced = တင်သွင်းခဲ့သမျှ အားလုံး လက်မှတ်ထိုးထားသော ပြေစာနှင့်အတူ အေဂျင်စီသို့ ရောက်ရှိပြီး။
sync-phase-revoked = အေဂျင်စီက ဤလက်ပ်တော့၏ သော့ကို ရုပ်သိမ်းလိုက်သဖြင့် ဤသိုလှောင်ရာမှ ဘာမျှ ထပ်မပို့တော့ပါ။ { $queued ->
    [0] စောင့်နေသည့်အရာ မရှိပါ။
   *[other] ပက်ကေ့ချ် { $queued } ခု မပို့ဘဲ ဤနေရာတွင် ကျန်ရှိသည်။
}
sync-phase-needs_attention = အေဂျင်စီက အမှတ်ထုပ် { $quarantined } ခုကို ငြင်းပယ်ခဲ့သည်။ အကြောင်းရင်းကို အောက်တွင် ကြည့်ပါ။
sync-not-enrolled = ဤဒေတာလုံခြုံသိုလှောင်ရာသည် အေဂျင်စီနှင့် ချိတ်ဆက်ရသေးခြင်း မရှိပါ။ ဆာဗာလိပ်စာ၊ သင်၏ ကျွမ်းကျင်သူ ID နှင့် အေဂျင်စီက ပေးသော တစ်ကြိမ်သုံးကုဒ်ကို ထည့်ပါ။ ကွန်ရက်မရှိပါက command line ကို သုံးပါ- reviewdesk enroll --request။
sync-server = အေဂျင်စီ ဆာဗာလိပ်စာ
sync-expert-id = ကျွမ်းကျင်သူ ID
sync-code = တစ်ကြိမ်သုံးကုဒ်
sync-enroll = ချိတ်ဆက်ရန်
sync-enrolled = { $id } အဖြစ် ချိတ်ဆက်ပြီး။ အေဂျင်စီ၏ သော့ကို ပင်ထိုးပြီးဖြစ်သည်။
sync-identity = ကျွမ်းကျင်သူ { $id } · ဆာဗာ { $server }
sync-agency-key = အေဂျင်စီ၏ သော့- { $key }
sync-now = ယခု ချိန်ကိုက်ရန်
sync-export = အမှတ်ထုပ်များကို ဖိုင်တွဲသို့ ထုတ်ရန်…
sync-exported = { $count ->
    [0] ထုတ်ရန် လိုသော အမှတ်ထုပ် မရှိပါ။
   *[other] အမှတ်ထုပ် { $count } ခု ရေးပြီး။ ၎င်းတို့ကို အေဂျင်စီထံ ပေးအပ်ပါ။
}
sync-empty = အမှတ်ထုပ် မရှိသေးပါ- အမှတ်ပေးစာရွက် တင်သွင်းလျှင် တစ်ခု ဖြစ်လာမည်။
sync-applications = လျှောက်လွှာများ
sync-state = အခြေအနေ
package-queued = ပို့ရန် စောင့်ဆိုင်းနေသည်
package-at_meeting = အစည်းအဝေးဗဟို လက်ခံပြီး; နောက်တစ်ကြိမ် ထပ်တူပြုချိန်တွင် အေဂျင်စီဆာဗာသို့ ပို့မည်
package-delivered = ပို့ပြီး၊ ပြေစာ သိမ်းထားသည်
package-quarantined = အေဂျင်စီက ငြင်းပယ်သည်
receipt-received = အေဂျင်စီက { $at } တွင် လက်ခံရရှိသည်
receipt-digest = အမှတ်ထုပ်၏ လက်ဗွေ (၎င်း၏ manifest ၏ SHA-256)
receipt-signature = အေဂျင်စီ၏ လက်မှတ်
receipt-explained = အေဂျင်စီသည် ဤပြေစာကို ၎င်း၏သော့ဖြင့် လက်မှတ်ထိုးထားပြီး ဤဒေတာလုံခြုံသိုလှောင်ရာက ရောက်ရှိချိန်တွင် စစ်ဆေးခဲ့သည်- အမှတ်ထုပ်သည် မပြောင်းလဲဘဲ အေဂျင်စီသို့ ရောက်ရှိကြောင်း သက်သေ။

## Staff mode: the panel's results
main-panel = အဖွဲ့၏ ရလဒ်များ
settings-staff = အေဂျင်စီဝန်ထမ်း
settings-staff-note = အေဂျင်စီဝန်ထမ်းများသည် အေဂျင်စီ ဆာဗာက ရေးသော ဝန်ထမ်းသော့ဖိုင်ကို ထည့်သွင်းကြသည်။ ၎င်းဖြင့် ဤဒေတာလုံခြုံသိုလှောင်ရာသည် ကျွမ်းကျင်သူအဖွဲ့၏ အမှတ်ထုပ်များကို ဖွင့်စစ်ဆေးပြီး အကဲဖြတ်အစည်းအဝေးမှတ်တမ်းကို ရေးသည်။
settings-staff-passphrase = ဝန်ထမ်းသော့ဖိုင်၏ စကားဝှက်စာစု
settings-staff-install = ဝန်ထမ်းသော့ ထည့်သွင်းရန်…
settings-staff-installed = ဝန်ထမ်းသော့ ထည့်သွင်းပြီး။
settings-connection = ချိတ်ဆက်မှု
settings-insecure-http = အခြားစက်ပေါ်ရှိ အေဂျင်စီဆာဗာသို့ ရိုးရိုး HTTP ကို ခွင့်ပြုရန်
settings-insecure-http-note = အေဂျင်စီက တောင်းဆိုပြီး သင်ယုံကြည်သော ကွန်ရက်ပေါ်တွင်သာ - စကားဝှက်နှင့် အမှတ်များသည် ကာကွယ်မှုမရှိဘဲ ဖြတ်သွားမည်။ ဤစက်ပေါ်ရှိ ဆာဗာကို အမြဲခွင့်ပြုသည်။
panel-title = အဖွဲ့၏ ရလဒ်များ
panel-import = အမှတ်ထုပ်ဖိုင်များ တင်သွင်းရန်…
panel-fetch = ဆာဗာမှ ရယူရန်
panel-fetch-user = ဝန်ထမ်းအကောင့်
panel-fetch-password = စကားဝှက်
panel-imported = { $count ->
    [0] အမှတ်ထုပ်အသစ် မရှိပါ- အားလုံးကို ယခင်က တင်သွင်းပြီးဖြစ်သည်။
   *[other] အမှတ်ထုပ် { $count } ခုကို စစ်ဆေးပြီး တင်သွင်းပြီး။
}
panel-fetched = { $count ->
    [0] ဆာဗာပေါ်တွင် အမှတ်ထုပ်အသစ် မရှိပါ။
   *[other] အမှတ်ထုပ်အသစ် { $count } ခုကို ရယူ၊ စစ်ဆေးပြီး တင်သွင်းပြီး။
}
panel-import-aside = သီးခြားထားသည်- { $waiting } ခုသည် တူညီသော ကျွမ်းကျင်သူ၏ အရင်အမှတ်ထုပ်ကို စောင့်နေသည်၊ { $refused } ခုသည် နေရာကို ထိန်းထားသော်လည်း အမှတ်များ ငြင်းပယ်ခံရသဖြင့် မရေတွက်ပါ။
panel-forwarded = အစည်းအဝေးတွင် ရရှိပြီး အေဂျင်စီဆာဗာသို့ ထပ်ဆင့်ပို့ခဲ့သော အထုပ်များ- { $count }။
panel-export-minutes = အကဲဖြတ်အစည်းအဝေးမှတ်တမ်း ရေးရန်…
panel-export-opinions = ထင်မြင်ချက်ပုံစံများ ရေးရန်…
panel-export-matrix = အမှတ်ဇယား ထုတ်ရန်…
panel-written = ရေးပြီး- { $path }
panel-saved = သိမ်းပြီး။
panel-save = သိမ်းရန်
panel-meeting = အစည်းအဝေး
panel-meeting-date = ရက်စွဲ
panel-meeting-place = နေရာ
panel-meeting-online = အွန်လိုင်း အစည်းအဝေး
panel-meeting-chair = ဥက္ကဋ္ဌ
panel-meeting-staff = တက်ရောက်သော အေဂျင်စီဝန်ထမ်းများ (အမည်များကို ; ဖြင့် ခွဲပါ)
panel-scores-by-expert = ကျွမ်းကျင်သူအလိုက် စုစုပေါင်းအမှတ်
panel-expert = ကျွမ်းကျင်သူ
panel-recused = ရှောင်ကြဉ်
panel-missing = ပျက်ကွက်
panel-result = ပေါင်းစည်းရလဒ်
panel-rank = အဆင့်
panel-applicant = လျှောက်ထားသူ
panel-overall = စုစုပေါင်း
panel-status = အခြေအနေ
panel-status-ranked = အဆင့်သတ်မှတ်ပြီး
panel-status-discuss = အဆင့်သတ်မှတ်ပြီး၊ အမှတ်များ ကွာဟချက်ကြီး၍ ဆွေးနွေးရန်
panel-status-failed_formal_review = အဆင့်မသတ်မှတ်- ပုံစံဆိုင်ရာစိစစ်ခြင်း မအောင်
panel-status-no_scores = အဆင့်မသတ်မှတ်- အမှတ် မရှိသေး
panel-status-vetoed = အဆင့်မသတ်မှတ်- ဗီတို ခံရသည်
panel-status-below_pass_mark = အဆင့်မသတ်မှတ်- အောင်မှတ်အောက်
panel-status-below_threshold = အဆင့်မသတ်မှတ်- စံနှုန်းတစ်ခု၏ အနိမ့်ဆုံးမှတ်အောက်
panel-missing-experts = { $experts } ကို စောင့်ဆိုင်းနေသည်
panel-outcome-straight_to_signing = ပုံစံဆိုင်ရာစိစစ်ခြင်း အောင်သော တစ်ဦးတည်းသော လျှောက်ထားသူသည် စာချုပ်လက်မှတ်ရေးထိုးခြင်းသို့ တိုက်ရိုက်သွားသည်- { $application }
panel-outcome-selected = ရွေးချယ်ခံရသူ- { $application }
panel-outcome-tie_unresolved = အဆုံးအဖြတ်စံအားလုံးအပြီးတွင် တန်းတူ- { $applications }။ အဖွဲ့၏ မဲပေးမှုကို မှတ်တမ်းတင်ပါ။
panel-outcome-tie_unresolved-no-vote = ဖြေရှင်းနည်းအားလုံးပြီးနောက် တူညီနေဆဲ: { $applications }။ ခေါ်ယူမှု၏ စည်းမျဉ်းက ထပ်မံမခွဲခြားပါ: အဖွဲ့က ဆုံးဖြတ်ပြီး ဥက္ကဋ္ဌ၏ မှတ်စုတွင် မှတ်တမ်းတင်သည်။
panel-round-none = ကျွမ်းကျင်သူများ သီးခြားအမှတ်ပေးနေသည်။
panel-round-discussion = ဆွေးနွေးရန် ဖွင့်ထားသည်: တင်ပြီးသော ကျွမ်းကျင်သူများ အဖွဲ့၏ အမှတ်များကို မြင်ရသည်။
panel-round-revision = ပြင်ဆင်ရန် ဖွင့်ထားသည်: ကျွမ်းကျင်သူများ အဖွဲ့၏ အမှတ်များကို မြင်ပြီး ၎င်းတို့၏ စာရွက်များကို ပြင်နိုင်သည်။
panel-open-discussion = ဆွေးနွေးရန် ဖွင့်ပါ
panel-open-revision = ပြင်ဆင်ရန် ဖွင့်ပါ
panel-close-round = အဆင့်ကို ပိတ်ပါ
panel-outcome-awaiting_scores = နိဂုံး မရသေးပါ- အမှတ်ပေးစာရွက်များ ပျက်ကွက်နေသည်။
panel-outcome-none_selectable = ရွေးချယ်နိုင်သော လျှောက်ထားသူ မရှိပါ။
panel-note = အဖွဲ့၏ မှတ်ချက် (ဥက္ကဋ္ဌ)
panel-votes = အဖွဲ့၏ မဲပေးမှု (ကျင်းပပါက လျှောက်ထားသူအလိုက် မဲအရေအတွက်)
panel-matrix-shows = ပြသထားသော အမှတ်များ
recovery-title = သင့်ပြန်လည်ရယူရေးသော့
recovery-intro = စကားဝှက်စာစုကို မေ့သွားပါက ဤသော့ဖြင့် သိုလှောင်ရာကို ဖွင့်ပြီး အသစ်ရွေးနိုင်သည်။ ၎င်းကို ချရေးထားပါ သို့မဟုတ် ဤစာမျက်နှာကို ပုံနှိပ်ပြီး ဤကွန်ပျူတာနှင့် သီးခြားသိမ်းထားပါ။ ယခုတစ်ကြိမ်သာ ပြသမည်။
recovery-print = ပုံနှိပ်ရန်…
recovery-confirm = သိမ်းထားကြောင်း အတည်ပြုရန် ၎င်း၏ နောက်ဆုံး စာလုံးလေးလုံးကို ရိုက်ထည့်ပါ
recovery-kept = သိမ်းထားပြီး
recovery-confirm-wrong = ၎င်းသည် သင့်ပြန်လည်ရယူရေးသော့၏ အဆုံးမဟုတ်ပါ။ ချရေးထားသည်ကို ပြန်ကြည့်ပါ။
unlock-forgot = စကားဝှက်စာစု မေ့နေပါသလား။
reset-title = စကားဝှက်စာစုအသစ် သတ်မှတ်ရန်
reset-intro = သိုလှောင်ရာ ဖန်တီးစဉ်က သိမ်းထားသော ပြန်လည်ရယူရေးသော့ကို ရိုက်ထည့်ပြီး စကားဝှက်စာစုအသစ် ရွေးပါ။ သိုလှောင်ရာထဲရှိ အရာအားလုံး ဆက်ရှိနေမည်။
reset-recovery-key = ပြန်လည်ရယူရေးသော့
reset-button = သတ်မှတ်ပြီး ဖွင့်ရန်
reset-working = သိုလှောင်ရာကို ဖွင့်နေသည်…
reset-back = စကားဝှက်စာစုဖြင့် ဖွင့်ရန် ပြန်သွားရန်
recovery-missing = ဤသိုလှောင်ရာတွင် ပြန်လည်ရယူရေးသော့ မရှိသေးပါ - မရှိပါက မေ့သွားသော စကားဝှက်စာစုကို ပြန်မသတ်မှတ်နိုင်ပါ။
recovery-make = ပြန်လည်ရယူရေးသော့ ပြုလုပ်ရန်
settings-recovery = ပြန်လည်ရယူရေးသော့
settings-recovery-note = သိမ်းထားသောသော့ ပျောက်သွားလျှင် သို့မဟုတ် အခြားသူ မြင်သွားလျှင် ပြန်လည်ရယူရေးသော့အသစ် ပြုလုပ်ပါ။ သော့ဟောင်း အလုပ်မလုပ်တော့ပါ။
settings-recovery-new = ပြန်လည်ရယူရေးသော့အသစ် ပြုလုပ်ရန်…
recovery-new-note = သင့်ပြန်လည်ရယူရေးသော့အသစ်။ ယခင်သော့များ အလုပ်မလုပ်တော့ပါ။
backup-reminder = သင့်နောက်ဆုံး အရန်သိမ်းမှုသည် တစ်ရက်ကျော်ပြီဖြစ်ပြီး ထိုနောက် အလုပ်အသစ်ရှိသည်။ လက်ပ်တော့ ပျောက်ခြင်း သို့မဟုတ် ပျက်ခြင်းဖြစ်ပါက ၎င်းတို့ ပျောက်သွားမည်။
backup-now = ယခု အရန်သိမ်းရန်…
backup-written = အရန်ကို { $path } သို့ ရေးပြီး။
settings-backup = အရန်သိမ်းမှု
settings-backup-last = နောက်ဆုံး အရန်သိမ်းမှု- { $time }။
settings-backup-never = ဤသိုလှောင်ရာကို တစ်ခါမျှ အရန်မသိမ်းရသေးပါ။ အရန်ကို သိုလှောင်ရာကဲ့သို့ ကုဒ်ဝှက်ထားသည်၊ ဤလက်ပ်တော့နှင့် ဝေးရာတွင် သိမ်းပါ။
setup-restore = အရန်မှ ပြန်ယူရန်…
setup-restore-note = လက်ပ်တော့အသစ်သို့ ပြောင်းမလား။ အဟောင်းတွင် ပြုလုပ်ခဲ့သော အရန်ကို ပြန်ယူပါ။
unlock-restored = { $time } ၏ အရန်ကို ပြန်ယူပြီး။ ထိုစဉ်က စကားဝှက်စာစု သို့မဟုတ် ၎င်း၏ ပြန်လည်ရယူရေးသော့ဖြင့် ဖွင့်ပါ။
sync-by-file-title = ချိတ်ဆက်မှု မရှိဘူးလား။ ဖိုင်ဖြင့် စာရင်းသွင်းပါ
sync-by-file = သင့်ကျွမ်းကျင်သူ id နှင့် တစ်ကြိမ်သုံးကုဒ်ဖြင့် တောင်းဆိုဖိုင်ကို ရေးပြီး အေဂျင်စီထံ (အီးမေးလ် သို့မဟုတ် USB ဖြင့်) ပို့ပါ၊ ထို့နောက် ၎င်းတို့ ပြန်ပို့သော အဖြေဖိုင်ကို ဖတ်ပါ။
sync-by-file-needs = သင့်ကျွမ်းကျင်သူ id နှင့် တစ်ကြိမ်သုံးကုဒ်ကို အရင်ဖြည့်ပါ။
sync-write-request = တောင်းဆိုဖိုင် ရေးရန်…
sync-read-response = အဖြေဖိုင် ဖတ်ရန်…
sync-request-written = တောင်းဆိုချက်ကို { $path } သို့ ရေးပြီး။ အေဂျင်စီထံ ပို့ပြီး ၎င်းတို့၏ အဖြေဖိုင်ကို ဤနေရာတွင် ဖတ်ပါ။
sync-import-bundle = တာဝန်ပက်ကေ့ချ်ဖိုင် တင်သွင်းရန်…
sync-device-key = အေဂျင်စီက မှတ်ပုံတင်ထားသော ဤလက်ပ်တော့၏ သော့- { $key }
sync-continues-after = စက်ပျောက်ပြီးနောက် ပြန်လည်စာရင်းသွင်းထားသည်- ဤသိုလှောင်ရာ၏ ပက်ကေ့ချ်များသည် အေဂျင်စီ နောက်ဆုံးလက်ခံခဲ့သော ပက်ကေ့ချ် { $sequence } နောက်မှ ဆက်သွားပြီး သင်ပို့ခဲ့ပြီးသော စာရွက်များ တာဝန်အစုံနှင့်အတူ ပြန်ရောက်လာသည်။
sync-enroll-again = ဤသိုလှောင်ရာကို ပြန်လည်စာရင်းသွင်းရန်…
sync-enroll-again-note = ပြန်လည်စာရင်းသွင်းရန် အေဂျင်စီပေးသော တစ်ကြိမ်သုံးကုဒ်ကို ထည့်ပါ။ ဤသိုလှောင်ရာသည် သော့အသစ် ရမည်; သင့်စာရွက်များ ကျန်ရှိမည်ဖြစ်ပြီး မပို့ရသေးသည်များကို အေဂျင်စီ နောက်ဆုံးလက်ခံခဲ့သော ပက်ကေ့ချ်နောက်မှ သော့အသစ်ဖြင့် ပို့မည်။

## The Windows installer (src-tauri/windows/installer.nsi, through cargo xtask windows)
installer-webview2-missing = ReviewDesk သည် ဤကွန်ပျူတာတွင် မရှိသေးသော Microsoft Edge WebView2 Runtime ကို လိုအပ်သည်။ https://go.microsoft.com/fwlink/p/?LinkId=2124703 မှ ထည့်သွင်းပြီးနောက် ReviewDesk ကို ဖွင့်ပါ။ bin ဖိုင်တွဲရှိ command-line ကိရိယာများသည် ၎င်းမပါဘဲ အလုပ်လုပ်သည်။
installer-shortcut-description = နယ်စပ်ဖြတ်ကျော် ပွင့်လင်းပြိုင်ပွဲအတွက် အော့ဖ်လိုင်း ကျွမ်းကျင်သူ သုံးသပ်ချက်
installer-remove-data = ကျွန်ုပ်၏ ဒေတာလုံခြုံသိုလှောင်ရာများနှင့် ဆက်တင်များကိုလည်း ဖျက်ပါ
installer-remove-data-description = အေဂျင်စီသို့ မပို့ရသေးသော အမှတ်များအပါအဝင် ဤကွန်ပျူတာပေါ်ရှိ ဒေတာလုံခြုံသိုလှောင်ရာများကို ဖျက်သည်။ နောက်တစ်ကြိမ် ထည့်သွင်းရန် သိမ်းထားလိုပါက အမှန်ခြစ် မထည့်ပါနှင့်။
installer-remove-data-confirm = { $folder } ထဲရှိ ဒေတာလုံခြုံသိုလှောင်ရာနှင့် ဆက်တင်အားလုံးကို ဖျက်မလား။ အေဂျင်စီသို့ မပို့ရသေးသော အမှတ်များ ဆုံးရှုံးပါမည်။
main-meeting = အစည်းအဝေး
meeting-title = အကဲဖြတ်အဖွဲ့ အစည်းအဝေး
meeting-intro = ဤအခန်း၏ ကွန်ရက်ပေါ်တွင် အစည်းအဝေးကို လုပ်ဆောင်ပါ- ကျွမ်းကျင်သူများ၏ အက်ပ်များသည် အမှတ်များကို ဤလက်ပ်တော့ပ်သို့ အင်တာနက်မလိုဘဲ ပို့သည်။
meeting-start = အစည်းအဝေး စတင်ရန်
meeting-stop = အစည်းအဝေး အဆုံးသတ်ရန်
meeting-stop-confirm-title = အစည်းအဝေးကို အဆုံးသတ်မလား။
meeting-stop-confirm-body = ကျွမ်းကျင်သူများ၏ အက်ပ်များသည် ဤလက်ပ်တော့ပ်သို့ မရောက်တော့ပါ။ ဘာမှ မဆုံးရှုံးပါ- ၎င်းတို့၏ အမှတ်များသည် ၎င်းတို့၏ ဒေတာလုံခြုံသိုလှောင်ရာတွင် ရှိနေပြီး ထပ်တူပြုသောအခါ အေဂျင်စီဆာဗာသို့ ရောက်မည်၊ ဤနေရာတွင် ရရှိသော အထုပ်များသည် ဤဒေတာလုံခြုံသိုလှောင်ရာတွင် ရှိနေပြီး “ဆာဗာမှ ရယူရန်” ဖြင့် ထပ်ဆင့်ပို့နိုင်သည်။
meeting-join-card = ဝင်ရောက်ကတ်
meeting-code-label = အစည်းအဝေးကုဒ်
meeting-addresses-label = လိပ်စာ
meeting-fingerprint-label = လက်မှတ်၏ လက်ဗွေ (SHA-256)
meeting-qr-alt = လိပ်စာနှင့် အစည်းအဝေးကုဒ်၏ QR ကုဒ်
meeting-board = တိုက်ရိုက်ဘုတ်
meeting-board-demand = { $demand } { $title }- စာရွက် { $assigned } ခုအနက် { $done } ခု ရရှိပြီ
meeting-board-applicant = လျှောက်ထားသူ
meeting-state-not_started = မစရသေး
meeting-state-scoring = အမှတ်ပေးနေသည်
meeting-state-submitted = တင်သွင်းပြီး
meeting-state-revising = ပြင်ဆင်နေသည်
meeting-state-recused = ရှောင်ကြဉ်ထားသည်
meeting-join-intro = ဥက္ကဋ္ဌ၏ ဝင်ရောက်ကတ်မှ လိပ်စာနှင့် ကုဒ်ကို ရိုက်ပါ၊ သို့မဟုတ် ၎င်း၏ QR ကုဒ်အောက်ရှိ စာကြောင်းကို ကူးထည့်ပါ။ ထပ်တူပြုသောအခါ သင်၏ အမှတ်များ အေဂျင်စီဆာဗာသို့ ဆက်ရောက်မည်။
meeting-hub-label = လိပ်စာ သို့မဟုတ် ဝင်ရောက်စာကြောင်း
meeting-join = ဝင်ရောက်ရန်
meeting-joined = ခေါ်ယူမှု { $call } ၏ အစည်းအဝေးတွင် { $address } ၌ ရှိနေသည် — အစည်းအဝေးကုဒ် { $code }။
meeting-leave = အစည်းအဝေးမှ ထွက်ရန်
meeting-awaiting = အေဂျင်စီဆာဗာသို့ တိုက်ရိုက် မရောက်သေးသော အထုပ်များ- { $count }။ နောက်တစ်ကြိမ် ထပ်တူပြုချိန်တွင် ပို့မည်။
meeting-nothing-open = ဥက္ကဋ္ဌသည် သင်၏ လိုအပ်ချက်တစ်ခုကိုမျှ ဆွေးနွေးရန် မဖွင့်ရသေးပါ။ ဆက်လက် အမှတ်ပေးပါ- သင်တင်သွင်းသည်နှင့် ဗဟိုသည် သင်၏စာရွက်များကို လက်ခံသည်။
meeting-recused = သင် ရှောင်ကြဉ်ထားသည်။
meeting-flagged = ဆွေးနွေးရန် အမှတ်အသားပြုထားသည်
meeting-overall = စုစုပေါင်း
meeting-criterion = စံနှုန်း
meeting-scores = အမှတ်များ၊ အနိမ့်ဆုံးမှ
meeting-median = အလယ်ကိန်း
meeting-range = အပိုင်းအခြား
meeting-reasons = အခြားသူများ၏ အကြောင်းပြချက်
meeting-opinions = အခြားသူများ၏ ထင်မြင်ချက်
meeting-minutes = လက်မှတ်ထိုးရန် မှတ်တမ်း
meeting-minutes-intro = အဖွဲ့ ဆုံးဖြတ်ပြီးသည့်အခါ မှတ်တမ်းကို အတည်ပြုပါ- ကျွမ်းကျင်သူတိုင်း၏ အက်ပ်က လက်မှတ်ထိုးရန် အကြောင်းအရာကို ပြပြီး မှတ်တမ်း PDF တွင် လက်မှတ်တိုင်းကို ဖော်ပြမည်။
meeting-minutes-fixed = { $at } တွင် လက်မှတ်ထိုးရန် အတည်ပြုခဲ့သည်။
meeting-minutes-digest = အကြောင်းအရာ SHA-256: { $digest }
meeting-minutes-stale = မှတ်တမ်းကို အတည်ပြုပြီးနောက် အဖွဲ့၏ ဒေတာ ပြောင်းလဲသွားသည် (အမှတ်ပက်ကေ့ချ်၊ မှတ်ချက် သို့မဟုတ် မဲ)- ထပ်မံအတည်ပြုပါ၊ အဖွဲ့က အကြောင်းအရာအသစ်ကို လက်မှတ်ထိုးမည်။
meeting-minutes-signed-by = { $name } ({ $expert }) { $at } တွင် လက်မှတ်ထိုးခဲ့သည်
meeting-minutes-waiting-for = { $name } ({ $expert }) လက်မှတ် မထိုးရသေးပါ
meeting-fix = မှတ်တမ်းကို လက်မှတ်ထိုးရန် အတည်ပြုပါ
meeting-fix-again = မှတ်တမ်းကို ထပ်မံအတည်ပြုပါ
meeting-fix-confirm-title = မှတ်တမ်းကို လက်မှတ်ထိုးရန် အတည်ပြုမလား?
meeting-fix-confirm-body = မှတ်တမ်းအကြောင်းအရာကို အဖွဲ့၏ လက်ရှိဒေတာအတိုင်း အတည်ပြုမည်ဖြစ်ပြီး ကျွမ်းကျင်သူတိုင်း၏ အက်ပ်က လက်မှတ်ထိုးရန် ပြမည်။ အစည်းအဝေးအချက်အလက်နှင့် ဥက္ကဋ္ဌ၏ မှတ်ချက်များကို ဦးစွာ မှတ်တမ်းတင်ပါ- နောက်မှ ပြောင်းလဲပါက ထပ်မံအတည်ပြုပြီး ထပ်မံလက်မှတ်ထိုးရမည်။
meeting-fix-again-confirm-body = အကြောင်းအရာကို အဖွဲ့၏ လက်ရှိဒေတာအတိုင်း အသစ်အတည်ပြုမည်။ ယခင်အကြောင်းအရာ၏ လက်မှတ်များ မရေတွက်တော့ပါ- ကျွမ်းကျင်သူတိုင်း ထပ်မံလက်မှတ်ထိုးရမည်။
meeting-sign = မှတ်တမ်းကို လက်မှတ်ထိုးပါ
meeting-sign-confirm-title = ဤမှတ်တမ်းကို လက်မှတ်ထိုးမလား?
meeting-sign-confirm-body = သင့်သော့သည် ပြသထားသော အကြောင်းအရာအတိအကျကို လက်မှတ်ထိုးမည် (SHA-256 { $digest })။ လက်မှတ်ကို ပြန်ရုပ်သိမ်း၍ မရပါ; ဥက္ကဋ္ဌက မှတ်တမ်းကို ပြောင်းလဲပါက ထပ်မံလက်မှတ်ထိုးရန် တောင်းဆိုမည်။
meeting-minutes-you-signed = သင် ဤမှတ်တမ်းကို လက်မှတ်ထိုးပြီးပါပြီ။
