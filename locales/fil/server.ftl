# The agency server's admin tools.

server-error = Mali ({ $code }): { $message }
server-listening = Nakikinig ang server ng ahensya ng ReviewDesk sa http://{ $address }
server-call-loaded = Na-load ang panawagang { $call }: { $applications } aplikasyon, { $experts } eksperto.
server-code = Isahang-gamit na kodigo sa enrollment para kay { $expert }: { $code }
server-enrolled = Naka-enroll na si { $expert }; ibigay sa kanya ang { $path }.
server-bundle-issued = Naisulat sa { $path } ang bungkos { $sequence } para kay { $expert }.
server-package-accepted = Tinanggap ang { $path }: pakete { $sequence } ni { $expert }.
server-password-prompt = Password ng kawani:
server-staff-added = Na-save ang account ng kawaning { $name }.
server-assigned = Sinusuri na ngayon ni { $expert } ang { $count } aplikasyon ng { $call }; dadalhin ang mga ito ng susunod na bungkos.

## Command-line help of reviewdesk-server
server-help = Ang server ng ahensya ng ReviewDesk at ang mga kasangkapan nito sa pangangasiwa.
server-help-db = Ang file ng database ng server.
server-help-init = Gawin ang database at ang mga susi ng ahensya (minsan lang); i-print ang mga pampublikong susi.
server-help-init-url = Ang adres na ginagamit ng mga eksperto para maabot ang server na ito, ipinapadala sa kanila sa enrollment.
server-help-serve = Patakbuhin ang HTTP API.
server-help-serve-listen = Ang adres at port na pakikinggan.
server-help-agency-key = I-print ang mga pampublikong susi ng ahensya (JSON), para ibigay sa mga eksperto at tagapagpatunay.
server-help-load-call = I-load (o i-load muli) ang isang panawagan mula sa file ng datos ng ahensya, kasama ang mga eksperto at takdang-gawain nito.
server-help-load-call-file = Ang file ng datos ng ahensya (JSON).
server-help-assign = Itakda nang eksakto kung aling mga aplikasyon ng panawagan ang susuriin ng isang eksperto.
server-help-assign-call = Ang ID ng panawagan.
server-help-assign-expert = Ang ID ng eksperto.
server-help-assign-applications = Mga ID ng aplikasyon, pinaghihiwalay ng kuwit.
server-help-code = Maglabas ng isahang-gamit na kodigo sa enrollment para sa isang eksperto (ipini-print nang mag-isa sa standard output).
server-help-code-expert = Ang ID ng eksperto.
server-help-enroll = Sagutin ang file ng kahilingan sa enrollment ng isang file ng tugon (offline na enrollment).
server-help-enroll-request = Ang file ng kahilingan sa enrollment ng eksperto.
server-help-enroll-out = Kung saan isusulat ang file ng tugon.
server-help-issue-bundle = Selyuhan ang bagong bungkos ng takdang-gawain ng panawagan para sa isang eksperto.
server-help-issue-bundle-expert = Ang ID ng eksperto.
server-help-issue-bundle-call = Ang ID ng panawagan.
server-help-issue-bundle-out = Kung saan isusulat ang bungkos.
server-help-import-package = Tanggapin ang mga file ng pakete ng marka na dinala nang personal.
server-help-import-package-files = Ang mga file ng pakete.
server-help-progress = Ipakita ang pag-usad ng bawat eksperto (JSON).
server-help-add-staff = Magdagdag o magpalit ng account ng kawani (password mula sa REVIEWDESK_STAFF_PASSWORD o itatanong).
server-help-add-staff-name = Ang user name ng kawani.
server-staff-key-prompt = Pariralang-lihim para sa file ng susi ng kawani (hindi bababa sa 12 karakter):
server-staff-key-weak = Dapat may hindi bababa sa 12 karakter ang pariralang-lihim ng susi ng kawani.
server-staff-key-written = Naisulat sa { $path } ang file ng susi ng kawani. Iabot ito at sabihin ang pariralang-lihim nang hiwalay.
server-help-staff-key = Isulat ang file ng susi ng kawani: ang mga susi ng ahensya at ang mga pampublikong susi ng mga eksperto, selyado ng pariralang-lihim (REVIEWDESK_STAFF_KEY_PASSPHRASE o itatanong).
server-help-staff-key-out = Kung saan isusulat ang file ng susi ng kawani.
