# The agency server's admin tools.

server-error = အမှား ({ $code })- { $message }
server-listening = ReviewDesk အေဂျင်စီ ဆာဗာသည် http://{ $address } တွင် နားထောင်နေသည်
server-call-loaded = ခေါ်ယူမှု { $call } ကို ဖွင့်ပြီး- လျှောက်လွှာ { $applications } ခု၊ ကျွမ်းကျင်သူ { $experts } ဦး။
server-code = { $expert } အတွက် တစ်ကြိမ်သုံး စာရင်းသွင်းကုဒ်- { $code }
server-enrolled = { $expert } စာရင်းသွင်းပြီး၊ ၎င်းအား { $path } ကို ပေးပါ။
server-bundle-issued = { $expert } အတွက် တာဝန်ပေးအပ်မှုအစုံ { $sequence } ကို { $path } သို့ ရေးပြီး။
server-package-accepted = { $path } ကို လက်ခံပြီး- { $expert } ၏ အမှတ်ထုပ် { $sequence }။
server-password-prompt = ဝန်ထမ်းစကားဝှက်-
server-staff-added = ဝန်ထမ်းအကောင့် { $name } ကို သိမ်းပြီး။
server-assigned = { $expert } သည် ယခု { $call } ၏ လျှောက်လွှာ { $count } ခုကို အကဲဖြတ်သည်၊ နောက်တာဝန်ပေးအပ်မှုအစုံက ၎င်းတို့ကို သယ်ဆောင်မည်။

## Command-line help of reviewdesk-server
server-help = ReviewDesk အေဂျင်စီ ဆာဗာနှင့် ၎င်း၏ စီမံခန့်ခွဲရေး ကိရိယာများ။
server-help-db = ဆာဗာ၏ ဒေတာဘေ့စ်ဖိုင်။
server-help-init = ဒေတာဘေ့စ်နှင့် အေဂျင်စီ၏ သော့များကို ဖန်တီးရန် (တစ်ကြိမ်)၊ အများသုံးသော့များကို ထုတ်ပြရန်။
server-help-init-url = ကျွမ်းကျင်သူများ ဤဆာဗာကို ဆက်သွယ်သည့် လိပ်စာ၊ စာရင်းသွင်းချိန်တွင် ၎င်းတို့ထံ ပို့သည်။
server-help-serve = HTTP API ကို လုပ်ဆောင်ရန်။
server-help-serve-listen = နားထောင်မည့် လိပ်စာနှင့် port။
server-help-agency-key = ကျွမ်းကျင်သူများနှင့် စစ်ဆေးသူများအား ပေးရန် အေဂျင်စီ၏ အများသုံးသော့များ (JSON) ကို ထုတ်ပြရန်။
server-help-load-call = အေဂျင်စီ ဒေတာဖိုင်မှ ခေါ်ယူမှုကို ကျွမ်းကျင်သူများနှင့် တာဝန်ပေးအပ်မှုများနှင့်အတူ ဖွင့် (သို့မဟုတ် ပြန်ဖွင့်) ရန်။
server-help-load-call-file = အေဂျင်စီ ဒေတာဖိုင် (JSON)။
server-help-assign = ကျွမ်းကျင်သူတစ်ဦး အကဲဖြတ်မည့် ခေါ်ယူမှု၏ လျှောက်လွှာများကို အတိအကျ သတ်မှတ်ရန်။
server-help-assign-call = ခေါ်ယူမှု၏ ID။
server-help-assign-expert = ကျွမ်းကျင်သူ၏ ID။
server-help-assign-applications = ကော်မာဖြင့် ခွဲထားသော လျှောက်လွှာ ID များ။
server-help-code = ကျွမ်းကျင်သူအတွက် တစ်ကြိမ်သုံး စာရင်းသွင်းကုဒ် ထုတ်ပေးရန် (standard output တွင် ကုဒ်တစ်ခုတည်း ထုတ်ပြသည်)။
server-help-code-expert = ကျွမ်းကျင်သူ၏ ID။
server-help-enroll = စာရင်းသွင်းတောင်းဆိုချက်ဖိုင်ကို တုံ့ပြန်ချက်ဖိုင်ဖြင့် ဖြေကြားရန် (အော့ဖ်လိုင်း စာရင်းသွင်းမှု)။
server-help-enroll-request = ကျွမ်းကျင်သူ၏ စာရင်းသွင်းတောင်းဆိုချက်ဖိုင်။
server-help-enroll-out = တုံ့ပြန်ချက်ဖိုင်ကို ရေးမည့်နေရာ။
server-help-issue-bundle = ကျွမ်းကျင်သူတစ်ဦးအတွက် ခေါ်ယူမှု၏ တာဝန်ပေးအပ်မှုအစုံ အသစ်ကို တံဆိပ်ခတ်ရန်။
server-help-issue-bundle-expert = ကျွမ်းကျင်သူ၏ ID။
server-help-issue-bundle-call = ခေါ်ယူမှု၏ ID။
server-help-issue-bundle-out = တာဝန်ပေးအပ်မှုအစုံကို ရေးမည့်နေရာ။
server-help-import-package = လက်ဖြင့် ယူလာသော အမှတ်ထုပ်ဖိုင်များကို လက်ခံရန်။
server-help-import-package-files = အမှတ်ထုပ်ဖိုင်များ။
server-help-progress = ကျွမ်းကျင်သူတစ်ဦးစီ၏ တိုးတက်မှုကို ပြရန် (JSON)။
server-help-add-staff = ဝန်ထမ်းအကောင့် ထည့်ရန် သို့မဟုတ် အစားထိုးရန် (စကားဝှက်ကို REVIEWDESK_STAFF_PASSWORD မှ သို့မဟုတ် မေးမြန်း၍)။
server-help-add-staff-name = ဝန်ထမ်း၏ အသုံးပြုသူအမည်။
server-staff-key-prompt = ဝန်ထမ်းသော့ဖိုင်အတွက် စကားဝှက်စာစု (အနည်းဆုံး စာလုံး 12 လုံး)-
server-staff-key-weak = ဝန်ထမ်းသော့၏ စကားဝှက်စာစုတွင် အနည်းဆုံး စာလုံး 12 လုံး ရှိရမည်။
server-staff-key-written = ဝန်ထမ်းသော့ဖိုင်ကို { $path } သို့ ရေးပြီး။ ဖိုင်ကို ပေးအပ်ပြီး စကားဝှက်စာစုကို သီးခြား ပြောပြပါ။
server-help-staff-key = ဝန်ထမ်းသော့ဖိုင်ကို ရေးရန်- အေဂျင်စီ၏ သော့များနှင့် ကျွမ်းကျင်သူများ၏ အများသုံးသော့များ၊ စကားဝှက်စာစုဖြင့် တံဆိပ်ခတ်ထားသည် (REVIEWDESK_STAFF_KEY_PASSPHRASE သို့မဟုတ် မေးမြန်း၍)။
server-help-staff-key-out = ဝန်ထမ်းသော့ဖိုင်ကို ရေးမည့်နေရာ။
