# The desktop app's interface.
app-title = ReviewDesk
app-tagline = Pagsusuri ng mga eksperto para sa bukas na kumpetisyong tawid-hangganan
language-label = Wika
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
yes = Oo
no = Hindi
none = Wala
close = Isara
cancel = Kanselahin
save = I-save
months = { $count } buwan

## First run: creating the vault
setup-title = Gumawa ng iyong ligtas na imbakan
setup-intro = Itinatago ng ReviewDesk ang mga aplikasyong itinalaga sa iyo sa isang naka-encrypt na ligtas na imbakan sa computer na ito. Pumili ng pariralang-lihim para protektahan ito. Kung makalimutan mo ito, mabubuksan ang imbakan ng susi sa pagbawi na ipapakita pagkatapos.
setup-passphrase = Pariralang-lihim
setup-confirm = Ulitin ang pariralang-lihim
setup-create = Gumawa ng ligtas na imbakan
setup-creating = Ginagawa ang ligtas na imbakan…
setup-demo-note = Ii-import ang halimbawang panawagan sa bagong ligtas na imbakan.
strength-label = Lakas: { $level ->
        [0] napakahina
        [1] mahina
        [2] katamtaman
        [3] mabuti
       *[4] malakas
    }
strength-hint-short = Gumamit ng hindi bababa sa 12 karakter.
strength-hint-words = Ang ilang salitang walang kaugnayan sa isa't isa ay malakas at madaling tandaan.
strength-hint-ok = Mabuting pariralang-lihim.

## Unlocking
unlock-title = Buksan ang iyong ligtas na imbakan
unlock-passphrase = Pariralang-lihim
unlock-button = Buksan
unlock-working = Binubuksan…
unlock-auto-locked = Kusang nagsara ang ligtas na imbakan matapos ang ilang panahong walang aktibidad.
unlock-locked = Nakasara ang ligtas na imbakan.

## Main screen
main-lock = Isara ang imbakan
main-import = Mag-import ng datos ng ahensya…
main-settings = Mga setting
import-progress = Nag-iimport… { $done } sa { $total }
import-done = Na-import ang { $applications } aplikasyon para sa { $demands } pangangailangan.
import-replaced = Na-update ang panawagan gamit ang bagong file: { $applications } aplikasyon para sa { $demands } pangangailangan.
import-unchanged = Na-import na ang file na ito; walang nagbago.
search-label = Maghanap ng aplikasyon
search-placeholder = Pangalan, kodigo ng kredito, kasapi ng pangkat, pangangailangan…
filter-country = Bansa
filter-field = Larangan
filter-all = Lahat
clear-filters = Alisin ang mga filter
list-count = { $applications } aplikasyon · { $demands } pangangailangan
list-no-match = Walang tumutugmang aplikasyon. Alisin ang hinahanap o ang mga filter para makita ang lahat.
empty-title = Wala pang datos ng ahensya
empty-body = I-import ang file ng datos ng ahensya na natanggap mo para sa panawagang ito. Nananatili itong naka-encrypt sa computer na ito.
demand-applicants = { $count } aplikante
demand-single = Iisang aplikante: diretso sa paglagda matapos ang pormal na pagsusuri.
select-prompt = Pumili ng aplikasyon sa kaliwa para basahin ito rito.
deadline = Huling araw ng aplikasyon: { $date }

## Settings
settings-title = Mga setting
settings-auto-lock = Isara matapos ang ganitong bilang ng minutong walang aktibidad
settings-saved = Na-save ang mga setting.
settings-change-passphrase = Palitan ang pariralang-lihim
settings-new-passphrase = Bagong pariralang-lihim
settings-passphrase-changed = Napalitan ang pariralang-lihim.

## Application view
app-section-overview = Pangkalahatang-tanaw
app-demand = Pangangailangan
app-demand-side = Panig na naghain ng pangangailangan
app-country = Bansa
app-field = Larangan
app-need = Teknikal na pangangailangan
app-goals = Mga layunin
app-scenario = Sitwasyon ng paggamit
app-resource-line = { $kind }: { $description }
app-resources = Mga rekursong inilaan ng panig na naghain ng pangangailangan
app-submitted = Isinumite noong
app-recommendation = Inirekomenda ni
app-self-recommended = Sariling nominasyon
app-section-applicants = Mga aplikante
app-lead = Pangunahing aplikante
app-member = Kasapi ng konsorsyum
app-unit-kind = Uri
app-credit-code = Pinag-isang kodigo ng kredito panlipunan
app-credit-valid = tama ang karakter na pansuri
app-credit-invalid = hindi wastong kodigo: { $reason }
app-registered-on = Nakarehistro noong
app-address = Rehistradong adres
app-legal-person = Malayang juridikal na entidad
app-section-finance = Pamumuhunan sa R&D (nakaraang taon)
app-unit = Organisasyon
app-year = Taon
app-revenue = Kita mula sa pangunahing negosyo
app-rnd-spend = Gastos sa R&D
app-rnd-intensity = Intensidad ng R&D
app-section-team = Pangkat
app-leader = Pinuno ng proyekto
app-name = Pangalan
app-role = Tungkulin
app-full-time = Buong-panahong R&D
app-languages = Mga wika
app-international = Karanasang internasyonal
app-can-work-in-asean = Makapagtatrabaho sa ASEAN
app-team-summary = { $people } katao, { $fulltime } buong-panahong R&D
app-section-ip = Intelektwal na pag-aari
app-ip-line = { $kind }, numero { $number }, hawak ni { $holder }, ipinagkaloob noong { $date }
app-section-cases = Mga kaso ng komersiyalisasyon
app-case-line = { $year } · kliyente: { $customer } · halaga ng kontrata: { $value }
app-section-integrity = Integridad sa pananaliksik
app-sanction = May idineklarang aktibong parusa
app-commitment-letter = Liham ng pangako sa integridad
app-credit-report = Pampublikong ulat ng kredito
app-supplied = Naibigay
app-missing = Kulang
app-section-feasibility = Ulat ng pag-aaral sa pagiging posible
app-section-not-supplied = Hindi naibigay ang bahaging ito
app-section-budget = Badyet at panahon
app-public-request = Hinihinging pampublikong pondo
app-self-raised = Sariling pondo
app-matching = Proporsyon ng katapat na pondo (sarili : pampubliko)
app-period = Panahon ng pagpapatupad
app-funding-sources = Mga pinagmumulan ng pondo
app-section-cooperation = Mga paraan ng pakikipagtulungan
app-section-partnership = Batayan ng pakikipagtulungan sa ASEAN
app-agreements = Mga kasunduan sa pakikipagtulungan at magkasanib na proyekto
app-deployments = Mga pagpapatupad sa ASEAN
app-local-teams = Mga lokal na pangkat at katuwang
app-since = mula { $date }
app-section-relation = Kaugnayan sa panig na naghain ng pangangailangan
app-no-relation = Walang idineklarang kaugnayan
app-section-attachments = Mga kalakip
app-open-attachment = Buksan
attachment-loading = Binubuksan ang kalakip…
attachment-page = Pahina { $page } sa { $pages }
attachment-previous = Nakaraang pahina
attachment-next = Susunod na pahina
attachment-unsupported = Hindi maipakikita rito ang kalakip na ito.

## Countries
country-BN = Brunei
country-KH = Cambodia
country-ID = Indonesia
country-LA = Laos
country-MY = Malaysia
country-MM = Myanmar
country-PH = Pilipinas
country-SG = Singapore
country-TH = Thailand
country-VN = Vietnam

## Fields
field-smart_agriculture = Matalinong agrikultura
field-healthcare = Pangangalagang pangkalusugan
field-smart_manufacturing = Matalinong pagmamanupaktura
field-logistics = Lohistika
field-energy = Enerhiya
field-education = Edukasyon
field-finance = Pananalapi
field-tourism = Turismo
field-environment = Kapaligiran
field-smart_city = Matalinong lungsod
field-language_technology = Teknolohiya ng wika
field-other = Iba pa

## Kinds of organisation
demand-side-university = Unibersidad
demand-side-research_institute = Instituto ng pananaliksik
demand-side-enterprise = Negosyo
demand-side-government_body = Ahensya ng pamahalaan
unit-enterprise = Negosyo
unit-university = Unibersidad
unit-research_institute = Instituto ng pananaliksik
unit-other = Iba pa

## Resources, cooperation, relations, IP, attachments
resource-funds = Pondo
resource-site = Lugar
resource-data = Datos
resource-personnel = Mga tauhan
resource-policy_coordination = Koordinasyon ng patakaran
mode-technology_transfer = Paglilipat ng teknolohiya
mode-joint_rnd = Magkasanib na R&D
mode-training = Pagsasanay
mode-technology_licensing = Paglilisensya ng teknolohiya
mode-technology_investment = Pamumuhunan sa teknolohiya
mode-other = Iba pa
relation-same_unit = Iisang organisasyon
relation-subsidiary = Subsidyaryo
relation-control = Pagkontrol
relation-joint_control = Magkasanib na pagkontrol
relation-significant_influence = Malaking impluwensya
relation-equity = Ugnayan sa pagmamay-ari ng sapi
relation-related_party_transactions = Mga transaksyon ng magkaugnay na partido
ip-invention_patent = Patente ng imbensyon
ip-utility_patent = Patente ng utility model
ip-software_copyright = Karapatang-ari ng software
ip-other = Iba pa
attachment-business_licence = Lisensya sa negosyo
attachment-audited_financial_report = Na-audit na ulat pampinansyal
attachment-staff_list = Listahan ng mga tauhan
attachment-ip_certificate = Sertipiko ng intelektwal na pag-aari
attachment-commercialisation_evidence = Katibayan ng komersiyalisasyon
attachment-integrity_commitment = Liham ng pangako sa integridad
attachment-credit_report = Pampublikong ulat ng kredito
attachment-feasibility_report = Ulat ng pag-aaral sa pagiging posible
attachment-cooperation_agreement = Kasunduan sa pakikipagtulungan
attachment-relation_declaration = Deklarasyon ng kaugnayan
attachment-other = Iba pa

## Feasibility report sections
section-technology_status = Kalagayan at takbo ng teknolohiya
section-research_base = Batayan sa pananaliksik ng aplikante
section-asean_market_feasibility = Pagiging posible sa target na merkado sa ASEAN
section-rnd_content_and_route = Nilalaman ng R&D at teknikal na ruta
section-organisation = Organisasyon
section-innovations = Mga inobasyon
section-schedule = Iskedyul
section-economic_benefit = Inaasahang pakinabang pang-ekonomiya
section-deployment_plan = Plano ng pagpapatupad para sa sitwasyon
section-budget_and_funding = Badyet at mga pinagmumulan ng pondo
section-risk_response = Pagtugon sa panganib
section-local_partners = Mga lokal na katuwang sa ASEAN
section-ip_and_benefit_sharing = Pagmamay-ari ng intelektwal na pag-aari at hatian ng pakinabang

## Credit code problems
credit-wrong-length = dapat itong may 18 karakter
credit-bad-character = may karakter itong hindi ginagamit sa mga kodigo
credit-bad-division = ang ika-3 hanggang ika-8 karakter ay dapat mga digit
credit-check-mismatch = mali ang karakter na pansuri

## Sync with the agency
sync-title = I-sync sa ahensya
sync-short-idle = Hindi nakakonekta
sync-short-sending = Nagpapadala…
sync-short-offline = { $queued ->
    [0] Offline
   *[other] Offline · { $queued } naghihintay
}
sync-short-all_synced = Naka-sync lahat
sync-short-needs_attention = Kailangang tingnan
sync-short-revoked = Binawi ang susi
sync-phase-idle = Hindi nakakonekta sa server ng ahensya.
sync-phase-sending = Ipinapadala ang mga pakete ng marka…
sync-phase-offline = Hindi maabot ang server ng ahensya. { $queued ->
    [0] Walang naghihintay.
   *[other] { $queued } pakete ang naghihintay at ipadadala pagbalik ng koneksyon.
}
sync-phase-all_synced = Nakarating sa ahensya ang lahat ng isinumite, may nilagdaang resibo.
sync-phase-revoked = Binawi ng ahensya ang susi ng laptop na ito, kaya wala nang ipinapadala ang imbakang ito. { $queued ->
    [0] Walang naghihintay.
    [one] May isang package na nananatili rito, hindi naipadala.
   *[other] May { $queued } package na nananatili rito, hindi naipadala.
}
sync-phase-needs_attention = Tinanggihan ng ahensya ang { $quarantined } pakete; tingnan ang dahilan sa ibaba.
sync-not-enrolled = Hindi pa nakakonekta ang ligtas na imbakang ito sa isang ahensya. Ilagay ang adres ng server, ang iyong ID bilang eksperto at ang isahang-gamit na kodigong ibinigay ng ahensya. Kung walang network, gamitin ang command line: reviewdesk enroll --request.
sync-server = Adres ng server ng ahensya
sync-expert-id = ID ng eksperto
sync-code = Isahang-gamit na kodigo
sync-enroll = Kumonekta
sync-enrolled = Nakakonekta bilang { $id }. Nakapirme na ang susi ng ahensya.
sync-identity = Eksperto { $id } · server { $server }
sync-agency-key = Susi ng ahensya: { $key }
sync-now = I-sync ngayon
sync-export = I-export ang mga pakete sa isang folder…
sync-exported = { $count ->
    [0] Walang paketeng kailangang i-export.
   *[other] { $count } pakete ang naisulat. Iabot ang mga ito sa ahensya.
}
sync-empty = Wala pang pakete ng marka: nagagawa ito kapag nagsumite ng talaan ng marka.
sync-applications = Mga aplikasyon
sync-state = Katayuan
package-queued = Naghihintay maipadala
package-at_meeting = Natanggap ng hub ng pulong; ipapadala sa server ng ahensya sa susunod na sync
package-delivered = Naihatid, nakatago ang resibo
package-quarantined = Tinanggihan ng ahensya
receipt-received = Natanggap ng ahensya noong { $at }
receipt-digest = Fingerprint ng pakete (SHA-256 ng manifest nito)
receipt-signature = Lagda ng ahensya
receipt-explained = Nilagdaan ng ahensya ang resibong ito gamit ang susi nito, na sinuri ng ligtas na imbakang ito pagdating: patunay na nakarating sa ahensya ang pakete nang walang pagbabago.

## Staff mode: the panel's results
main-panel = Mga resulta ng panel
settings-staff = Kawani ng ahensya
settings-staff-note = Ini-install ng mga kawani ng ahensya ang file ng susi ng kawani na isinusulat ng server ng ahensya; dahil dito, nabubuksan at nasusuri ng ligtas na imbakang ito ang mga pakete ng marka ng panel at naisusulat ang katitikan ng pulong ng pagsusuri.
settings-staff-passphrase = Pariralang-lihim ng file ng susi ng kawani
settings-staff-install = I-install ang susi ng kawani…
settings-staff-installed = Naka-install ang susi ng kawani.
settings-connection = Koneksiyon
settings-insecure-http = Payagan ang plain HTTP sa server ng ahensiya sa ibang makina
settings-insecure-http-note = Kapag hiniling lamang ng ahensiya, sa network na pinagkakatiwalaan mo: dadaan dito nang walang proteksiyon ang mga password at marka. Laging pinapayagan ang server sa makinang ito.
panel-title = Mga resulta ng panel
panel-import = Mag-import ng mga file ng pakete…
panel-fetch = Kunin mula sa server
panel-fetch-user = Account ng kawani
panel-fetch-password = Password ng account
panel-imported = { $count ->
    [0] Walang bagong pakete: na-import na ang lahat dati.
   *[other] { $count } pakete ang nasuri at na-import.
}
panel-fetched = { $count ->
    [0] Walang bagong pakete sa server.
   *[other] { $count } bagong pakete ang nakuha, nasuri at na-import.
}
panel-import-aside = Itinabi: { $waiting } na naghihintay ng mas naunang pakete ng parehong eksperto, { $refused } na nanatili sa puwesto pero hindi binilang dahil tinanggihan ang mga marka nito.
panel-forwarded = Mga package na natanggap sa pulong at ipinasa sa server ng ahensya: { $count }.
panel-export-minutes = Isulat ang katitikan ng pulong ng pagsusuri…
panel-export-opinions = Isulat ang mga pormularyo ng opinyon…
panel-export-matrix = I-export ang matrix ng marka…
panel-written = Naisulat: { $path }
panel-saved = Na-save.
panel-save = I-save
panel-meeting = Pulong
panel-meeting-date = Petsa
panel-meeting-place = Lugar
panel-meeting-online = Online na pulong
panel-meeting-chair = Tagapangulo
panel-meeting-staff = Mga kawani ng ahensyang dumalo (paghiwalayin ang mga pangalan ng ;)
panel-scores-by-expert = Kabuuang marka ayon sa eksperto
panel-expert = Eksperto
panel-recused = umurong
panel-missing = kulang
panel-result = Pinagsamang resulta
panel-rank = Ranggo
panel-applicant = Aplikante
panel-overall = Kabuuan
panel-status = Katayuan
panel-status-ranked = niranggo
panel-status-discuss = niranggo; malayo ang agwat ng mga marka, para talakayin
panel-status-failed_formal_review = hindi niranggo: bumagsak sa pormal na pagsusuri
panel-status-no_scores = hindi niranggo: wala pang marka
panel-status-vetoed = hindi niranggo: binetohan
panel-status-below_pass_mark = hindi niranggo: mababa sa pasadong marka
panel-status-below_threshold = hindi niranggo: mababa sa hangganan ng isang pamantayan
panel-missing-experts = hinihintay si/sina { $experts }
panel-outcome-straight_to_signing = Ang iisang aplikanteng pumasa sa pormal na pagsusuri ay diretso sa paglagda: { $application }
panel-outcome-selected = Napili: { $application }
panel-outcome-tie_unresolved = Pantay pa rin matapos ang lahat ng pampatabla: { $applications }. Itala ang boto ng panel.
panel-outcome-tie_unresolved-no-vote = Patas pa rin matapos ang bawat pagtatabla: { $applications }. Hindi na ito binabasag ng tuntunin ng panawagan: ang panel ang magpapasya, at itatala ito sa tala ng tagapangulo.
panel-round-none = Mag-isang nagmamarka ang mga eksperto.
panel-round-discussion = Bukas para sa talakayan: nakikita ng mga ekspertong nakapagsumite ang mga marka ng panel.
panel-round-revision = Bukas para sa rebisyon: nakikita ng mga eksperto ang mga marka ng panel at maaari nilang baguhin ang kanilang mga sheet.
panel-open-discussion = Buksan para sa talakayan
panel-open-revision = Buksan para sa rebisyon
panel-close-round = Isara ang round
panel-outcome-awaiting_scores = Wala pang konklusyon: may kulang pang talaan ng marka.
panel-outcome-none_selectable = Walang aplikanteng mapipili.
panel-note = Tala ng panel (tagapangulo)
panel-votes = Boto ng panel (mga boto bawat aplikante, kung nagbotohan)
panel-matrix-shows = Ipinapakitang marka
recovery-title = Ang iyong susi sa pagbawi
recovery-intro = Kung makalimutan mo ang iyong pariralang-lihim, bubuksan ng susing ito ang iyong imbakan at hahayaan kang pumili ng bago. Isulat ito o i-print ang pahinang ito, at itago nang hiwalay sa computer na ito. Ngayon lamang ito ipapakita.
recovery-print = I-print…
recovery-confirm = Para kumpirmahing naitago mo ito, i-type ang huling apat na karakter nito
recovery-kept = Naitago ko na
recovery-confirm-wrong = Hindi iyan ang dulo ng iyong susi sa pagbawi. Tingnan muli ang isinulat mo.
unlock-forgot = Nakalimutan ang pariralang-lihim?
reset-title = Magtakda ng bagong pariralang-lihim
reset-intro = I-type ang susi sa pagbawi na itinago mo nang gawin ang imbakan, saka pumili ng bagong pariralang-lihim. Mananatili ang lahat ng nasa imbakan.
reset-recovery-key = Susi sa pagbawi
reset-button = Itakda at buksan
reset-working = Binubuksan ang imbakan…
reset-back = Bumalik sa pagbukas gamit ang pariralang-lihim
recovery-missing = Wala pang susi sa pagbawi ang imbakang ito: kung wala nito, hindi mare-reset ang nakalimutang pariralang-lihim.
recovery-make = Gumawa ng susi sa pagbawi
settings-recovery = Susi sa pagbawi
settings-recovery-note = Gumawa ng bagong susi sa pagbawi kung nawala ang itinago mo o may ibang nakakita nito. Hindi na gagana ang luma.
settings-recovery-new = Gumawa ng bagong susi sa pagbawi…
recovery-new-note = Ang iyong bagong susi sa pagbawi. Hindi na gagana ang anumang nauna.
backup-reminder = Mahigit isang araw na ang huli mong backup at may ginawa ka mula noon. Mawawala ito kapag nawala o nasira ang laptop.
backup-now = Mag-backup ngayon…
backup-written = Naisulat ang backup sa { $path }.
settings-backup = Reserbang kopya
settings-backup-last = Huling backup: { $time }.
settings-backup-never = Hindi pa kailanman na-backup ang imbakang ito. Naka-encrypt ang backup tulad ng imbakan; itago ito nang malayo sa laptop na ito.
setup-restore = Ibalik mula sa backup…
setup-restore-note = Lilipat sa bagong laptop? Ibalik na lang ang backup na ginawa mo sa luma.
unlock-restored = Naibalik ang backup ng { $time }. Buksan ito gamit ang pariralang-lihim nito noon, o ang susi sa pagbawi nito.
sync-by-file-title = Walang koneksiyon? Magpatala gamit ang file
sync-by-file = Sumulat ng request file gamit ang iyong expert id at one-time code at ipadala sa ahensiya (sa e-mail o USB stick); saka basahin ang response file na ibabalik nila.
sync-by-file-needs = Punan muna ang iyong expert id at one-time code.
sync-write-request = Isulat ang request file…
sync-read-response = Basahin ang response file…
sync-request-written = Naisulat ang request sa { $path }. Ipadala ito sa ahensiya, saka basahin dito ang kanilang response file.
sync-import-bundle = Mag-import ng bundle file…
sync-device-key = Ang susi ng laptop na ito, ayon sa pagrehistro ng ahensiya: { $key }
sync-continues-after = Muling na-enroll matapos mawala ang device: sumusunod ang mga package ng imbakang ito sa package { $sequence }, ang huling natanggap ng ahensya, at bumalik kasama ng iyong bungkos ang mga sheet na naipadala mo na.
sync-enroll-again = I-enroll muli ang imbakang ito…
sync-enroll-again-note = Ilagay ang isang-beses na code na ibinigay ng ahensya para sa muling pag-enroll. Magkakaroon ng bagong susi ang imbakang ito; mananatili ang iyong mga sheet, at ang hindi pa naipadala ay ipapadala gamit ang bagong susi, kasunod ng huling package na natanggap ng ahensya.

## The Windows installer (src-tauri/windows/installer.nsi, through cargo xtask windows)
installer-webview2-missing = Kailangan ng ReviewDesk ang Microsoft Edge WebView2 Runtime, na wala pa sa computer na ito. I-install ito mula sa https://go.microsoft.com/fwlink/p/?LinkId=2124703, saka buksan ang ReviewDesk. Gumagana nang wala ito ang mga command-line tool sa folder na bin.
installer-shortcut-description = Offline na pagsusuri ng eksperto para sa cross-border na bukas na paligsahan
installer-remove-data = Burahin din ang aking mga ligtas na imbakan at setting
installer-remove-data-description = Binubura ang mga ligtas na imbakan sa computer na ito, kasama ang mga iskor na hindi pa naipapadala sa ahensya. Huwag lagyan ng tsek para manatili ang mga ito para sa susunod na pag-install.
installer-remove-data-confirm = Burahin ang lahat ng ligtas na imbakan at setting sa { $folder }? Mawawala ang mga iskor na hindi pa naipapadala sa ahensya.
main-meeting = Pulong
meeting-title = Pulong ng panel
meeting-intro = Patakbuhin ang pulong sa network ng silid na ito: ipinapadala ng mga app ng eksperto ang kanilang mga marka sa laptop na ito, nang hindi kailangan ang internet.
meeting-start = Simulan ang pulong
meeting-stop = Tapusin ang pulong
meeting-stop-confirm-title = Tapusin ang pulong?
meeting-stop-confirm-body = Hindi na maaabot ng mga app ng eksperto ang laptop na ito. Walang mawawala: nananatili ang kanilang mga marka sa kanilang ligtas na imbakan at makararating sa server ng ahensya kapag nag-sync sila, at nananatili sa ligtas na imbakang ito ang mga package na natanggap dito, upang ipasa gamit ang “Kunin mula sa server”.
meeting-join-card = Kard ng pagsali
meeting-code-label = Code ng pulong
meeting-addresses-label = Adres
meeting-fingerprint-label = Fingerprint ng sertipiko (SHA-256)
meeting-qr-alt = QR code ng adres at code ng pulong
meeting-board = Live na board
meeting-board-demand = { $demand } { $title }: natanggap ang { $done } sa { $assigned } na sheet
meeting-board-applicant = Aplikante
meeting-state-not_started = Hindi pa nagsisimula
meeting-state-scoring = Nagmamarka
meeting-state-submitted = Naipasa
meeting-state-revising = Nirerebisa
meeting-state-recused = Umiwas
meeting-join-intro = I-type ang adres at code mula sa join card ng tagapangulo, o i-paste ang linya sa ilalim ng QR code nito. Makararating pa rin sa server ng ahensya ang iyong mga marka kapag nag-sync ka.
meeting-hub-label = Adres o linya ng pagsali
meeting-join = Sumali
meeting-joined = Nasa pulong sa panawagang { $call } sa { $address } — code ng pulong { $code }.
meeting-leave = Umalis sa pulong
meeting-awaiting = Mga package na hindi pa nakararating mismo sa server ng ahensya: { $count }. Ipapadala sa susunod na sync.
meeting-nothing-open = Wala pang binubuksang pangangailangan mo ang tagapangulo para sa talakayan. Magpatuloy sa pagmamarka: natatanggap ng hub ang iyong mga sheet habang ipinapasa mo ang mga ito.
meeting-recused = Umiwas ka (recused).
meeting-flagged = minarkahan para sa talakayan
meeting-overall = Kabuuan
meeting-criterion = Pamantayan
meeting-scores = Mga marka, mula pinakamababa
meeting-median = Panggitna
meeting-range = Saklaw
meeting-reasons = Mga dahilan ng iba
meeting-opinions = Mga opinyon ng iba
meeting-minutes = Katitikang lalagdaan
meeting-minutes-intro = Kapag nakapagpasya na ang panel, gawing pinal ang katitikan: ipapakita ng app ng bawat eksperto ang nilalaman para lagdaan, at ililista ng PDF ng katitikan ang bawat lagda.
meeting-minutes-fixed = Pinal para lagdaan { $at }.
meeting-minutes-digest = SHA-256 ng nilalaman: { $digest }
meeting-minutes-stale = Nagbago ang datos ng panel mula nang gawing pinal ang katitikan (isang package, tala o boto): gawin itong pinal muli, at lalagdaan ng panel ang bagong nilalaman.
meeting-minutes-signed-by = Lumagda si { $name } ({ $expert }) { $at }
meeting-minutes-waiting-for = Hindi pa lumalagda si { $name } ({ $expert })
meeting-fix = Gawing pinal ang katitikan para lagdaan
meeting-fix-again = Gawing pinal muli ang katitikan
meeting-fix-confirm-title = Gawing pinal ang katitikan para lagdaan?
meeting-fix-confirm-body = Gagawing pinal ang nilalaman ng katitikan ayon sa kasalukuyang datos ng panel, at ipapakita ito ng app ng bawat eksperto para lagdaan. Itala muna ang mga detalye ng pulong at mga tala ng tagapangulo: ang anumang pagbabago pagkatapos ay nangangahulugan ng muling pagpapasya at muling paglagda.
meeting-fix-again-confirm-body = Gagawing pinal muli ang nilalaman ayon sa kasalukuyang datos ng panel. Hindi na bibilangin ang mga lagda sa naunang nilalaman: lalagda muli ang bawat eksperto.
meeting-sign = Lagdaan ang katitikan
meeting-sign-confirm-title = Lagdaan ang katitikang ito?
meeting-sign-confirm-body = Lalagdaan ng iyong susi ang eksaktong nilalamang ipinakita (SHA-256 { $digest }). Hindi na mababawi ang lagda; kung babaguhin ng tagapangulo ang katitikan, hihilingin sa iyong lumagda muli.
meeting-minutes-you-signed = Nilagdaan mo na ang katitikang ito.
