# The desktop app's interface.
app-title = ReviewDesk
app-tagline = Penilaian pakar untuk pertandingan terbuka rentas sempadan
language-label = Bahasa
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
yes = Ya
no = Tidak
none = Tiada
close = Tutup
cancel = Batal
save = Simpan
months = { $count } bulan

## First run: creating the vault
setup-title = Cipta peti besi data anda
setup-intro = ReviewDesk menyimpan permohonan yang ditugaskan kepada anda dalam peti besi data yang disulitkan pada komputer ini. Pilih frasa laluan untuk melindunginya. Jika anda terlupa, kunci pemulihan yang dipaparkan seterusnya membuka peti besi.
setup-passphrase = Frasa laluan
setup-confirm = Ulang frasa laluan
setup-create = Cipta peti besi data
setup-creating = Mencipta peti besi data…
setup-demo-note = Pelawaan contoh akan diimport ke dalam peti besi data baharu.
strength-label = Kekuatan: { $level ->
        [0] sangat lemah
        [1] lemah
        [2] sederhana
        [3] baik
       *[4] kuat
    }
strength-hint-short = Gunakan sekurang-kurangnya 12 aksara.
strength-hint-words = Beberapa perkataan yang tidak berkaitan adalah kuat dan mudah diingat.
strength-hint-ok = Frasa laluan yang baik.

## Unlocking
unlock-title = Buka kunci peti besi data anda
unlock-passphrase = Frasa laluan
unlock-button = Buka kunci
unlock-working = Membuka kunci…
unlock-auto-locked = Peti besi data mengunci sendiri selepas tempoh tanpa aktiviti.
unlock-locked = Peti besi data berkunci.

## Main screen
main-lock = Kunci
main-import = Import data agensi…
main-settings = Tetapan
import-progress = Mengimport… { $done } daripada { $total }
import-done = { $applications } permohonan untuk { $demands } keperluan telah diimport.
import-replaced = Pelawaan dikemas kini dengan fail baharu: { $applications } permohonan untuk { $demands } keperluan.
import-unchanged = Fail ini sudah diimport; tiada perubahan.
search-label = Cari permohonan
search-placeholder = Nama, kod kredit, ahli pasukan, keperluan…
filter-country = Negara
filter-field = Bidang
filter-all = Semua
clear-filters = Kosongkan penapis
list-count = { $applications } permohonan · { $demands } keperluan
list-no-match = Tiada permohonan yang sepadan. Kosongkan carian atau penapis untuk melihat semuanya.
empty-title = Belum ada data agensi
empty-body = Import fail data agensi yang anda terima untuk pelawaan ini. Fail kekal disulitkan pada komputer ini.
demand-applicants = { $count } pemohon
demand-single = Pemohon tunggal: terus ke pemeteraian perjanjian selepas semakan formal.
select-prompt = Pilih permohonan di sebelah kiri untuk membacanya di sini.
deadline = Tarikh tutup permohonan: { $date }

## Settings
settings-title = Tetapan
settings-auto-lock = Kunci selepas sekian minit tanpa aktiviti
settings-saved = Tetapan disimpan.
settings-change-passphrase = Tukar frasa laluan
settings-new-passphrase = Frasa laluan baharu
settings-passphrase-changed = Frasa laluan telah ditukar.

## Application view
app-section-overview = Gambaran keseluruhan
app-demand = Keperluan
app-demand-side = Pihak pengemuka keperluan
app-country = Negara
app-field = Bidang
app-need = Keperluan teknikal
app-goals = Matlamat
app-scenario = Senario
app-resource-line = { $kind }: { $description }
app-resources = Sumber yang disediakan oleh pihak pengemuka keperluan
app-submitted = Dihantar pada
app-recommendation = Disyorkan oleh
app-self-recommended = Mencalonkan diri sendiri
app-section-applicants = Pemohon
app-lead = Pemohon utama
app-member = Ahli konsortium
app-unit-kind = Jenis
app-credit-code = Kod kredit sosial bersatu
app-credit-valid = aksara semakan betul
app-credit-invalid = bukan kod yang sah: { $reason }
app-registered-on = Didaftarkan pada
app-address = Alamat berdaftar
app-legal-person = Entiti undang-undang bebas
app-section-finance = Pelaburan penyelidikan dan pembangunan (tahun lepas)
app-unit = Organisasi
app-year = Tahun
app-revenue = Hasil perniagaan utama
app-rnd-spend = Perbelanjaan penyelidikan dan pembangunan
app-rnd-intensity = Intensiti penyelidikan dan pembangunan
app-section-team = Pasukan
app-leader = Ketua projek
app-name = Nama
app-role = Peranan
app-full-time = Penyelidik sepenuh masa
app-languages = Bahasa
app-international = Pengalaman antarabangsa
app-can-work-in-asean = Boleh bekerja di ASEAN
app-team-summary = { $people } orang, { $fulltime } penyelidik sepenuh masa
app-section-ip = Harta intelek
app-ip-line = { $kind }, nombor { $number }, dipegang oleh { $holder }, diberikan pada { $date }
app-section-cases = Kes pengkomersialan
app-case-line = { $year } · pelanggan: { $customer } · nilai kontrak: { $value }
app-section-integrity = Integriti penyelidikan
app-sanction = Sekatan aktif diisytiharkan
app-commitment-letter = Surat aku janji integriti
app-credit-report = Laporan kredit awam
app-supplied = Disertakan
app-missing = Tiada
app-section-feasibility = Laporan kajian kebolehlaksanaan
app-section-not-supplied = Bahagian tidak disertakan
app-section-budget = Bajet dan tempoh
app-public-request = Dana awam yang dipohon
app-self-raised = Dana sendiri
app-matching = Nisbah padanan (sendiri : awam)
app-period = Tempoh pelaksanaan
app-funding-sources = Sumber dana
app-section-cooperation = Bentuk kerjasama
app-section-partnership = Asas perkongsian ASEAN
app-agreements = Perjanjian kerjasama dan projek bersama
app-deployments = Pelaksanaan di ASEAN
app-local-teams = Pasukan dan rakan kongsi tempatan
app-since = sejak { $date }
app-section-relation = Hubungan dengan pihak pengemuka keperluan
app-no-relation = Tiada hubungan diisytiharkan
app-section-attachments = Lampiran
app-open-attachment = Buka
attachment-loading = Membuka lampiran…
attachment-page = Halaman { $page } daripada { $pages }
attachment-previous = Halaman sebelumnya
attachment-next = Halaman seterusnya
attachment-unsupported = Lampiran ini tidak dapat dipaparkan di sini.

## Countries
country-BN = Brunei
country-KH = Kemboja
country-ID = Indonesia
country-LA = Laos
country-MY = Malaysia
country-MM = Myanmar
country-PH = Filipina
country-SG = Singapura
country-TH = Thailand
country-VN = Vietnam

## Fields
field-smart_agriculture = Pertanian pintar
field-healthcare = Penjagaan kesihatan
field-smart_manufacturing = Pembuatan pintar
field-logistics = Logistik
field-energy = Tenaga
field-education = Pendidikan
field-finance = Kewangan
field-tourism = Pelancongan
field-environment = Alam sekitar
field-smart_city = Bandar pintar
field-language_technology = Teknologi bahasa
field-other = Lain-lain

## Kinds of organisation
demand-side-university = Universiti
demand-side-research_institute = Institut penyelidikan
demand-side-enterprise = Perusahaan
demand-side-government_body = Badan kerajaan
unit-enterprise = Perusahaan
unit-university = Universiti
unit-research_institute = Institut penyelidikan
unit-other = Lain-lain

## Resources, cooperation, relations, IP, attachments
resource-funds = Dana
resource-site = Tapak
resource-data = Data
resource-personnel = Kakitangan
resource-policy_coordination = Penyelarasan dasar
mode-technology_transfer = Pemindahan teknologi
mode-joint_rnd = Penyelidikan dan pembangunan bersama
mode-training = Latihan
mode-technology_licensing = Pelesenan teknologi
mode-technology_investment = Pelaburan teknologi
mode-other = Lain-lain
relation-same_unit = Organisasi yang sama
relation-subsidiary = Anak syarikat
relation-control = Kawalan
relation-joint_control = Kawalan bersama
relation-significant_influence = Pengaruh ketara
relation-equity = Hubungan ekuiti
relation-related_party_transactions = Urus niaga pihak berkaitan
ip-invention_patent = Paten ciptaan
ip-utility_patent = Paten model utiliti
ip-software_copyright = Hak cipta perisian
ip-other = Lain-lain
attachment-business_licence = Lesen perniagaan
attachment-audited_financial_report = Laporan kewangan beraudit
attachment-staff_list = Senarai kakitangan
attachment-ip_certificate = Sijil harta intelek
attachment-commercialisation_evidence = Bukti pengkomersialan
attachment-integrity_commitment = Surat aku janji integriti
attachment-credit_report = Laporan kredit awam
attachment-feasibility_report = Laporan kajian kebolehlaksanaan
attachment-cooperation_agreement = Perjanjian kerjasama
attachment-relation_declaration = Pengisytiharan hubungan
attachment-other = Lain-lain

## Feasibility report sections
section-technology_status = Status dan trend teknologi
section-research_base = Asas penyelidikan pemohon
section-asean_market_feasibility = Kebolehlaksanaan untuk pasaran sasaran ASEAN
section-rnd_content_and_route = Kandungan penyelidikan dan laluan teknikal
section-organisation = Organisasi
section-innovations = Inovasi
section-schedule = Jadual
section-economic_benefit = Manfaat ekonomi yang dijangka
section-deployment_plan = Pelan pelaksanaan untuk senario
section-budget_and_funding = Bajet dan sumber dana
section-risk_response = Tindak balas risiko
section-local_partners = Rakan kongsi tempatan di ASEAN
section-ip_and_benefit_sharing = Pemilikan harta intelek dan perkongsian manfaat

## Credit code problems
credit-wrong-length = mesti mempunyai 18 aksara
credit-bad-character = terdapat aksara yang tidak digunakan dalam kod
credit-bad-division = aksara ke-3 hingga ke-8 mesti digit
credit-check-mismatch = aksara semakan salah

## Sync with the agency
sync-title = Segerak dengan agensi
sync-short-idle = Tidak bersambung
sync-short-sending = Menghantar…
sync-short-offline = { $queued ->
    [0] Luar talian
   *[other] Luar talian · { $queued } menunggu
}
sync-short-all_synced = Semua disegerakkan
sync-short-needs_attention = Perlu perhatian
sync-short-revoked = Kunci dibatalkan
sync-phase-idle = Tidak bersambung ke pelayan agensi.
sync-phase-sending = Menghantar pakej markah…
sync-phase-offline = Pelayan agensi tidak dapat dicapai. { $queued ->
    [0] Tiada yang menunggu.
   *[other] { $queued } pakej menunggu dan akan dihantar apabila sambungan pulih.
}
sync-phase-all_synced = Semua yang dihantar telah sampai ke agensi, dengan resit bertandatangan.
sync-phase-revoked = Agensi telah membatalkan kunci komputer riba ini, jadi peti besi ini tidak menghantar apa-apa lagi. { $queued ->
    [0] Tiada apa-apa yang menunggu.
   *[other] { $queued } pakej kekal di sini, tidak dihantar.
}
sync-phase-needs_attention = Agensi menolak { $quarantined } pakej; lihat sebabnya di bawah.
sync-not-enrolled = Peti besi data ini belum bersambung dengan agensi. Masukkan alamat pelayan, ID pakar anda dan kod sekali guna yang diberikan agensi. Tanpa rangkaian, gunakan baris perintah: reviewdesk enroll --request.
sync-server = Alamat pelayan agensi
sync-expert-id = ID pakar
sync-code = Kod sekali guna
sync-enroll = Sambung
sync-enrolled = Bersambung sebagai { $id }. Kunci agensi kini disematkan.
sync-identity = Pakar { $id } · pelayan { $server }
sync-agency-key = Kunci agensi: { $key }
sync-now = Segerak sekarang
sync-export = Eksport pakej ke folder…
sync-exported = { $count ->
    [0] Tiada pakej yang perlu dieksport.
   *[other] { $count } pakej telah ditulis. Serahkan kepada agensi.
}
sync-empty = Belum ada pakej markah: menghantar borang pemarkahan akan menghasilkannya.
sync-applications = Permohonan
sync-state = Status
package-queued = Menunggu untuk dihantar
package-at_meeting = Diterima oleh hab mesyuarat; dihantar ke pelayan agensi pada penyegerakan seterusnya
package-delivered = Sampai, resit disimpan
package-quarantined = Ditolak oleh agensi
receipt-received = Diterima oleh agensi { $at }
receipt-digest = Cap jari pakej (SHA-256 manifesnya)
receipt-signature = Tandatangan agensi
receipt-explained = Agensi menandatangani resit ini dengan kuncinya, yang disemak oleh peti besi data ini semasa diterima: bukti bahawa pakej sampai ke agensi tanpa diubah.

## Staff mode: the panel's results
main-panel = Keputusan panel
settings-staff = Kakitangan agensi
settings-staff-note = Kakitangan agensi memasang fail kunci kakitangan yang ditulis oleh pelayan agensi; dengannya peti besi data ini membuka dan menyemak pakej markah panel serta menulis minit mesyuarat penilaian.
settings-staff-passphrase = Frasa laluan fail kunci kakitangan
settings-staff-install = Pasang kunci kakitangan…
settings-staff-installed = Kunci kakitangan dipasang.
settings-connection = Sambungan
settings-insecure-http = Benarkan HTTP biasa ke pelayan agensi di mesin lain
settings-insecure-http-note = Hanya apabila agensi memintanya, pada rangkaian yang anda percayai: kata laluan dan skor akan merentasinya tanpa perlindungan. Pelayan pada mesin ini sentiasa dibenarkan.
panel-title = Keputusan panel
panel-import = Import fail pakej…
panel-fetch = Ambil dari pelayan
panel-fetch-user = Akaun kakitangan
panel-fetch-password = Kata laluan
panel-imported = { $count ->
    [0] Tiada pakej baharu: semuanya telah diimport sebelum ini.
   *[other] { $count } pakej disemak dan diimport.
}
panel-fetched = { $count ->
    [0] Tiada pakej baharu di pelayan.
   *[other] { $count } pakej baharu diambil, disemak dan diimport.
}
panel-import-aside = Diketepikan: { $waiting } menunggu pakej lebih awal daripada pakar yang sama, { $refused } kekal di tempatnya tetapi tidak dikira kerana markahnya ditolak.
panel-forwarded = Pakej yang diterima di mesyuarat dan dimajukan ke pelayan agensi: { $count }.
panel-export-minutes = Tulis minit mesyuarat penilaian…
panel-export-opinions = Tulis borang pendapat…
panel-export-matrix = Eksport matriks markah…
panel-written = Ditulis: { $path }
panel-saved = Disimpan.
panel-save = Simpan
panel-meeting = Mesyuarat
panel-meeting-date = Tarikh
panel-meeting-place = Tempat
panel-meeting-online = Mesyuarat dalam talian
panel-meeting-chair = Pengerusi
panel-meeting-staff = Kakitangan agensi yang hadir (pisahkan nama dengan ;)
panel-scores-by-expert = Markah keseluruhan mengikut pakar
panel-expert = Pakar
panel-recused = menarik diri
panel-missing = tiada
panel-result = Keputusan agregat
panel-rank = Kedudukan
panel-applicant = Pemohon
panel-overall = Keseluruhan
panel-status = Status
panel-status-ranked = disenaraikan
panel-status-discuss = disenaraikan; markah sangat berbeza, untuk dibincangkan
panel-status-failed_formal_review = tidak disenaraikan: gagal semakan formal
panel-status-no_scores = tidak disenaraikan: belum ada markah
panel-status-vetoed = tidak disenaraikan: dikenakan kuasa veto
panel-status-below_pass_mark = tidak disenaraikan: di bawah markah lulus
panel-status-below_threshold = tidak disenaraikan: di bawah ambang sesuatu kriteria
panel-missing-experts = menunggu { $experts }
panel-outcome-straight_to_signing = Satu-satunya pemohon yang lulus semakan formal terus ke pemeteraian perjanjian: { $application }
panel-outcome-selected = Dipilih: { $application }
panel-outcome-tie_unresolved = Masih sama selepas semua penentu: { $applications }. Rekodkan undian panel.
panel-outcome-tie_unresolved-no-vote = Masih seri selepas setiap pemutus seri: { $applications }. Peraturan panggilan tidak memutuskannya lagi: panel yang memutuskan, dan catatan pengerusi merekodkan caranya.
panel-round-none = Pakar menilai secara bersendirian.
panel-round-discussion = Dibuka untuk perbincangan: pakar yang telah menghantar melihat markah panel.
panel-round-revision = Dibuka untuk semakan semula: pakar melihat markah panel dan boleh menyemak semula helaian mereka.
panel-open-discussion = Buka untuk perbincangan
panel-open-revision = Buka untuk semakan semula
panel-close-round = Tutup pusingan
panel-outcome-awaiting_scores = Belum ada kesimpulan: borang pemarkahan belum lengkap.
panel-outcome-none_selectable = Tiada pemohon yang boleh dipilih.
panel-note = Catatan panel (pengerusi)
panel-votes = Undian panel (undi bagi setiap pemohon, jika diadakan)
panel-matrix-shows = Markah yang dipaparkan
recovery-title = Kunci pemulihan anda
recovery-intro = Jika anda terlupa frasa laluan, kunci ini membuka peti besi anda dan membolehkan anda memilih yang baharu. Tuliskannya atau cetak halaman ini, dan simpan berasingan daripada komputer ini. Ia hanya dipaparkan sekarang.
recovery-print = Cetak…
recovery-confirm = Untuk mengesahkan anda menyimpannya, taip empat aksara terakhirnya
recovery-kept = Saya sudah menyimpannya
recovery-confirm-wrong = Itu bukan hujung kunci pemulihan anda. Semak semula apa yang anda tulis.
unlock-forgot = Terlupa frasa laluan?
reset-title = Tetapkan frasa laluan baharu
reset-intro = Taip kunci pemulihan yang anda simpan semasa peti besi dibuat, kemudian pilih frasa laluan baharu. Semua isi peti besi dikekalkan.
reset-recovery-key = Kunci pemulihan
reset-button = Tetapkan dan buka
reset-working = Membuka peti besi…
reset-back = Kembali membuka dengan frasa laluan
recovery-missing = Peti besi ini belum mempunyai kunci pemulihan: tanpanya, frasa laluan yang terlupa tidak dapat ditetapkan semula.
recovery-make = Buat kunci pemulihan
settings-recovery = Kunci pemulihan
settings-recovery-note = Buat kunci pemulihan baharu jika yang anda simpan hilang atau dilihat orang lain. Kunci lama tidak lagi berfungsi.
settings-recovery-new = Buat kunci pemulihan baharu…
recovery-new-note = Kunci pemulihan baharu anda. Kunci terdahulu tidak lagi berfungsi.
backup-reminder = Sandaran terakhir anda lebih sehari lalu dan ada kerja sejak itu. Komputer riba yang hilang atau rosak akan menghilangkannya.
backup-now = Sandarkan sekarang…
backup-written = Sandaran ditulis ke { $path }.
settings-backup = Sandaran
settings-backup-last = Sandaran terakhir: { $time }.
settings-backup-never = Peti besi ini belum pernah disandarkan. Sandaran disulitkan seperti peti besi; simpan jauh daripada komputer riba ini.
setup-restore = Pulihkan sandaran…
setup-restore-note = Berpindah ke komputer riba baharu? Pulihkan sandaran yang anda buat pada yang lama.
unlock-restored = Sandaran { $time } telah dipulihkan. Bukanya dengan frasa laluan pada masa itu, atau dengan kunci pemulihannya.
sync-by-file-title = Tiada sambungan? Daftar melalui fail
sync-by-file = Tulis fail permintaan dengan id pakar dan kod sekali guna anda dan hantar kepada agensi (melalui e-mel atau USB); kemudian baca fail jawapan yang mereka hantar balik.
sync-by-file-needs = Isi id pakar dan kod sekali guna anda dahulu.
sync-write-request = Tulis fail permintaan…
sync-read-response = Baca fail jawapan…
sync-request-written = Permintaan ditulis ke { $path }. Hantar kepada agensi, kemudian baca fail jawapan mereka di sini.
sync-import-bundle = Import fail berkas tugasan…
sync-device-key = Kunci komputer riba ini, seperti yang didaftarkan agensi: { $key }
sync-continues-after = Didaftarkan semula selepas peranti hilang: pakej peti besi ini menyambung pakej { $sequence }, yang terakhir diterima agensi, dan helaian yang telah anda hantar kembali bersama berkas tugasan anda.
sync-enroll-again = Daftarkan semula peti besi ini…
sync-enroll-again-note = Masukkan kod sekali guna yang diberikan agensi untuk pendaftaran semula. Peti besi ini mendapat kunci baharu; helaian anda kekal, dan yang belum dihantar akan dihantar dengan kunci baharu, selepas pakej terakhir yang diterima agensi.

## The Windows installer (src-tauri/windows/installer.nsi, through cargo xtask windows)
installer-webview2-missing = ReviewDesk memerlukan Microsoft Edge WebView2 Runtime, yang belum ada pada komputer ini. Pasangnya daripada https://go.microsoft.com/fwlink/p/?LinkId=2124703, kemudian mulakan ReviewDesk. Alat baris perintah dalam folder bin berfungsi tanpanya.
installer-shortcut-description = Penilaian pakar luar talian untuk pertandingan terbuka rentas sempadan
installer-remove-data = Padamkan juga peti besi data dan tetapan saya
installer-remove-data-description = Memadamkan peti besi data pada komputer ini, termasuk markah yang belum dihantar kepada agensi. Biarkan tanpa tanda untuk menyimpannya bagi pemasangan kemudian.
installer-remove-data-confirm = Padamkan semua peti besi data dan tetapan dalam { $folder }? Markah yang belum dihantar kepada agensi akan hilang.
main-meeting = Mesyuarat
meeting-title = Mesyuarat panel
meeting-intro = Jalankan mesyuarat pada rangkaian bilik ini: aplikasi pakar menghantar markah ke komputer riba ini, tanpa memerlukan internet.
meeting-start = Mulakan mesyuarat
meeting-stop = Tamatkan mesyuarat
meeting-stop-confirm-title = Tamatkan mesyuarat?
meeting-stop-confirm-body = Aplikasi pakar tidak lagi dapat mencapai komputer riba ini. Tiada yang hilang: markah mereka kekal dalam peti besi data mereka dan sampai ke pelayan agensi apabila mereka menyegerak, dan pakej yang diterima di sini kekal dalam peti besi data ini, untuk dimajukan dengan “Ambil daripada pelayan”.
meeting-join-card = Kad penyertaan
meeting-code-label = Kod mesyuarat
meeting-addresses-label = Alamat
meeting-fingerprint-label = Cap jari sijil (SHA-256)
meeting-qr-alt = Kod QR alamat dan kod mesyuarat
meeting-board = Papan langsung
meeting-board-demand = { $demand } { $title }: { $done } daripada { $assigned } helaian diterima
meeting-board-applicant = Pemohon
meeting-state-not_started = Belum bermula
meeting-state-scoring = Sedang menilai
meeting-state-submitted = Dihantar
meeting-state-revising = Sedang menyemak semula
meeting-state-recused = Menarik diri
meeting-join-intro = Taip alamat dan kod daripada kad penyertaan pengerusi, atau tampal baris di bawah kod QR-nya. Markah anda tetap sampai ke pelayan agensi apabila anda menyegerak.
meeting-hub-label = Alamat atau baris penyertaan
meeting-join = Sertai
meeting-joined = Dalam mesyuarat pelawaan { $call } di { $address } — kod mesyuarat { $code }.
meeting-leave = Tinggalkan mesyuarat
meeting-awaiting = Pakej yang belum sampai ke pelayan agensi sendiri: { $count }. Ia dihantar pada penyegerakan seterusnya.
meeting-nothing-open = Pengerusi belum membuka mana-mana keperluan anda untuk perbincangan. Teruskan menilai: hab menerima helaian anda sebaik sahaja anda menghantarnya.
meeting-recused = Anda menarik diri.
meeting-flagged = ditanda untuk perbincangan
meeting-overall = Keseluruhan
meeting-criterion = Kriteria
meeting-scores = Markah, dari terendah
meeting-median = Nilai tengah
meeting-range = Julat
meeting-reasons = Alasan pakar lain
meeting-opinions = Pendapat pakar lain
meeting-minutes = Minit untuk ditandatangani
meeting-minutes-intro = Apabila panel telah memutuskan, muktamadkan minit: aplikasi setiap pakar menunjukkan kandungannya untuk ditandatangani, dan PDF minit menyenaraikan setiap tandatangan.
meeting-minutes-fixed = Dimuktamadkan untuk ditandatangani { $at }.
meeting-minutes-digest = SHA-256 kandungan: { $digest }
meeting-minutes-stale = Data panel berubah sejak minit dimuktamadkan (pakej, catatan atau undian): muktamadkan semula, dan panel menandatangani kandungan baharu.
meeting-minutes-signed-by = { $name } ({ $expert }) menandatangani { $at }
meeting-minutes-waiting-for = { $name } ({ $expert }) belum menandatangani
meeting-fix = Muktamadkan minit untuk ditandatangani
meeting-fix-again = Muktamadkan semula minit
meeting-fix-confirm-title = Muktamadkan minit untuk ditandatangani?
meeting-fix-confirm-body = Kandungan minit dimuktamadkan mengikut data panel sekarang, dan aplikasi setiap pakar menunjukkannya untuk ditandatangani. Rekod butiran mesyuarat dan catatan pengerusi dahulu: perubahan kemudian bermakna memuktamadkan dan menandatangani semula.
meeting-fix-again-confirm-body = Kandungan dimuktamadkan semula mengikut data panel sekarang. Tandatangan kandungan terdahulu tidak lagi dikira: setiap pakar menandatangani semula.
meeting-sign = Tandatangani minit
meeting-sign-confirm-title = Tandatangani minit ini?
meeting-sign-confirm-body = Kunci anda menandatangani tepat kandungan yang ditunjukkan (SHA-256 { $digest }). Tandatangan tidak boleh ditarik balik; jika pengerusi mengubah minit, anda diminta menandatangani semula.
meeting-minutes-you-signed = Anda telah menandatangani minit ini.
