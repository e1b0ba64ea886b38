# Scoring: the score sheet, the declaration, progress and comparison.

main-progress = ကျွန်ုပ်၏ တိုးတက်မှု
tab-application = လျှောက်လွှာ
tab-score = အမှတ်ပေးစာရွက်

## Progress of a sheet
progress-not_started = မစတင်ရသေး
progress-in_progress = ဆောင်ရွက်နေဆဲ
progress-submitted = တင်သွင်းပြီး
progress-recused = ရှောင်ကြဉ်ပြီး
progress-title = ကျွန်ုပ်၏ တိုးတက်မှု
progress-intro = ဖတ်ရှုအမှတ်ပေးရန် ဘယ်ဘက်မှ လျှောက်လွှာတစ်ခု ရွေးပါ၊ သို့မဟုတ် လိုအပ်ချက်တစ်ခု၏ လျှောက်ထားသူများကို နှိုင်းယှဉ်ပါ။
progress-total = လျှောက်လွှာ { $total } ခုအနက် { $done } ခု တင်သွင်း သို့မဟုတ် ရှောင်ကြဉ်ပြီး
progress-demand = လိုအပ်ချက်
progress-compare = လျှောက်ထားသူများကို နှိုင်းယှဉ်ရန်

## Comparison
compare-title = “{ $demand }” ၏ လျှောက်ထားသူများ ဘေးချင်းယှဉ်
compare-intro = သင့်ကိုယ်ပိုင်စာရွက်များမှ 100 မှတ်ပြည့် အမှတ်များ။ တုံးတိုသည် အမှတ်မပေးရသေးကြောင်း ဆိုလိုသည်။
compare-back = ← ကျွန်ုပ်၏ တိုးတက်မှုသို့ ပြန်သွားရန်
compare-criterion = စံနှုန်း
compare-overall = စုစုပေါင်း
compare-recommendation = အကြံပြုချက်
compare-vetoes = သက်ရောက်သော ဗီတိုအချက်များ

## Declaration of conflicts of interest
declare-title = အကျိုးစီးပွားပဋိပက္ခ
declare-intro = { $application } ကို အမှတ်မပေးမီ လျှောက်ထားသူ၊ ၎င်း၏ ပူးပေါင်းအဖွဲ့ဝင်များ သို့မဟုတ် လိုအပ်ချက်တင်ပြသူနှင့် အကျိုးစီးပွားပဋိပက္ခ ရှိ မရှိ ကြေညာပါ။
declare-none = ဤလျှောက်လွှာနှင့် ကျွန်ုပ်တွင် အကျိုးစီးပွားပဋိပက္ခ မရှိပါ
declare-conflict = ကျွန်ုပ်တွင် အကျိုးစီးပွားပဋိပက္ခ ရှိသည်
declare-kind = ပဋိပက္ခ အမျိုးအစား
declare-details = အသေးစိတ်
declare-details-required = ပဋိပက္ခကို ဖော်ပြပါ။
declare-choose = ကြေညာချက် နှစ်ခုအနက် တစ်ခုကို ရွေးပါ။
declare-recusal-note = ကြေညာထားသော ပဋိပက္ခကြောင့် သင် ရှောင်ကြဉ်ရမည်- ဤလျှောက်လွှာကို သင် အမှတ်ပေးမည် မဟုတ်ဘဲ ရှောင်ကြဉ်ခြင်းသည် သင်တင်သွင်းသည့်အရာ၏ အစိတ်အပိုင်း ဖြစ်သည်။
declare-confirm = ကြေညာချက်ကို အတည်ပြုရန်
declare-change = ကြေညာချက်ကို ပြောင်းရန်
conflict-same_unit = ကျွန်ုပ်သည် လျှောက်ထားသူ၊ ပူးပေါင်းအဖွဲ့ဝင် သို့မဟုတ် လိုအပ်ချက်တင်ပြသူအတွက် အလုပ်လုပ်သည်
conflict-former_employer = ကျွန်ုပ်သည် လွန်ခဲ့သော သုံးနှစ်အတွင်း ထိုနေရာတွင် အလုပ်လုပ်ခဲ့သည်
conflict-collaborator = မကြာသေးမီက ကျွန်ုပ်သည် ဤအဖွဲ့နှင့် အတူ အလုပ်လုပ်၊ ထုတ်ဝေ သို့မဟုတ် လျှောက်ထားခဲ့သည်
conflict-relative = ရင်းနှီးသော ဆွေမျိုးတစ်ဦး အဖွဲ့တွင် ပါဝင်သည်
conflict-financial_interest = ကျွန်ုပ်တွင် အစုရှယ်ယာ သို့မဟုတ် အခြား ငွေကြေးအကျိုးစီးပွား ရှိသည်
conflict-other = အခြား ပဋိပက္ခ

## Score sheet
sheet-title = အမှတ်ပေးစာရွက် — { $application }
sheet-version = ဗားရှင်း { $version }
sheet-overall = စုစုပေါင်း
sheet-saving = သိမ်းနေသည်…
sheet-saved = ပြောင်းလဲမှုအားလုံး သိမ်းပြီး
sheet-save-failed = မသိမ်းရပါ- { $message }
sheet-undeclared = အမှတ်ပေးစာရွက် မဖွင့်မီ အကျိုးစီးပွားပဋိပက္ခကို ကြေညာပါ။
sheet-declare = ကြေညာပြီး အမှတ်ပေးခြင်း စတင်ရန်
sheet-declared-none = ကြေညာပြီး- အကျိုးစီးပွားပဋိပက္ခ မရှိပါ။
sheet-declared-conflict = အကျိုးစီးပွားပဋိပက္ခ ကြေညာထားသည်- { $kind } — { $details }
sheet-recused = သင်သည် ဤလျှောက်လွှာမှ ရှောင်ကြဉ်ထားသည်။ အေဂျင်စီက သင့်အမှတ်များနှင့်အတူ လက်ခံရရှိစေရန် ရှောင်ကြဉ်ခြင်းကို တင်သွင်းပါ။
sheet-submit-recusal = ရှောင်ကြဉ်ခြင်းကို တင်သွင်းရန်
sheet-recusal-submitted = ရှောင်ကြဉ်ခြင်းကို တင်သွင်းပြီး (ဗားရှင်း { $version }၊ { $date })။
sheet-criterion-score = { $score } / 100
sheet-criterion-pending = မပြည့်စုံသေး
sheet-below-threshold = အနိမ့်ဆုံးမှတ် { $threshold } အောက်
sheet-scale = { $min }–{ $max }၊ အဆင့် { $step }
sheet-comment = အကြောင်းရင်း
sheet-comment-required = ဤအမှတ်အတွက် မဖြစ်မနေ လိုအပ်သည်
sheet-not-a-number = 7.5 ကဲ့သို့ ဂဏန်းတစ်ခု ရိုက်ပါ။
sheet-out-of-range = { $min } မှ { $max } အတွင်း အမှတ် ရိုက်ပါ။
sheet-off-step = အမှတ်များသည် { $step } အဆင့်ဖြင့် ပြောင်းသည်။
sheet-vetoes = ဗီတိုအချက်များ (一票否决)
veto-applies = သက်ရောက်သည်
veto-not-applies = မသက်ရောက်ပါ
sheet-conclusion = နိဂုံး
sheet-recommendation = ခြုံငုံ အကြံပြုချက်
recommendation-recommend = အကြံပြုသည်
recommendation-recommend_with_conditions = အခြေအနေဖြင့် အကြံပြုသည်
recommendation-do_not_recommend = အကြံမပြုပါ
sheet-veto-contradicted = ဗီတိုအချက် သက်ရောက်သဖြင့် အကြံပြုချက်သည် “အကြံမပြုပါ” ဖြစ်ရမည်။
sheet-decision = ဆုံးဖြတ်ချက်
decision-pass = အောင်
decision-fail = ကျ
sheet-opinion = ကျွမ်းကျင်သူ၏ထင်မြင်ချက်
sheet-review = ပြန်စစ်ပြီး တင်သွင်းရန်
sheet-review-title = မတင်သွင်းမီ ပြန်စစ်ရန်
sheet-review-missing = { $count } ခု ပျက်ကွက်နေသေးသည်။ သွားရောက်ရန် တစ်ခုကို ရွေးပါ-
sheet-review-ready = အားလုံး ပြည့်စုံပြီ။
sheet-submit = တင်သွင်းရန်
sheet-submit-title = အမှတ်ပေးစာရွက်ကို တင်သွင်းမလား။
sheet-submit-confirm = တင်သွင်းပြီးသည်နှင့် { $application } ၏ အမှတ်ပေးစာရွက်ကို သော့ခတ်ပါမည်။ { $date } အထိ ပြင်ဆင်မှု စတင်နိုင်သေးပြီး ဤဗားရှင်းကို မှတ်တမ်းတွင် ထားရှိမည်။
sheet-submit-confirm-open = တင်သွင်းပြီးသည်နှင့် { $application } ၏ အမှတ်ပေးစာရွက်ကို သော့ခတ်ပါမည်။ နောက်မှ ပြင်ဆင်မှု စတင်နိုင်ပြီး ဤဗားရှင်းကို မှတ်တမ်းတွင် ထားရှိမည်။
sheet-submitted = ဗားရှင်း { $version } ကို { $date } တွင် တင်သွင်းခဲ့သည်။ ပြောင်း၍ မရတော့ပါ။
sheet-revise = ပြင်ဆင်မှု စတင်ရန်
sheet-revise-closed = ကြိုတင်အကဲဖြတ်ခြင်းကို { $date } တွင် ပိတ်ခဲ့ပြီ။ ဤစာရွက်ကို ပြင်ဆင်၍ မရတော့ပါ။
sheet-history = ဗားရှင်းများ
sheet-history-row = ဗားရှင်း { $version } · { $state } · စုစုပေါင်း { $overall } · { $date }
sheet-state-draft = မူကြမ်း
sheet-state-submitted = တင်သွင်းပြီး
sheet-shortcuts = ခလုတ်များ- Enter / Shift+Enter နောက် / ယခင် အခွဲ · ↑ / ↓ အမှတ်ကို တစ်ဆင့် ပြောင်းရန် · Ctrl+Enter ပြန်စစ်ပြီး တင်သွင်းရန် · Ctrl+PageDown / Ctrl+PageUp နောက် / ယခင် လျှောက်လွှာ

## What keeps a sheet from being submitted
problem-undeclared = အကျိုးစီးပွားပဋိပက္ခ ကြေညာချက် မရှိသေးပါ
problem-unknown_item = { $item }- ဤစံနှုန်းတွင် မပါပါ
problem-unknown_veto = { $veto }- ဤစံနှုန်းတွင် မပါပါ
problem-invalid_score = { $item }- အမှတ်သည် စကေးပေါ်တွင် မရှိပါ
problem-unscored = { $item }- အမှတ်မပေးရသေးပါ
problem-comment_required = { $item }- ဤအမှတ်အတွက် အကြောင်းရင်း လိုအပ်သည်
problem-veto_unanswered = { $veto }- မဖြေရသေးပါ
problem-veto_contradicted = { $veto } သက်ရောက်သဖြင့် အကြံပြုချက်သည် “အကြံမပြုပါ” ဖြစ်ရမည်
problem-recommendation_missing = ခြုံငုံ အကြံပြုချက် မရှိပါ
problem-decision_missing = ဆုံးဖြတ်ချက် မရှိပါ
problem-opinion_missing = ကျွမ်းကျင်သူ၏ထင်မြင်ချက် ဗလာဖြစ်နေသည်
