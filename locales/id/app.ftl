# The desktop app's interface.
app-title = ReviewDesk
app-tagline = Penilaian pakar untuk kompetisi terbuka lintas batas
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
none = Tidak ada
close = Tutup
cancel = Batal
save = Simpan
months = { $count } bulan

## First run: creating the vault
setup-title = Buat brankas data Anda
setup-intro = ReviewDesk menyimpan aplikasi yang ditugaskan kepada Anda dalam brankas data terenkripsi di komputer ini. Pilih frasa sandi untuk melindunginya. Jika Anda lupa, kunci pemulihan yang ditampilkan berikutnya membuka brankas.
setup-passphrase = Frasa sandi
setup-confirm = Ulangi frasa sandi
setup-create = Buat brankas data
setup-creating = Membuat brankas data…
setup-demo-note = Panggilan contoh akan diimpor ke brankas data baru.
strength-label = Kekuatan: { $level ->
        [0] sangat lemah
        [1] lemah
        [2] cukup
        [3] baik
       *[4] kuat
    }
strength-hint-short = Gunakan minimal 12 karakter.
strength-hint-words = Beberapa kata yang tidak berhubungan itu kuat dan mudah diingat.
strength-hint-ok = Frasa sandi yang baik.

## Unlocking
unlock-title = Buka brankas data Anda
unlock-passphrase = Frasa sandi
unlock-button = Buka
unlock-working = Membuka…
unlock-auto-locked = Brankas data terkunci sendiri setelah beberapa waktu tanpa aktivitas.
unlock-locked = Brankas data terkunci.

## Main screen
main-lock = Kunci
main-import = Impor data lembaga…
main-settings = Pengaturan
import-progress = Mengimpor… { $done } dari { $total }
import-done = Mengimpor { $applications } aplikasi untuk { $demands } kebutuhan.
import-replaced = Panggilan diperbarui dengan berkas baru: { $applications } aplikasi untuk { $demands } kebutuhan.
import-unchanged = Berkas ini sudah pernah diimpor; tidak ada yang berubah.
search-label = Cari aplikasi
search-placeholder = Nama, kode kredit, anggota tim, kebutuhan…
filter-country = Negara
filter-field = Bidang
filter-all = Semua
clear-filters = Hapus filter
list-count = { $applications } aplikasi · { $demands } kebutuhan
list-no-match = Tidak ada aplikasi yang cocok. Hapus pencarian atau filter untuk melihat semuanya.
empty-title = Belum ada data lembaga
empty-body = Impor berkas data lembaga yang Anda terima untuk panggilan ini. Berkas tetap terenkripsi di komputer ini.
demand-applicants = { $count } pemohon
demand-single = Pemohon tunggal: langsung ke penandatanganan setelah pemeriksaan formal.
select-prompt = Pilih aplikasi di sebelah kiri untuk membacanya di sini.
deadline = Batas waktu aplikasi: { $date }

## Settings
settings-title = Pengaturan
settings-auto-lock = Kunci setelah sekian menit tanpa aktivitas
settings-saved = Pengaturan disimpan.
settings-change-passphrase = Ganti frasa sandi
settings-new-passphrase = Frasa sandi baru
settings-passphrase-changed = Frasa sandi telah diganti.

## Application view
app-section-overview = Ikhtisar
app-demand = Kebutuhan
app-demand-side = Pihak pengaju kebutuhan
app-country = Negara
app-field = Bidang
app-need = Kebutuhan teknis
app-goals = Sasaran
app-scenario = Skenario
app-resource-line = { $kind }: { $description }
app-resources = Sumber daya yang disediakan pihak pengaju kebutuhan
app-submitted = Diajukan pada
app-recommendation = Direkomendasikan oleh
app-self-recommended = Mengajukan sendiri
app-section-applicants = Pemohon
app-lead = Pemohon utama
app-member = Anggota konsorsium
app-unit-kind = Jenis
app-credit-code = Kode kredit sosial terpadu
app-credit-valid = karakter pemeriksa benar
app-credit-invalid = bukan kode yang sah: { $reason }
app-registered-on = Terdaftar pada
app-address = Alamat terdaftar
app-legal-person = Badan hukum mandiri
app-section-finance = Investasi litbang (tahun lalu)
app-unit = Unit
app-year = Tahun
app-revenue = Pendapatan usaha utama
app-rnd-spend = Belanja litbang
app-rnd-intensity = Intensitas litbang
app-section-team = Tim
app-leader = Pemimpin proyek
app-name = Nama
app-role = Peran
app-full-time = Litbang penuh waktu
app-languages = Bahasa
app-international = Pengalaman internasional
app-can-work-in-asean = Dapat bekerja di ASEAN
app-team-summary = { $people } orang, { $fulltime } litbang penuh waktu
app-section-ip = Kekayaan intelektual
app-ip-line = { $kind }, nomor { $number }, dipegang oleh { $holder }, diberikan pada { $date }
app-section-cases = Kasus komersialisasi
app-case-line = { $year } · pelanggan: { $customer } · nilai kontrak: { $value }
app-section-integrity = Integritas riset
app-sanction = Sanksi aktif dinyatakan
app-commitment-letter = Surat komitmen integritas
app-credit-report = Laporan kredit publik
app-supplied = Dilampirkan
app-missing = Tidak ada
app-section-feasibility = Laporan studi kelayakan
app-section-not-supplied = Bagian tidak dilampirkan
app-section-budget = Anggaran dan jangka waktu
app-public-request = Dana publik yang diminta
app-self-raised = Dana mandiri
app-matching = Rasio pendamping (mandiri : publik)
app-period = Jangka waktu pelaksanaan
app-funding-sources = Sumber pendanaan
app-section-cooperation = Bentuk kerja sama
app-section-partnership = Basis kemitraan ASEAN
app-agreements = Perjanjian kerja sama dan proyek bersama
app-deployments = Penerapan di ASEAN
app-local-teams = Tim dan mitra lokal
app-since = sejak { $date }
app-section-relation = Hubungan dengan pihak pengaju kebutuhan
app-no-relation = Tidak ada hubungan yang dinyatakan
app-section-attachments = Lampiran
app-open-attachment = Buka
attachment-loading = Membuka lampiran…
attachment-page = Halaman { $page } dari { $pages }
attachment-previous = Halaman sebelumnya
attachment-next = Halaman berikutnya
attachment-unsupported = Lampiran ini tidak dapat ditampilkan di sini.

## Countries
country-BN = Brunei
country-KH = Kamboja
country-ID = Indonesia
country-LA = Laos
country-MY = Malaysia
country-MM = Myanmar
country-PH = Filipina
country-SG = Singapura
country-TH = Thailand
country-VN = Vietnam

## Fields
field-smart_agriculture = Pertanian cerdas
field-healthcare = Layanan kesehatan
field-smart_manufacturing = Manufaktur cerdas
field-logistics = Logistik
field-energy = Energi
field-education = Pendidikan
field-finance = Keuangan
field-tourism = Pariwisata
field-environment = Lingkungan
field-smart_city = Kota cerdas
field-language_technology = Teknologi bahasa
field-other = Lainnya

## Kinds of organisation
demand-side-university = Universitas
demand-side-research_institute = Lembaga penelitian
demand-side-enterprise = Perusahaan
demand-side-government_body = Instansi pemerintah
unit-enterprise = Perusahaan
unit-university = Universitas
unit-research_institute = Lembaga penelitian
unit-other = Lainnya

## Resources, cooperation, relations, IP, attachments
resource-funds = Dana
resource-site = Lokasi
resource-data = Data
resource-personnel = Personel
resource-policy_coordination = Koordinasi kebijakan
mode-technology_transfer = Alih teknologi
mode-joint_rnd = Litbang bersama
mode-training = Pelatihan
mode-technology_licensing = Lisensi teknologi
mode-technology_investment = Investasi teknologi
mode-other = Lainnya
relation-same_unit = Unit yang sama
relation-subsidiary = Anak perusahaan
relation-control = Pengendalian
relation-joint_control = Pengendalian bersama
relation-significant_influence = Pengaruh signifikan
relation-equity = Hubungan kepemilikan saham
relation-related_party_transactions = Transaksi pihak berelasi
ip-invention_patent = Paten invensi
ip-utility_patent = Paten sederhana
ip-software_copyright = Hak cipta perangkat lunak
ip-other = Lainnya
attachment-business_licence = Izin usaha
attachment-audited_financial_report = Laporan keuangan teraudit
attachment-staff_list = Daftar staf
attachment-ip_certificate = Sertifikat kekayaan intelektual
attachment-commercialisation_evidence = Bukti komersialisasi
attachment-integrity_commitment = Surat komitmen integritas
attachment-credit_report = Laporan kredit publik
attachment-feasibility_report = Laporan studi kelayakan
attachment-cooperation_agreement = Perjanjian kerja sama
attachment-relation_declaration = Pernyataan hubungan
attachment-other = Lainnya

## Feasibility report sections
section-technology_status = Status dan tren teknologi
section-research_base = Basis riset pemohon
section-asean_market_feasibility = Kelayakan untuk pasar sasaran ASEAN
section-rnd_content_and_route = Isi litbang dan rute teknis
section-organisation = Organisasi
section-innovations = Inovasi
section-schedule = Jadwal
section-economic_benefit = Manfaat ekonomi yang diharapkan
section-deployment_plan = Rencana penerapan untuk skenario
section-budget_and_funding = Anggaran dan sumber pendanaan
section-risk_response = Penanganan risiko
section-local_partners = Mitra lokal di ASEAN
section-ip_and_benefit_sharing = Kepemilikan kekayaan intelektual dan pembagian manfaat

## Credit code problems
credit-wrong-length = harus terdiri dari 18 karakter
credit-bad-character = ada karakter yang tidak dipakai dalam kode
credit-bad-division = karakter ke-3 sampai ke-8 harus angka
credit-check-mismatch = karakter pemeriksa salah

## Sync with the agency
sync-title = Sinkronkan dengan lembaga
sync-short-idle = Tidak terhubung
sync-short-sending = Mengirim…
sync-short-offline = { $queued ->
    [0] Luring
   *[other] Luring · { $queued } menunggu
}
sync-short-all_synced = Semua tersinkron
sync-short-needs_attention = Perlu perhatian
sync-short-revoked = Kunci dicabut
sync-phase-idle = Tidak terhubung ke server lembaga.
sync-phase-sending = Mengirim paket nilai…
sync-phase-offline = Server lembaga tidak dapat dijangkau. { $queued ->
    [0] Tidak ada yang menunggu.
   *[other] { $queued } paket menunggu dan akan dikirim saat koneksi kembali.
}
sync-phase-all_synced = Semua yang diajukan telah sampai di lembaga, dengan tanda terima bertanda tangan.
sync-phase-revoked = Lembaga mencabut kunci laptop ini, jadi brankas ini tidak mengirim apa pun lagi. { $queued ->
    [0] Tidak ada yang menunggu.
   *[other] { $queued } paket tetap di sini, tidak terkirim.
}
sync-phase-needs_attention = Lembaga menolak { $quarantined } paket; lihat alasannya di bawah.
sync-not-enrolled = Brankas data ini belum terhubung ke lembaga. Masukkan alamat server, ID pakar Anda, dan kode sekali pakai dari lembaga. Tanpa jaringan, gunakan baris perintah: reviewdesk enroll --request.
sync-server = Alamat server lembaga
sync-expert-id = ID pakar
sync-code = Kode sekali pakai
sync-enroll = Hubungkan
sync-enrolled = Terhubung sebagai { $id }. Kunci lembaga kini disematkan.
sync-identity = Pakar { $id } · server { $server }
sync-agency-key = Kunci lembaga: { $key }
sync-now = Sinkronkan sekarang
sync-export = Ekspor paket ke folder…
sync-exported = { $count ->
    [0] Tidak ada paket yang perlu diekspor.
   *[other] { $count } paket telah ditulis. Serahkan kepada lembaga.
}
sync-empty = Belum ada paket nilai: mengajukan lembar penilaian akan membuatnya.
sync-applications = Aplikasi
sync-state = Status
package-queued = Menunggu dikirim
package-at_meeting = Diterima hub rapat; dikirim ke server lembaga pada sinkronisasi berikutnya
package-delivered = Terkirim, tanda terima disimpan
package-quarantined = Ditolak oleh lembaga
receipt-received = Diterima oleh lembaga { $at }
receipt-digest = Sidik jari paket (SHA-256 dari manifesnya)
receipt-signature = Tanda tangan lembaga
receipt-explained = Lembaga menandatangani tanda terima ini dengan kuncinya, yang diperiksa brankas data ini saat diterima: bukti bahwa paket sampai di lembaga tanpa diubah.

## Staff mode: the panel's results
main-panel = Hasil panel
settings-staff = Staf lembaga
settings-staff-note = Staf lembaga memasang berkas kunci staf yang dibuat server lembaga; dengannya brankas data ini membuka dan memeriksa paket nilai panel serta menyusun notulen rapat penilaian.
settings-staff-passphrase = Frasa sandi berkas kunci staf
settings-staff-install = Pasang kunci staf…
settings-staff-installed = Kunci staf terpasang.
settings-connection = Koneksi
settings-insecure-http = Izinkan HTTP biasa ke server lembaga di mesin lain
settings-insecure-http-note = Hanya bila lembaga memintanya, di jaringan yang Anda percayai: kata sandi dan skor akan melintasinya tanpa perlindungan. Server di mesin ini selalu diizinkan.
panel-title = Hasil panel
panel-import = Impor berkas paket…
panel-fetch = Ambil dari server
panel-fetch-user = Akun staf
panel-fetch-password = Kata sandi
panel-imported = { $count ->
    [0] Tidak ada paket baru: semuanya sudah diimpor sebelumnya.
   *[other] { $count } paket diperiksa dan diimpor.
}
panel-fetched = { $count ->
    [0] Tidak ada paket baru di server.
   *[other] { $count } paket baru diambil, diperiksa, dan diimpor.
}
panel-import-aside = Disisihkan: { $waiting } menunggu paket sebelumnya dari pakar yang sama, { $refused } tetap di tempatnya tetapi tidak dihitung karena nilainya ditolak.
panel-forwarded = Paket yang diterima di rapat dan diteruskan ke server lembaga: { $count }.
panel-export-minutes = Susun notulen rapat penilaian…
panel-export-opinions = Susun formulir pendapat…
panel-export-matrix = Ekspor matriks nilai…
panel-written = Ditulis: { $path }
panel-saved = Disimpan.
panel-save = Simpan
panel-meeting = Rapat
panel-meeting-date = Tanggal
panel-meeting-place = Tempat
panel-meeting-online = Rapat daring
panel-meeting-chair = Ketua
panel-meeting-staff = Staf lembaga yang hadir (pisahkan nama dengan ;)
panel-scores-by-expert = Nilai keseluruhan per pakar
panel-expert = Pakar
panel-recused = mundur
panel-missing = belum ada
panel-result = Hasil agregat
panel-rank = Peringkat
panel-applicant = Pemohon
panel-overall = Keseluruhan
panel-status = Status
panel-status-ranked = diperingkat
panel-status-discuss = diperingkat; nilai sangat tersebar, untuk dibahas
panel-status-failed_formal_review = tidak diperingkat: gagal pemeriksaan formal
panel-status-no_scores = tidak diperingkat: belum ada nilai
panel-status-vetoed = tidak diperingkat: terkena hak veto
panel-status-below_pass_mark = tidak diperingkat: di bawah nilai lulus
panel-status-below_threshold = tidak diperingkat: di bawah ambang suatu kriteria
panel-missing-experts = menunggu { $experts }
panel-outcome-straight_to_signing = Satu-satunya pemohon yang lolos pemeriksaan formal langsung ke penandatanganan: { $application }
panel-outcome-selected = Terpilih: { $application }
panel-outcome-tie_unresolved = Tetap sama setelah semua penentu: { $applications }. Catat hasil pemungutan suara panel.
panel-outcome-tie_unresolved-no-vote = Tetap seri setelah semua penentu seri: { $applications }. Aturan panggilan tidak memutuskannya lebih jauh: panel yang memutuskan, dan catatan ketua mencatat caranya.
panel-round-none = Pakar menilai sendiri-sendiri.
panel-round-discussion = Dibuka untuk diskusi: pakar yang sudah mengirim melihat nilai panel.
panel-round-revision = Dibuka untuk revisi: pakar melihat nilai panel dan boleh merevisi lembarnya.
panel-open-discussion = Buka untuk diskusi
panel-open-revision = Buka untuk revisi
panel-close-round = Tutup putaran
panel-outcome-awaiting_scores = Belum ada kesimpulan: lembar penilaian belum lengkap.
panel-outcome-none_selectable = Tidak ada pemohon yang dapat dipilih.
panel-note = Catatan panel (ketua)
panel-votes = Pemungutan suara panel (suara per pemohon, jika diadakan)
panel-matrix-shows = Nilai yang ditampilkan
recovery-title = Kunci pemulihan Anda
recovery-intro = Jika Anda lupa frasa sandi, kunci ini membuka brankas dan memungkinkan Anda memilih yang baru. Tuliskan atau cetak halaman ini, dan simpan terpisah dari komputer ini. Kunci ini hanya ditampilkan sekarang.
recovery-print = Cetak…
recovery-confirm = Untuk memastikan Anda menyimpannya, ketik empat karakter terakhirnya
recovery-kept = Sudah saya simpan
recovery-confirm-wrong = Itu bukan akhir kunci pemulihan Anda. Periksa lagi yang Anda tulis.
unlock-forgot = Lupa frasa sandi?
reset-title = Tetapkan frasa sandi baru
reset-intro = Ketik kunci pemulihan yang Anda simpan saat brankas dibuat, lalu pilih frasa sandi baru. Semua isi brankas tetap ada.
reset-recovery-key = Kunci pemulihan
reset-button = Tetapkan dan buka
reset-working = Membuka brankas…
reset-back = Kembali membuka dengan frasa sandi
recovery-missing = Brankas ini belum memiliki kunci pemulihan: tanpanya, frasa sandi yang terlupa tidak dapat diatur ulang.
recovery-make = Buat kunci pemulihan
settings-recovery = Kunci pemulihan
settings-recovery-note = Buat kunci pemulihan baru jika yang Anda simpan hilang atau dilihat orang lain. Kunci lama berhenti berfungsi.
settings-recovery-new = Buat kunci pemulihan baru…
recovery-new-note = Kunci pemulihan baru Anda. Kunci sebelumnya tidak berfungsi lagi.
backup-reminder = Cadangan terakhir Anda lebih dari sehari yang lalu dan ada pekerjaan sejak itu. Laptop yang hilang atau rusak akan menghilangkannya.
backup-now = Cadangkan sekarang…
backup-written = Cadangan ditulis ke { $path }.
settings-backup = Cadangan
settings-backup-last = Cadangan terakhir: { $time }.
settings-backup-never = Brankas ini belum pernah dicadangkan. Cadangan terenkripsi seperti brankas; simpan jauh dari laptop ini.
setup-restore = Pulihkan cadangan…
setup-restore-note = Pindah ke laptop baru? Pulihkan saja cadangan yang Anda buat di laptop lama.
unlock-restored = Cadangan dari { $time } telah dipulihkan. Buka dengan frasa sandi saat itu, atau dengan kunci pemulihannya.
sync-by-file-title = Tidak ada koneksi? Daftar melalui berkas
sync-by-file = Tulis berkas permintaan dengan id pakar dan kode sekali pakai Anda lalu kirim ke lembaga (lewat e-mail atau USB); kemudian baca berkas jawaban yang mereka kirim balik.
sync-by-file-needs = Isi dulu id pakar dan kode sekali pakai Anda.
sync-write-request = Tulis berkas permintaan…
sync-read-response = Baca berkas jawaban…
sync-request-written = Permintaan ditulis ke { $path }. Kirim ke lembaga, lalu baca berkas jawaban mereka di sini.
sync-import-bundle = Impor berkas paket tugas…
sync-device-key = Kunci laptop ini, sebagaimana didaftarkan lembaga: { $key }
sync-continues-after = Didaftarkan ulang setelah perangkat hilang: paket brankas ini melanjutkan paket { $sequence }, yang terakhir diterima lembaga, dan lembar yang telah Anda kirim kembali bersama paket penugasan Anda.
sync-enroll-again = Daftarkan ulang brankas ini…
sync-enroll-again-note = Masukkan kode sekali pakai dari lembaga untuk pendaftaran ulang. Brankas ini mendapat kunci baru; lembar Anda tetap, dan yang belum terkirim dikirim dengan kunci baru, setelah paket terakhir yang diterima lembaga.

## The Windows installer (src-tauri/windows/installer.nsi, through cargo xtask windows)
installer-webview2-missing = ReviewDesk memerlukan Microsoft Edge WebView2 Runtime, yang belum ada di komputer ini. Pasang dari https://go.microsoft.com/fwlink/p/?LinkId=2124703, lalu jalankan ReviewDesk. Alat baris perintah di folder bin dapat dipakai tanpanya.
installer-shortcut-description = Penilaian ahli luring untuk kompetisi terbuka lintas batas
installer-remove-data = Hapus juga brankas data dan pengaturan saya
installer-remove-data-description = Menghapus brankas data di komputer ini, termasuk skor yang belum dikirim ke lembaga. Biarkan tidak dicentang untuk menyimpannya bagi pemasangan berikutnya.
installer-remove-data-confirm = Hapus semua brankas data dan pengaturan di { $folder }? Skor yang belum dikirim ke lembaga akan hilang.
main-meeting = Rapat
meeting-title = Rapat panel
meeting-intro = Jalankan rapat di jaringan ruangan ini: aplikasi para pakar mengirim skor ke laptop ini, tanpa perlu internet.
meeting-start = Mulai rapat
meeting-stop = Akhiri rapat
meeting-stop-confirm-title = Akhiri rapat?
meeting-stop-confirm-body = Aplikasi para pakar tidak lagi dapat menjangkau laptop ini. Tidak ada yang hilang: skor mereka tetap di brankas data mereka dan sampai ke server lembaga saat mereka menyinkronkan, dan paket yang diterima di sini tetap di brankas data ini, untuk diteruskan dengan “Ambil dari server”.
meeting-join-card = Kartu undangan
meeting-code-label = Kode rapat
meeting-addresses-label = Alamat
meeting-fingerprint-label = Sidik jari sertifikat (SHA-256)
meeting-qr-alt = Kode QR alamat dan kode rapat
meeting-board = Papan langsung
meeting-board-demand = { $demand } { $title }: { $done } dari { $assigned } lembar telah masuk
meeting-board-applicant = Pemohon
meeting-state-not_started = Belum mulai
meeting-state-scoring = Sedang menilai
meeting-state-submitted = Terkirim
meeting-state-revising = Sedang merevisi
meeting-state-recused = Mengundurkan diri
meeting-join-intro = Ketik alamat dan kode dari kartu undangan ketua, atau tempel baris di bawah kode QR-nya. Skor Anda tetap sampai ke server lembaga saat Anda menyinkronkan.
meeting-hub-label = Alamat atau baris undangan
meeting-join = Bergabung
meeting-joined = Dalam rapat panggilan { $call } di { $address } — kode rapat { $code }.
meeting-leave = Tinggalkan rapat
meeting-awaiting = Paket yang belum sampai ke server lembaga sendiri: { $count }. Dikirim pada sinkronisasi berikutnya.
meeting-nothing-open = Ketua belum membuka kebutuhan Anda untuk diskusi. Lanjutkan menilai: hub menerima lembar Anda begitu Anda mengirimnya.
meeting-recused = Anda mengundurkan diri.
meeting-flagged = ditandai untuk diskusi
meeting-overall = Keseluruhan
meeting-criterion = Kriteria
meeting-scores = Skor, dari terendah
meeting-median = Nilai tengah
meeting-range = Rentang
meeting-reasons = Alasan pakar lain
meeting-opinions = Pendapat pakar lain
meeting-minutes = Notulen untuk ditandatangani
meeting-minutes-intro = Setelah panel memutuskan, tetapkan notulen: aplikasi setiap pakar menampilkan isinya untuk ditandatangani, dan PDF notulen mencantumkan setiap tanda tangan.
meeting-minutes-fixed = Ditetapkan untuk ditandatangani { $at }.
meeting-minutes-digest = SHA-256 isi: { $digest }
meeting-minutes-stale = Data panel berubah sejak notulen ditetapkan (paket, catatan, atau suara): tetapkan ulang, dan panel menandatangani isi yang baru.
meeting-minutes-signed-by = { $name } ({ $expert }) menandatangani { $at }
meeting-minutes-waiting-for = { $name } ({ $expert }) belum menandatangani
meeting-fix = Tetapkan notulen untuk ditandatangani
meeting-fix-again = Tetapkan ulang notulen
meeting-fix-confirm-title = Tetapkan notulen untuk ditandatangani?
meeting-fix-confirm-body = Isi notulen ditetapkan sesuai data panel saat ini, dan aplikasi setiap pakar menampilkannya untuk ditandatangani. Catat dahulu rincian rapat dan catatan ketua: perubahan kemudian berarti menetapkan ulang dan menandatangani ulang.
meeting-fix-again-confirm-body = Isi ditetapkan ulang sesuai data panel saat ini. Tanda tangan atas isi sebelumnya tidak berlaku lagi: setiap pakar menandatangani ulang.
meeting-sign = Tandatangani notulen
meeting-sign-confirm-title = Tandatangani notulen ini?
meeting-sign-confirm-body = Kunci Anda menandatangani tepat isi yang ditampilkan (SHA-256 { $digest }). Tanda tangan tidak dapat ditarik kembali; jika ketua mengubah notulen, Anda diminta menandatangani ulang.
meeting-minutes-you-signed = Anda telah menandatangani notulen ini.
