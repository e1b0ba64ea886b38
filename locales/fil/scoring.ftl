# Scoring: the score sheet, the declaration, progress and comparison.

main-progress = Aking pag-usad
tab-application = Aplikasyon
tab-score = Talaan ng marka

## Progress of a sheet
progress-not_started = Hindi pa nasisimulan
progress-in_progress = Ginagawa
progress-submitted = Naisumite
progress-recused = Umurong
progress-title = Aking pag-usad
progress-intro = Pumili ng aplikasyon sa kaliwa para basahin at markahan ito, o paghambingin ang mga aplikante ng isang pangangailangan.
progress-total = { $done } sa { $total } aplikasyon ang naisumite o inurungan
progress-demand = Pangangailangan
progress-compare = Paghambingin ang mga aplikante

## Comparison
compare-title = Magkatabing paghahambing ng mga aplikante sa “{ $demand }”
compare-intro = Marka mula sa 100 batay sa sarili mong mga talaan; ang gitling ay nangangahulugang hindi pa namamarkahan.
compare-back = ← Bumalik sa aking pag-usad
compare-criterion = Pamantayan
compare-overall = Kabuuan
compare-recommendation = Rekomendasyon
compare-vetoes = Mga item ng beto na umiiral

## Declaration of conflicts of interest
declare-title = Salungatan ng interes
declare-intro = Bago mo markahan ang { $application }, ideklara kung may salungatan ng interes ka sa aplikante, sa mga kasapi ng konsorsyum nito o sa panig na naghain ng pangangailangan.
declare-none = Wala akong salungatan ng interes sa aplikasyong ito
declare-conflict = May salungatan ako ng interes
declare-kind = Uri ng salungatan
declare-details = Mga detalye
declare-details-required = Ilarawan ang salungatan.
declare-choose = Pumili ng isa sa dalawang deklarasyon.
declare-recusal-note = Ang idineklarang salungatan ay nangangahulugang uurong ka: hindi mo mamarkahan ang aplikasyong ito, at bahagi ng isusumite mo ang pag-urong.
declare-confirm = Kumpirmahin ang deklarasyon
declare-change = Baguhin ang deklarasyon
conflict-same_unit = Nagtatrabaho ako para sa aplikante, sa isang kasapi ng konsorsyum o sa panig na naghain ng pangangailangan
conflict-former_employer = Nagtrabaho ako roon sa nakaraang tatlong taon
conflict-collaborator = Kamakailan ay nakatrabaho, nakapaglathala o nakapag-aplay ako kasama ang pangkat
conflict-relative = May malapit na kamag-anak sa pangkat
conflict-financial_interest = May hawak akong sapi o ibang interes pampinansyal
conflict-other = Ibang salungatan

## Score sheet
sheet-title = Talaan ng marka — { $application }
sheet-version = bersyon { $version }
sheet-overall = Kabuuan
sheet-saving = Sine-save…
sheet-saved = Na-save ang lahat ng pagbabago
sheet-save-failed = Hindi na-save: { $message }
sheet-undeclared = Ideklara ang anumang salungatan ng interes bago mabuksan ang talaan ng marka.
sheet-declare = Magdeklara at magsimulang magmarka
sheet-declared-none = Idineklara: walang salungatan ng interes.
sheet-declared-conflict = Nagdeklara ng salungatan ng interes: { $kind } — { $details }
sheet-recused = Umurong ka sa aplikasyong ito. Isumite ang pag-urong para matanggap ito ng ahensya kasama ng iyong mga marka.
sheet-submit-recusal = Isumite ang pag-urong
sheet-recusal-submitted = Naisumite ang pag-urong (bersyon { $version }, { $date }).
sheet-criterion-score = { $score } / 100
sheet-criterion-pending = Hindi pa kumpleto
sheet-below-threshold = mababa sa hangganang { $threshold }
sheet-scale = { $min }–{ $max }, hakbang na { $step }
sheet-comment = Dahilan
sheet-comment-required = kailangan para sa markang ito
sheet-not-a-number = Mag-type ng numero, gaya ng 7.5.
sheet-out-of-range = Mag-type ng marka mula { $min } hanggang { $max }.
sheet-off-step = Gumagalaw ang marka nang { $step } bawat hakbang.
sheet-vetoes = Mga item ng beto (一票否决)
veto-applies = Umiiral
veto-not-applies = Hindi umiiral
sheet-conclusion = Konklusyon
sheet-recommendation = Pangkalahatang rekomendasyon
recommendation-recommend = Inirerekomenda
recommendation-recommend_with_conditions = Inirerekomenda nang may kondisyon
recommendation-do_not_recommend = Hindi inirerekomenda
sheet-veto-contradicted = May umiiral na item ng beto, kaya dapat “Hindi inirerekomenda” ang rekomendasyon.
sheet-decision = Pasya
decision-pass = Pasado
decision-fail = Bagsak
sheet-opinion = Opinyon ng eksperto
sheet-review = Suriin at isumite
sheet-review-title = Suriin bago isumite
sheet-review-missing = { $count } bagay pa ang kulang. Pumili ng isa para puntahan ito:
sheet-review-ready = Kumpleto na ang lahat.
sheet-submit = Isumite
sheet-submit-title = Isumite ang talaan ng marka?
sheet-submit-confirm = Kapag naisumite, masasara ang talaan ng marka ng { $application }. Hanggang { $date } maaari ka pang magsimula ng rebisyon, at mananatili ang bersyong ito sa kasaysayan.
sheet-submit-confirm-open = Kapag naisumite, masasara ang talaan ng marka ng { $application }. Maaari kang magsimula ng rebisyon sa ibang pagkakataon, at mananatili ang bersyong ito sa kasaysayan.
sheet-submitted = Naisumite ang bersyon { $version } noong { $date }. Hindi na ito mababago.
sheet-revise = Magsimula ng rebisyon
sheet-revise-closed = Nagsara ang paunang pagsusuri noong { $date }; hindi na mababago ang talaang ito.
sheet-history = Mga bersyon
sheet-history-row = Bersyon { $version } · { $state } · kabuuan { $overall } · { $date }
sheet-state-draft = borador
sheet-state-submitted = naisumite
sheet-shortcuts = Mga key: Enter / Shift+Enter susunod / nakaraang sub-item · ↑ / ↓ baguhin ang marka nang isang hakbang · Ctrl+Enter suriin at isumite · Ctrl+PageDown / Ctrl+PageUp susunod / nakaraang aplikasyon

## What keeps a sheet from being submitted
problem-undeclared = Wala pang deklarasyon ng salungatan ng interes
problem-unknown_item = { $item }: wala sa rubric na ito
problem-unknown_veto = { $veto }: wala sa rubric na ito
problem-invalid_score = { $item }: wala sa iskala ang marka
problem-unscored = { $item }: hindi pa namamarkahan
problem-comment_required = { $item }: kailangan ng dahilan para sa markang ito
problem-veto_unanswered = { $veto }: hindi pa nasasagot
problem-veto_contradicted = Umiiral ang { $veto }, kaya dapat “Hindi inirerekomenda” ang rekomendasyon
problem-recommendation_missing = Walang pangkalahatang rekomendasyon
problem-decision_missing = Walang pasya
problem-opinion_missing = Walang laman ang opinyon ng eksperto
