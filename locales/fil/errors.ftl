# Errors, keyed by the code that crosses from the Rust core to the UI and the CLI.
error-vault-wrong-passphrase = Mali ang pariralang-lihim. Walang binago.
error-vault-not-found = Walang ligtas na imbakan sa { $path }.
error-vault-in-use = Bukas ang ligtas na imbakan sa { $path } sa ibang window o programa ng ReviewDesk. Isara ito roon, saka subukang muli.
error-vault-exists = May ligtas na imbakan na sa { $path }.
error-vault-encryption-unavailable = Walang encryption sa bersyong ito, kaya hindi mag-iimbak ng anumang datos ang ReviewDesk.
error-vault-key-file-damaged = Sira ang file ng susi ng ligtas na imbakan ({ $detail }). Ibalik ang imbakan at ang file ng susi nito mula sa backup, o hilingin sa ahensya na ipadala muli ang iyong takdang-gawain.
error-vault-newer-schema = Isinulat ang ligtas na imbakang ito ng mas bagong bersyon ng ReviewDesk. Pakibago ang ReviewDesk.
error-vault-locked = Nakasara ang ligtas na imbakan. Buksan muna ito.
error-vault-corrupt = Sira ang datos ng ligtas na imbakan ({ $detail }). Ibalik ang imbakan at ang file ng susi nito mula sa backup, o hilingin sa ahensya na ipadala muli ang iyong takdang-gawain.
error-not-found = Walang nakitang may ID na { $id }.
error-passphrase-empty = Pakilagay ang pariralang-lihim.
error-passphrase-mismatch = Hindi magkatugma ang dalawang pariralang-lihim.
error-passphrase-too-weak = Masyadong madaling hulaan ang pariralang-lihim na ito. Gumamit ng mas mahaba, gaya ng ilang salitang walang kaugnayan.
error-io = Hindi mabasa o maisulat ang file: { $detail }
error-internal = May nagkaproblema sa loob ng ReviewDesk: { $detail }
error-document = Tinanggihan ang file ng datos ng ahensya, walang na-import. { $location }{ $reason }
document-location = Sa { $path }:{" "}
document-too-large = { $size } byte ang file, higit sa pinapayagang { $limit } byte.
document-syntax = Hindi ito wastong JSON (linya { $line }, hanay { $column }).
document-wrong-format = Hindi ito file ng datos ng ahensya ng ReviewDesk (ang format ay “{ $found }”).
document-unsupported-version = Hindi suportado ang bersyon { $found } ng format; bersyon { $supported } ang binabasa ng bersyong ito ng ReviewDesk.
document-missing-field = Kulang ang kinakailangang field na “{ $field }”.
document-unknown-field = Hindi bahagi ng format ang field na “{ $field }”.
document-unknown-value = Ang “{ $value }” ay hindi isa sa mga pinapayagang halaga.
document-wrong-type = Maling uri: { $detail }.
document-invalid-value = Hindi wastong halaga: { $detail }.
document-blank-text = Walang laman ang teksto sa lahat ng wika.
document-bad-language-tag = Ang “{ $tag }” ay hindi tag ng wika.
document-duplicate-id = Dalawang beses ginamit ang ID na “{ $id }”.
document-unknown-reference = Tumutukoy ito sa { $target ->
        [demand] pangangailangang
        [application] aplikasyong
        [attachment] kalakip na
       *[expert] ekspertong
    } “{ $id }”, na wala sa file.
document-foreign-attachment = Ang kalakip na “{ $id }” ay sa ibang aplikasyon.
document-bad-base64 = Hindi wastong base64 ang laman ng kalakip.
document-size-mismatch = { $actual } byte ang kalakip ngunit { $declared } ang idineklara.
document-digest-mismatch = Hindi tugma ang laman ng kalakip sa SHA-256 digest nito.
document-unsupported-media-type = Hindi tinatanggap ang mga kalakip na uring “{ $media_type }”.
document-content-mismatch = Ang laman ng kalakip ay hindi file na { $media_type }.
document-invalid-rubric = Hindi mamamarkahan ang rubric: { $fault ->
    [precision-too-high] nagdedeklara ito ng higit sa 4 na decimal place
    [no-criteria] kailangan ng may-markang rubric ng kahit isang pamantayan
    [duplicate-id] may ID na dalawang beses ginamit
    [weight-not-positive] dapat mas mataas sa zero ang timbang
    [threshold-out-of-range] dapat nasa pagitan ng 0 at 100 ang hangganan
    [no-items] kailangan ng pamantayan ng kahit isang sub-item
    [bad-scale] kailangan ng iskala ng minimum na mas mababa sa maximum at positibong hakbang
    [step-not-dividing] dapat hatiin nang eksakto ng hakbang ang saklaw ng iskala
   *[bad-comment-rule] kailangan ng tuntunin sa puna ang 0 ≤ ibaba ≤ itaas ≤ 1
}.
error-sheet-locked = Naisumite na ang talaan ng marka ng { $id } at hindi na mababago. Magsimula ng rebisyon para sa bagong bersyon.
error-sheet-invalid = May maling halaga ang talaan ng marka ({ $item }). Walang na-save.
error-sheet-incomplete = Hindi pa maisusumite ang talaan ng marka: { $count } bagay pa ang kulang.
error-sheet-deadline-passed = Nagsara ang paunang pagsusuri noong { $date }; hindi na mababago ang mga naisumiteng talaan.
error-sheet-file-invalid = Hindi mabasa ang file ng talaan ng marka: { $detail }

## Enrollment and assignment bundles
error-already-enrolled = Naka-enroll na ang ligtas na imbakang ito bilang ekspertong { $id }.
error-enrollment-not-started = Walang enrollment na naghihintay ng tugon. Magsimula sa kahilingan sa enrollment.
error-enrollment-file-invalid = Hindi mabasa ang file ng enrollment: { $detail }
error-enroll-usage = Ibigay ang --expert at --code kasama ang --server (online) o --request (offline) para mag-enroll, o ang --response para tapusin ang offline na enrollment.
error-not-enrolled = Hindi pa naka-enroll sa ahensya ang ligtas na imbakang ito, kaya hindi nito masusuri ang lagda ng bungkos ng takdang-gawain.
error-key-revoked = Binawi ng ahensya ang susi ng laptop na ito: muli kang na-enroll sa ibang device. Hindi na makapagpapadala ng marka ang ligtas na imbakang ito; nananatili ang iyong gawa. Gamitin ang imbakang naka-enroll ngayon, o humingi sa ahensya ng code para sa muling pag-enroll.
error-bundle-call-mismatch = Ang laman ng bungkos ay para sa ibang panawagan ({ $id }). Walang na-import.
error-exchange-malformed = Ang { $kind ->
    [bundle] bungkos ng takdang-gawain
   *[package] pakete ng marka
} ay sira o hindi file ng ReviewDesk ({ $detail }). Walang binago.
error-exchange-unsafe-path = Tinanggihan ang file: tumuturo sa labas ng archive ang entry na “{ $name }”. Walang binago.
error-exchange-symlink = Tinanggihan ang file: link ang entry na “{ $name }”. Walang binago.
error-exchange-duplicate-name = Tinanggihan ang file: magkapareho ang pangalan ng dalawang entry. Walang binago.
error-exchange-overlapping-entries = Tinanggihan ang file: nagsasapawan ang mga entry nito. Walang binago.
error-exchange-too-many-entries = Tinanggihan ang file: { $count } entry, hanggang { $limit } lang ang pinapayagan. Walang binago.
error-exchange-too-large = Tinanggihan ang file: { $size } byte, hanggang { $limit } lang ang pinapayagan. Walang binago.
error-exchange-compression-ratio = Tinanggihan ang file: lalaki nang higit sa { $limit } ulit ang entry na “{ $name }”. Walang binago.
error-exchange-unexpected-entry = Tinanggihan ang file: may hindi inaasahang entry na “{ $name }”. Walang binago.
error-exchange-not-stored = Tinanggihan ang file: naka-compress ang entry na “{ $name }”; mga entry na hindi naka-compress lamang ang pinapayagan. Walang binago.
error-exchange-entry-order = Tinanggihan ang file: wala sa itinakdang ayos ang mga entry nito. Walang binago.
error-exchange-invalid-field = Tinanggihan ang file: wala sa itinakdang anyo ang field na { $field } ng manifest ({ $value }). Walang binago.
error-exchange-wrong-expert = Binabanggit ng pakete ang ekspertong { $named }, ngunit sinuri ito gamit ang rehistradong susi ni { $registered }. Walang binago.
error-exchange-not-canonical = Tinanggihan ang file: wala sa kanonikal na anyo ang manifest nito. Walang binago.
error-exchange-wrong-kind = Isa itong file na “{ $found }”, hindi { $expected ->
    [bundle] bungkos ng takdang-gawain
   *[package] pakete ng marka
}. Walang binago.
error-exchange-unsupported-version = Gumagamit ang file ng bersyon { $found } ng format, na hindi mabasa ng bersyong ito ng ReviewDesk. Walang binago.
error-exchange-bad-signature = Hindi tugma ang lagda: hindi ginawa ng inaasahang partido ang file o binago ito. Walang binago.
error-exchange-revoked-key = Ang package { $sequence } ay nilagdaan ng susing hindi tinatanggap ng ahensya sa puwestong iyon ng kadena ng eksperto: binawi ang susi nang muling i-enroll ang eksperto. Walang binago.
error-exchange-hash-mismatch = Tinanggihan ang file: binago ang “{ $name }” matapos lagdaan. Walang binago.
error-exchange-wrong-recipient = Para sa ibang tao ang file na ito. Walang binago.
error-exchange-expired = Nag-expire ang bungkos noong { $date }. Humingi ng bago sa ahensya. Walang binago.
error-exchange-rollback = Bersyon { $sequence } ang bungkos, mas luma kaysa sa naka-install na bersyon { $installed }. Walang binago.
error-exchange-undecryptable = Hindi ma-decrypt ang laman gamit ang susi ng ligtas na imbakang ito. Walang binago.
error-exchange-bad-key = Hindi wasto ang isang susi ({ $detail }).
error-exchange-encryption = Nabigo ang encryption: { $detail }
error-key-file-invalid = Hindi mabasa ang file ng susi na { $path }.
error-sync-unreachable = Hindi maabot ang server ng ahensya ({ $detail }). Nananatiling nakapila ang lahat; subukang muli mamaya.
error-sync-refused = Tinanggihan ng server ng ahensya ang kahilingan ({ $code }): { $detail }
error-sync-incomplete = May mga pakete pang nakapila: { $detail }. Ipadadala ang mga ito sa susunod na sync.
error-no-server = Walang alam na adres ng server ng ahensya. Ibigay ito gamit ang --server.
error-server-certificate-changed = Sumagot ang server ng ahensiya na { $server } gamit ang ibang sertipiko kaysa sa na-pin noong nag-enroll ka. Maaaring may tao sa pagitan mo at ng ahensiya: walang naipadala. Itanong sa ahensiya kung nagbago ang sertipiko nito.
error-server-certificate-untrusted = Nagpapakita ang server ng ahensiya na { $server } ng sertipikong hindi pinagkakatiwalaan ng computer na ito, at walang na-pin para dito noong enrollment. Walang naipadala; humingi sa ahensiya ng bagong enrollment code.
error-insecure-http = Tumatangging makipag-usap sa { $server } sa plain HTTP: dadaan sa network nang walang proteksiyon ang mga password at marka. Gamitin ang https:// na address nito, o, kung hihilingin ng ahensiya, payagan ang plain HTTP (Mga Setting › Koneksiyon, o --insecure-http).
error-staff-key-wrong-passphrase = Hindi nabubuksan ng pariralang-lihim ang file ng susi ng kawaning ito. Walang binago.
error-not-staff = Wala pang susi ng kawani ang ligtas na imbakang ito. I-install ang file ng susi ng kawani na isinulat ng server ng ahensya (reviewdesk-server staff-key).
error-staff-only = Hindi tinanggap ng server ng ahensya ang pangalan at password ng kawaning ito.
error-staff-locked = Masyadong maraming bigong pag-sign in ng kawani: tinatanggihan ng server ng ahensya ang pangalang ito nang labinlimang minuto. Subukang muli mamaya.
error-package-unknown-expert = Galing ang pakete kay { $expert }, na hindi kilala rito ang susi. Mag-install ng mas bagong file ng susi ng kawani. Walang na-import.
error-package-early = Nauna ang pakete { $sequence } ni { $expert } sa pakete { $expected }: maghihintay ito hanggang dumating ang mga paketeng nasa pagitan.
error-package-fork = Hindi sumusunod ang pakete { $sequence } ni { $expert } sa kanyang pakete { $head } (pinalitan o binagong pakete). Walang na-import.
error-package-unreadable = Hindi dokumento ng marka na mababasa ng bersyong ito ang laman ng pakete ({ $detail }). Nananatili ito sa puwesto nito, ngunit hindi binibilang ang mga marka nito.
error-package-unknown-call = Para sa panawagang { $call } ang pakete, na wala rito. Nananatili ito sa puwesto nito, ngunit hindi binibilang ang mga marka nito.
error-package-content-mismatch = Ang laman ng pakete ay nagsasabi ng ibang eksperto o panawagan kaysa sa nilagdaang manifest nito. Nananatili ito sa puwesto nito, ngunit hindi binibilang ang mga marka nito.
error-package-not-assigned = May talaan ang pakete para sa { $application }, na hindi nakatalaga sa eksperto nito. Nananatili ito sa puwesto nito, ngunit hindi binibilang ang mga marka nito.
error-package-unknown-rubric = May talaan ang pakete ayon sa rubric na { $rubric } bersyon { $version }, na wala sa panawagan. Nananatili ito sa puwesto nito, ngunit hindi binibilang ang mga marka nito.
error-package-invalid-sheet = Hindi buo at wastong pagsusumite ang talaan para sa { $application } sa pakete (markang labas sa saklaw o hakbang, o may kulang). Nananatili ito sa puwesto nito, ngunit hindi binibilang ang mga marka nito.
error-package-totals-mismatch = Hindi tugma ang kabuuan ng { $application } sa pakete sa mga marka nito. Nananatili ito sa puwesto nito, ngunit hindi binibilang ang mga marka nito.
error-package-id-reused = May ibang paketeng may parehong ID ({ $package }) na natanggap dati. Walang na-import.
error-import-call-signed = Dumating na may lagda ng ahensya ang panawagang { $call }; hindi ito mapapalitan ng file ng datos na walang lagda. I-import na lang ang mas bagong bundle ng ahensya. Walang binago.
error-fonts-missing = Nawawala ang isang font na kailangan ng dokumento: { $detail }
error-staff-vote-usage = Isinusulat ang boto bilang APLIKASYON=BOTO, gaya ng A001=4; hindi { $vote }.
error-panel-vote-not-in-rule = Walang botohan ng panel sa tuntunin ng pagtatabla ng panawagan, kaya walang botong itinatala para sa { $demand }. Isulat ang pasya ng panel sa tala ng tagapangulo.
error-discussion-not-open = Hindi pa binubuksan ng tagapangulo ang pangangailangan { $demand } para sa talakayan.
error-discussion-not-submitted = Isumite muna ang iyong mga sheet para sa { $applications }: ang mga marka ng panel para sa { $demand } ay ipinapakita lamang sa mga ekspertong nakapagsumite na.
error-discussion-not-assigned = Wala kang minamarkahang aplikante ng pangangailangan { $demand }, kaya hindi ipinapakita sa iyo ang talakayan nito.
error-revision-not-allowed = Hindi pinapayagan ng panawagan ang round ng rebisyon, kaya hindi mabubuksan ang { $demand } para sa rebisyon.
error-meeting-not-joined = Hindi pa sumasali sa pulong ang ligtas na imbakang ito. Sumali gamit ang address at code sa join card ng tagapangulo.
error-meeting-code-wrong = Ang hub sa { $server } ay hindi sumasagot gamit ang sertipiko ng meeting code { $code }. Suriin ang address at code sa join card ng tagapangulo.
error-meeting-not-vouched = Ang hub sa { $server } ay hindi pinatutunayan ng susi ng ahensya. Maaaring sa iba ito; huwag ipadala rito ang iyong mga marka.
error-meeting-hub-unreachable = Hindi maabot ang hub ng pulong sa { $server } ({ $detail }). Nananatili sa ligtas na imbakang ito ang iyong mga marka at ipapadala kapag sumagot muli ang hub.
error-minutes-not-fixed = Hindi pa pinal ng tagapangulo ang katitikan ng panawagan { $call } para lagdaan.
error-minutes-changed = Muling pinal ng tagapangulo ang katitikan ng panawagan { $call } matapos mo itong basahin. Basahin itong muli bago lumagda.
error-minutes-altered = Hindi tugma ang nilalaman ng katitikang ito sa digest na nilagdaan ng panel: binago ito matapos lagdaan. Huwag umasa sa kopyang ito.
error-minutes-unsealed = Walang katitikang tinatakan ng ReviewDesk ang { $path } ({ $detail }), kaya walang mapaghahambingan. Hingin sa ahensya ang PDF ng katitikan na in-export nito.
error-minutes-not-on-panel = Hindi kabilang ang eksperto { $expert } sa mga ekspertong binabanggit ng katitikang ito, kaya hindi makalalagda.
error-vault-wrong-recovery-key = Hindi mabubuksan ng susi sa pagbawi na iyan ang imbakang ito. Walang binago.
error-vault-no-recovery-key = Walang susi sa pagbawi ang imbakang ito: ginawa ito bago nagkaroon ng susi sa pagbawi, at walang ginawa mula noon. Ang pariralang-lihim lamang nito ang makapagbubukas dito.
error-recovery-key-malformed = Hindi iyan susi sa pagbawi: may 32 titik at numero ito, nakapangkat nang tig-aapat.
error-vault-backup-damaged = Sira ang backup file na ito o hindi ito backup ng ReviewDesk ({ $detail }). Walang naibalik.
error-vault-newer-backup = Ginawa ang backup na ito ng mas bagong bersiyon ng ReviewDesk. I-install ang mas bagong bersiyon para maibalik ito. Walang naibalik.
error-vault-copy-behind = Naipadala na ng ibang kopya ng imbakang ito — isang naibalik na backup, o ang imbakang ito sa ibang laptop — ang pakete { $sequence }, kaya hindi na ito maipadadala ng kopyang ito. Magpatuloy sa kopyang nauuna; nananatili rito ang paketeng ito, nakatabi.
