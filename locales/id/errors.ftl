# Errors, keyed by the code that crosses from the Rust core to the UI and the CLI.
error-vault-wrong-passphrase = Frasa sandi salah. Tidak ada yang diubah.
error-vault-not-found = Tidak ada brankas data di { $path }.
error-vault-in-use = Brankas data di { $path } sedang terbuka di jendela atau program ReviewDesk lain. Tutup di sana, lalu coba lagi.
error-vault-exists = Brankas data sudah ada di { $path }.
error-vault-encryption-unavailable = Enkripsi tidak tersedia dalam versi ini, sehingga ReviewDesk tidak akan menyimpan data apa pun.
error-vault-key-file-damaged = Berkas kunci brankas data rusak ({ $detail }). Pulihkan brankas dan berkas kuncinya dari cadangan, atau minta lembaga mengirim ulang penugasan Anda.
error-vault-newer-schema = Brankas data ini ditulis oleh versi ReviewDesk yang lebih baru. Perbarui ReviewDesk.
error-vault-locked = Brankas data terkunci. Buka terlebih dahulu.
error-vault-corrupt = Data brankas rusak ({ $detail }). Pulihkan brankas dan berkas kuncinya dari cadangan, atau minta lembaga mengirim ulang penugasan Anda.
error-not-found = Tidak ditemukan apa pun dengan ID { $id }.
error-passphrase-empty = Masukkan frasa sandi.
error-passphrase-mismatch = Kedua frasa sandi tidak sama.
error-passphrase-too-weak = Frasa sandi ini terlalu mudah ditebak. Gunakan yang lebih panjang, misalnya beberapa kata yang tidak berhubungan.
error-io = Berkas tidak dapat dibaca atau ditulis: { $detail }
error-internal = Terjadi kesalahan di dalam ReviewDesk: { $detail }
error-document = Berkas data lembaga ditolak, tidak ada yang diimpor. { $location }{ $reason }
document-location = Di { $path }:{" "}
document-too-large = Ukuran berkas { $size } bita, melebihi { $limit } bita yang diizinkan.
document-syntax = Ini bukan JSON yang sah (baris { $line }, kolom { $column }).
document-wrong-format = Ini bukan berkas data lembaga ReviewDesk (formatnya “{ $found }”).
document-unsupported-version = Versi format { $found } tidak didukung; versi ReviewDesk ini membaca versi { $supported }.
document-missing-field = Kolom wajib “{ $field }” tidak ada.
document-unknown-field = Kolom “{ $field }” bukan bagian dari format.
document-unknown-value = “{ $value }” bukan salah satu nilai yang diizinkan.
document-wrong-type = Tipe salah: { $detail }.
document-invalid-value = Nilai tidak sah: { $detail }.
document-blank-text = Teksnya kosong dalam semua bahasa.
document-bad-language-tag = “{ $tag }” bukan tag bahasa.
document-duplicate-id = ID “{ $id }” digunakan dua kali.
document-unknown-reference = Merujuk ke { $target ->
        [demand] kebutuhan
        [application] aplikasi
        [attachment] lampiran
       *[expert] pakar
    } “{ $id }”, yang tidak ada dalam berkas.
document-foreign-attachment = Lampiran “{ $id }” milik aplikasi lain.
document-bad-base64 = Isi lampiran bukan base64 yang sah.
document-size-mismatch = Lampiran berukuran { $actual } bita tetapi menyatakan { $declared }.
document-digest-mismatch = Isi lampiran tidak cocok dengan ringkasan SHA-256-nya.
document-unsupported-media-type = Lampiran bertipe “{ $media_type }” tidak diterima.
document-content-mismatch = Isi lampiran bukan berkas { $media_type }.
document-invalid-rubric = Rubrik tidak dapat dinilai: { $fault ->
    [precision-too-high] menyatakan lebih dari 4 angka desimal
    [no-criteria] rubrik yang dinilai memerlukan setidaknya satu kriteria
    [duplicate-id] ada ID yang digunakan dua kali
    [weight-not-positive] bobot harus di atas nol
    [threshold-out-of-range] ambang harus antara 0 dan 100
    [no-items] kriteria memerlukan setidaknya satu subbutir
    [bad-scale] skala memerlukan minimum di bawah maksimum dan langkah positif
    [step-not-dividing] langkah harus membagi rentang skala
   *[bad-comment-rule] aturan komentar memerlukan 0 ≤ bawah ≤ atas ≤ 1
}.
error-sheet-locked = Lembar penilaian { $id } sudah diajukan dan tidak dapat diubah lagi. Mulai revisi untuk membuat versi baru.
error-sheet-invalid = Lembar penilaian memiliki nilai yang salah ({ $item }). Tidak ada yang disimpan.
error-sheet-incomplete = Lembar penilaian belum dapat diajukan: masih ada { $count } hal yang kurang.
error-sheet-deadline-passed = Pra-penilaian ditutup pada { $date }; lembar yang sudah diajukan tidak dapat direvisi lagi.
error-sheet-file-invalid = Berkas lembar penilaian tidak dapat dibaca: { $detail }

## Enrollment and assignment bundles
error-already-enrolled = Brankas data ini sudah terdaftar sebagai pakar { $id }.
error-enrollment-not-started = Tidak ada pendaftaran yang menunggu tanggapan. Mulailah dengan permintaan pendaftaran.
error-enrollment-file-invalid = Berkas pendaftaran tidak dapat dibaca: { $detail }
error-enroll-usage = Berikan --expert dan --code dengan --server (daring) atau --request (luring) untuk mendaftar, atau --response untuk menyelesaikan pendaftaran luring.
error-not-enrolled = Brankas data ini belum terdaftar di lembaga, sehingga tidak dapat memeriksa tanda tangan paket penugasan.
error-key-revoked = Lembaga telah mencabut kunci laptop ini: Anda didaftarkan ulang di perangkat lain. Brankas ini tidak dapat lagi mengirim nilai; pekerjaan Anda tetap tersimpan. Gunakan brankas yang didaftarkan ulang, atau minta kode pendaftaran ulang kepada lembaga.
error-bundle-call-mismatch = Isi paket penugasan milik panggilan lain ({ $id }). Tidak ada yang diimpor.
error-exchange-malformed = { $kind ->
    [bundle] Paket penugasan
   *[package] Paket nilai
} rusak atau bukan berkas ReviewDesk ({ $detail }). Tidak ada yang diubah.
error-exchange-unsafe-path = Berkas ditolak: entri “{ $name }” menunjuk ke luar arsip. Tidak ada yang diubah.
error-exchange-symlink = Berkas ditolak: entri “{ $name }” adalah tautan. Tidak ada yang diubah.
error-exchange-duplicate-name = Berkas ditolak: dua entri memiliki nama yang sama. Tidak ada yang diubah.
error-exchange-overlapping-entries = Berkas ditolak: entrinya saling tumpang tindih. Tidak ada yang diubah.
error-exchange-too-many-entries = Berkas ditolak: { $count } entri, paling banyak { $limit } yang diizinkan. Tidak ada yang diubah.
error-exchange-too-large = Berkas ditolak: { $size } bita, paling banyak { $limit } yang diizinkan. Tidak ada yang diubah.
error-exchange-compression-ratio = Berkas ditolak: entri “{ $name }” akan mengembang lebih dari { $limit } kali. Tidak ada yang diubah.
error-exchange-unexpected-entry = Berkas ditolak: berisi entri tak terduga “{ $name }”. Tidak ada yang diubah.
error-exchange-not-stored = Berkas ditolak: entri “{ $name }” dikompresi; hanya entri tersimpan tanpa kompresi yang diizinkan. Tidak ada yang diubah.
error-exchange-entry-order = Berkas ditolak: urutan entrinya tidak sesuai ketentuan. Tidak ada yang diubah.
error-exchange-invalid-field = Berkas ditolak: kolom { $field } pada manifes tidak sesuai bentuk ketentuan ({ $value }). Tidak ada yang diubah.
error-exchange-wrong-expert = Paket menyebut pakar { $named }, tetapi diperiksa dengan kunci terdaftar milik { $registered }. Tidak ada yang diubah.
error-exchange-not-canonical = Berkas ditolak: manifesnya tidak dalam bentuk kanonis. Tidak ada yang diubah.
error-exchange-wrong-kind = Ini berkas “{ $found }”, bukan { $expected ->
    [bundle] paket penugasan
   *[package] paket nilai
}. Tidak ada yang diubah.
error-exchange-unsupported-version = Berkas menggunakan versi format { $found }, yang tidak dapat dibaca versi ReviewDesk ini. Tidak ada yang diubah.
error-exchange-bad-signature = Tanda tangan tidak cocok: berkas tidak dibuat oleh pihak yang diharapkan atau telah diubah. Tidak ada yang diubah.
error-exchange-revoked-key = Paket { $sequence } ditandatangani dengan kunci yang tidak diterima lembaga pada posisi itu dalam rantai pakar: kunci itu dicabut ketika pakar didaftarkan ulang. Tidak ada yang diubah.
error-exchange-hash-mismatch = Berkas ditolak: “{ $name }” diubah setelah ditandatangani. Tidak ada yang diubah.
error-exchange-wrong-recipient = Berkas ini ditujukan kepada orang lain. Tidak ada yang diubah.
error-exchange-expired = Paket penugasan kedaluwarsa pada { $date }. Mintalah yang baru kepada lembaga. Tidak ada yang diubah.
error-exchange-rollback = Paket penugasan ini versi { $sequence }, lebih lama dari versi terpasang { $installed }. Tidak ada yang diubah.
error-exchange-undecryptable = Isinya tidak dapat didekripsi dengan kunci brankas data ini. Tidak ada yang diubah.
error-exchange-bad-key = Sebuah kunci tidak sah ({ $detail }).
error-exchange-encryption = Enkripsi gagal: { $detail }
error-key-file-invalid = Berkas kunci { $path } tidak dapat dibaca.
error-sync-unreachable = Server lembaga tidak dapat dijangkau ({ $detail }). Semuanya tetap dalam antrean; coba lagi nanti.
error-sync-refused = Server lembaga menolak permintaan ({ $code }): { $detail }
error-sync-incomplete = Beberapa paket masih dalam antrean: { $detail }. Paket akan dikirim pada sinkronisasi berikutnya.
error-no-server = Alamat server lembaga tidak diketahui. Berikan dengan --server.
error-server-certificate-changed = Server lembaga { $server } menjawab dengan sertifikat yang berbeda dari yang disematkan saat Anda mendaftar. Mungkin ada pihak di antara Anda dan lembaga: tidak ada yang dikirim. Tanyakan kepada lembaga apakah sertifikatnya berubah.
error-server-certificate-untrusted = Server lembaga { $server } menunjukkan sertifikat yang tidak dipercaya komputer ini, dan tidak ada yang disematkan saat pendaftaran. Tidak ada yang dikirim; mintalah kode pendaftaran baru kepada lembaga.
error-insecure-http = Menolak berbicara dengan { $server } melalui HTTP biasa: kata sandi dan skor akan melintasi jaringan tanpa perlindungan. Gunakan alamat https://, atau, jika lembaga memintanya, izinkan HTTP biasa (Pengaturan › Koneksi, atau --insecure-http).
error-staff-key-wrong-passphrase = Frasa sandi tidak membuka berkas kunci staf ini. Tidak ada yang diubah.
error-not-staff = Brankas data ini belum memiliki kunci staf. Pasang berkas kunci staf yang ditulis server lembaga (reviewdesk-server staff-key).
error-staff-only = Server lembaga tidak menerima nama dan kata sandi staf ini.
error-staff-locked = Terlalu banyak percobaan masuk staf yang gagal: server lembaga menolak nama ini selama lima belas menit. Coba lagi nanti.
error-package-unknown-expert = Paket ini dari { $expert }, yang kuncinya tidak dikenal di sini. Pasang berkas kunci staf yang lebih baru. Tidak ada yang diimpor.
error-package-early = Paket { $sequence } dari { $expert } datang sebelum paket { $expected }: paket menunggu hingga paket di antaranya tiba.
error-package-fork = Paket { $sequence } dari { $expert } tidak melanjutkan paket { $head } miliknya (paket diganti atau diubah). Tidak ada yang diimpor.
error-package-unreadable = Isi paket bukan dokumen nilai yang dapat dibaca versi ini ({ $detail }). Paket tetap di tempatnya, tetapi nilainya tidak dihitung.
error-package-unknown-call = Paket ini untuk panggilan { $call }, yang tidak ada di sini. Paket tetap di tempatnya, tetapi nilainya tidak dihitung.
error-package-content-mismatch = Isi paket menyebut pakar atau panggilan yang berbeda dari manifesnya yang ditandatangani. Paket tetap di tempatnya, tetapi nilainya tidak dihitung.
error-package-not-assigned = Paket berisi lembar untuk { $application }, yang tidak ditugaskan kepada pakarnya. Paket tetap di tempatnya, tetapi nilainya tidak dihitung.
error-package-unknown-rubric = Paket berisi lembar dengan rubrik { $rubric } versi { $version }, yang tidak dimiliki panggilan ini. Paket tetap di tempatnya, tetapi nilainya tidak dihitung.
error-package-invalid-sheet = Lembar untuk { $application } dalam paket bukan pengajuan yang lengkap dan sah (nilai di luar skala atau langkah, atau ada yang kurang). Paket tetap di tempatnya, tetapi nilainya tidak dihitung.
error-package-totals-mismatch = Total nilai { $application } dalam paket tidak sesuai dengan nilai-nilainya. Paket tetap di tempatnya, tetapi nilainya tidak dihitung.
error-package-id-reused = Paket lain dengan ID yang sama ({ $package }) sudah diterima sebelumnya. Tidak ada yang diimpor.
error-import-call-signed = Panggilan { $call } diterima dengan tanda tangan lembaga; berkas data tanpa tanda tangan tidak dapat menggantikannya. Impor bundel lembaga yang lebih baru. Tidak ada yang diubah.
error-fonts-missing = Fon yang diperlukan dokumen tidak ada: { $detail }
error-staff-vote-usage = Suara ditulis APLIKASI=SUARA, seperti A001=4; bukan { $vote }.
error-panel-vote-not-in-rule = Aturan penentu seri panggilan ini tidak memuat pemungutan suara panel, jadi tidak ada suara yang dicatat untuk { $demand }. Tulis keputusan panel di catatan ketua.
error-discussion-not-open = Ketua belum membuka kebutuhan { $demand } untuk diskusi.
error-discussion-not-submitted = Kirim dulu lembar penilaian Anda untuk { $applications }: nilai panel untuk kebutuhan { $demand } hanya ditampilkan kepada pakar yang sudah mengirim.
error-discussion-not-assigned = Anda tidak menilai pemohon mana pun pada kebutuhan { $demand }, jadi diskusinya tidak ditampilkan kepada Anda.
error-revision-not-allowed = Panggilan ini tidak mengizinkan putaran revisi, jadi kebutuhan { $demand } tidak dapat dibuka untuk revisi.
error-meeting-not-joined = Brankas data ini belum bergabung dengan rapat. Bergabunglah dengan alamat dan kode pada kartu undangan dari ketua.
error-meeting-code-wrong = Hub di { $server } tidak menjawab dengan sertifikat kode rapat { $code }. Periksa alamat dan kode pada kartu undangan dari ketua.
error-meeting-not-vouched = Hub di { $server } tidak dijamin oleh kunci lembaga. Mungkin milik pihak lain; jangan kirimkan skor Anda ke sana.
error-meeting-hub-unreachable = Hub rapat di { $server } tidak dapat dihubungi ({ $detail }). Skor Anda tetap di brankas data ini dan dikirim saat hub menjawab lagi.
error-minutes-not-fixed = Ketua belum menetapkan notulen panggilan { $call } untuk ditandatangani.
error-minutes-changed = Ketua menetapkan ulang notulen panggilan { $call } setelah Anda membacanya. Bacalah lagi sebelum menandatangani.
error-minutes-altered = Isi notulen ini tidak cocok dengan digest yang ditandatangani panel: notulen diubah setelah ditandatangani. Jangan andalkan salinan ini.
error-minutes-unsealed = { $path } tidak memuat notulen yang disegel ReviewDesk ({ $detail }), jadi tidak ada pembandingnya. Mintalah PDF notulen yang diekspor lembaga.
error-minutes-not-on-panel = Pakar { $expert } tidak termasuk pakar yang disebut notulen ini, jadi tidak dapat menandatanganinya.
error-vault-wrong-recovery-key = Kunci pemulihan itu tidak membuka brankas ini. Tidak ada yang diubah.
error-vault-no-recovery-key = Brankas ini tidak memiliki kunci pemulihan: dibuat sebelum ada kunci pemulihan, dan belum dibuat sejak itu. Hanya frasa sandinya yang dapat membukanya.
error-recovery-key-malformed = Itu bukan kunci pemulihan: kunci terdiri dari 32 huruf dan angka, dalam kelompok empat.
error-vault-backup-damaged = Berkas cadangan ini rusak atau bukan cadangan ReviewDesk ({ $detail }). Tidak ada yang dipulihkan.
error-vault-newer-backup = Cadangan ini dibuat oleh versi ReviewDesk yang lebih baru. Pasang versi yang lebih baru untuk memulihkannya. Tidak ada yang dipulihkan.
error-vault-copy-behind = Salinan lain brankas ini — cadangan yang dipulihkan, atau brankas ini di laptop lain — sudah mengirim paket { $sequence }, jadi salinan ini tidak dapat mengirimnya. Lanjutkan di salinan yang lebih maju; paket ini tetap di sini, disisihkan.
