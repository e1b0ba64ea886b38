# Errors, keyed by the code that crosses from the Rust core to the UI and the CLI.
error-vault-wrong-passphrase = Frasa laluan salah. Tiada apa-apa yang diubah.
error-vault-not-found = Tiada peti besi data di { $path }.
error-vault-in-use = Peti besi data di { $path } sedang dibuka dalam tetingkap atau program ReviewDesk lain. Tutupnya di sana, kemudian cuba lagi.
error-vault-exists = Peti besi data sudah wujud di { $path }.
error-vault-encryption-unavailable = Penyulitan tidak tersedia dalam binaan ini, jadi ReviewDesk tidak akan menyimpan sebarang data.
error-vault-key-file-damaged = Fail kunci peti besi data rosak ({ $detail }). Pulihkan peti besi dan fail kuncinya daripada sandaran, atau minta agensi menghantar semula tugasan anda.
error-vault-newer-schema = Peti besi data ini ditulis oleh versi ReviewDesk yang lebih baharu. Sila kemas kini ReviewDesk.
error-vault-locked = Peti besi data berkunci. Buka kuncinya dahulu.
error-vault-corrupt = Data peti besi rosak ({ $detail }). Pulihkan peti besi dan fail kuncinya daripada sandaran, atau minta agensi menghantar semula tugasan anda.
error-not-found = Tiada apa-apa ditemui dengan ID { $id }.
error-passphrase-empty = Sila masukkan frasa laluan.
error-passphrase-mismatch = Kedua-dua frasa laluan tidak sepadan.
error-passphrase-too-weak = Frasa laluan ini terlalu mudah diteka. Gunakan yang lebih panjang, seperti beberapa perkataan yang tidak berkaitan.
error-io = Fail tidak dapat dibaca atau ditulis: { $detail }
error-internal = Berlaku ralat dalam ReviewDesk: { $detail }
error-document = Fail data agensi ditolak, tiada apa-apa diimport. { $location }{ $reason }
document-location = Di { $path }:{" "}
document-too-large = Saiz fail { $size } bait, melebihi { $limit } bait yang dibenarkan.
document-syntax = Ini bukan JSON yang sah (baris { $line }, lajur { $column }).
document-wrong-format = Ini bukan fail data agensi ReviewDesk (formatnya “{ $found }”).
document-unsupported-version = Versi format { $found } tidak disokong; versi ReviewDesk ini membaca versi { $supported }.
document-missing-field = Medan wajib “{ $field }” tiada.
document-unknown-field = Medan “{ $field }” bukan sebahagian daripada format.
document-unknown-value = “{ $value }” bukan salah satu nilai yang dibenarkan.
document-wrong-type = Jenis salah: { $detail }.
document-invalid-value = Nilai tidak sah: { $detail }.
document-blank-text = Teks kosong dalam semua bahasa.
document-bad-language-tag = “{ $tag }” bukan tag bahasa.
document-duplicate-id = ID “{ $id }” digunakan dua kali.
document-unknown-reference = Ia merujuk kepada { $target ->
        [demand] keperluan
        [application] permohonan
        [attachment] lampiran
       *[expert] pakar
    } “{ $id }”, yang tiada dalam fail.
document-foreign-attachment = Lampiran “{ $id }” milik permohonan lain.
document-bad-base64 = Kandungan lampiran bukan base64 yang sah.
document-size-mismatch = Lampiran bersaiz { $actual } bait tetapi mengisytiharkan { $declared }.
document-digest-mismatch = Kandungan lampiran tidak sepadan dengan ringkasan SHA-256nya.
document-unsupported-media-type = Lampiran jenis “{ $media_type }” tidak diterima.
document-content-mismatch = Kandungan lampiran bukan fail { $media_type }.
document-invalid-rubric = Rubrik tidak dapat dimarkahkan: { $fault ->
    [precision-too-high] ia mengisytiharkan lebih daripada 4 tempat perpuluhan
    [no-criteria] rubrik yang dimarkahkan memerlukan sekurang-kurangnya satu kriteria
    [duplicate-id] terdapat ID yang digunakan dua kali
    [weight-not-positive] pemberat mesti melebihi sifar
    [threshold-out-of-range] ambang mesti antara 0 dan 100
    [no-items] kriteria memerlukan sekurang-kurangnya satu subperkara
    [bad-scale] skala memerlukan minimum di bawah maksimum dan langkah positif
    [step-not-dividing] langkah mesti membahagi julat skala
   *[bad-comment-rule] peraturan ulasan memerlukan 0 ≤ bawah ≤ atas ≤ 1
}.
error-sheet-locked = Borang pemarkahan { $id } telah dihantar dan tidak boleh diubah lagi. Mulakan semakan semula untuk versi baharu.
error-sheet-invalid = Borang pemarkahan mempunyai nilai yang salah ({ $item }). Tiada apa-apa disimpan.
error-sheet-incomplete = Borang pemarkahan belum boleh dihantar: masih ada { $count } perkara yang belum lengkap.
error-sheet-deadline-passed = Pra-penilaian ditutup pada { $date }; borang yang dihantar tidak boleh disemak semula lagi.
error-sheet-file-invalid = Fail borang pemarkahan tidak dapat dibaca: { $detail }

## Enrollment and assignment bundles
error-already-enrolled = Peti besi data ini sudah didaftarkan sebagai pakar { $id }.
error-enrollment-not-started = Tiada pendaftaran yang menunggu jawapan. Mulakan dengan permintaan pendaftaran.
error-enrollment-file-invalid = Fail pendaftaran tidak dapat dibaca: { $detail }
error-enroll-usage = Berikan --expert dan --code dengan --server (dalam talian) atau --request (luar talian) untuk mendaftar, atau --response untuk menyelesaikan pendaftaran luar talian.
error-not-enrolled = Peti besi data ini belum didaftarkan dengan agensi, jadi ia tidak dapat menyemak tandatangan berkas tugasan.
error-key-revoked = Agensi telah membatalkan kunci komputer riba ini: anda didaftarkan semula pada peranti lain. Peti besi ini tidak lagi boleh menghantar markah; kerja anda disimpan. Gunakan peti besi yang didaftarkan semula, atau minta kod pendaftaran semula daripada agensi.
error-bundle-call-mismatch = Kandungan berkas tugasan milik pelawaan lain ({ $id }). Tiada apa-apa diimport.
error-exchange-malformed = { $kind ->
    [bundle] Berkas tugasan
   *[package] Pakej markah
} rosak atau bukan fail ReviewDesk ({ $detail }). Tiada apa-apa yang diubah.
error-exchange-unsafe-path = Fail ditolak: entri “{ $name }” menghala ke luar arkib. Tiada apa-apa yang diubah.
error-exchange-symlink = Fail ditolak: entri “{ $name }” ialah pautan. Tiada apa-apa yang diubah.
error-exchange-duplicate-name = Fail ditolak: dua entri mempunyai nama yang sama. Tiada apa-apa yang diubah.
error-exchange-overlapping-entries = Fail ditolak: entrinya bertindih. Tiada apa-apa yang diubah.
error-exchange-too-many-entries = Fail ditolak: { $count } entri, paling banyak { $limit } dibenarkan. Tiada apa-apa yang diubah.
error-exchange-too-large = Fail ditolak: { $size } bait, paling banyak { $limit } dibenarkan. Tiada apa-apa yang diubah.
error-exchange-compression-ratio = Fail ditolak: entri “{ $name }” akan mengembang lebih daripada { $limit } kali ganda. Tiada apa-apa yang diubah.
error-exchange-unexpected-entry = Fail ditolak: ia mengandungi entri yang tidak dijangka “{ $name }”. Tiada apa-apa yang diubah.
error-exchange-not-stored = Fail ditolak: entri “{ $name }” dimampatkan; hanya entri yang disimpan tanpa mampatan dibenarkan. Tiada apa-apa yang diubah.
error-exchange-entry-order = Fail ditolak: susunan entrinya tidak mengikut ketetapan. Tiada apa-apa yang diubah.
error-exchange-invalid-field = Fail ditolak: medan { $field } dalam manifes tidak mengikut bentuk yang ditetapkan ({ $value }). Tiada apa-apa yang diubah.
error-exchange-wrong-expert = Pakej menamakan pakar { $named }, tetapi disemak dengan kunci berdaftar { $registered }. Tiada apa-apa yang diubah.
error-exchange-not-canonical = Fail ditolak: manifesnya tidak dalam bentuk kanonik. Tiada apa-apa yang diubah.
error-exchange-wrong-kind = Ini fail “{ $found }”, bukan { $expected ->
    [bundle] berkas tugasan
   *[package] pakej markah
}. Tiada apa-apa yang diubah.
error-exchange-unsupported-version = Fail menggunakan versi format { $found }, yang tidak dapat dibaca oleh versi ReviewDesk ini. Tiada apa-apa yang diubah.
error-exchange-bad-signature = Tandatangan tidak sepadan: fail tidak dibuat oleh pihak yang dijangka atau telah diubah. Tiada apa-apa yang diubah.
error-exchange-revoked-key = Pakej { $sequence } ditandatangani dengan kunci yang tidak diterima agensi pada kedudukan itu dalam rantaian pakar: kunci itu dibatalkan apabila pakar didaftarkan semula. Tiada apa-apa yang diubah.
error-exchange-hash-mismatch = Fail ditolak: “{ $name }” diubah selepas ditandatangani. Tiada apa-apa yang diubah.
error-exchange-wrong-recipient = Fail ini ditujukan kepada orang lain. Tiada apa-apa yang diubah.
error-exchange-expired = Berkas tugasan tamat tempoh pada { $date }. Minta yang baharu daripada agensi. Tiada apa-apa yang diubah.
error-exchange-rollback = Berkas tugasan ini versi { $sequence }, lebih lama daripada versi terpasang { $installed }. Tiada apa-apa yang diubah.
error-exchange-undecryptable = Kandungan tidak dapat dinyahsulit dengan kunci peti besi data ini. Tiada apa-apa yang diubah.
error-exchange-bad-key = Satu kunci tidak sah ({ $detail }).
error-exchange-encryption = Penyulitan gagal: { $detail }
error-key-file-invalid = Fail kunci { $path } tidak dapat dibaca.
error-sync-unreachable = Pelayan agensi tidak dapat dicapai ({ $detail }). Semuanya kekal dalam baris gilir; cuba lagi kemudian.
error-sync-refused = Pelayan agensi menolak permintaan ({ $code }): { $detail }
error-sync-incomplete = Sesetengah pakej masih dalam baris gilir: { $detail }. Ia akan dihantar pada penyegerakan seterusnya.
error-no-server = Alamat pelayan agensi tidak diketahui. Berikan dengan --server.
error-server-certificate-changed = Pelayan agensi { $server } menjawab dengan sijil yang berbeza daripada yang disematkan semasa anda mendaftar. Mungkin ada pihak di antara anda dan agensi: tiada apa-apa dihantar. Tanya agensi sama ada sijilnya berubah.
error-server-certificate-untrusted = Pelayan agensi { $server } menunjukkan sijil yang tidak dipercayai komputer ini, dan tiada sijil disematkan semasa pendaftaran. Tiada apa-apa dihantar; minta kod pendaftaran baharu daripada agensi.
error-insecure-http = Enggan berhubung dengan { $server } melalui HTTP biasa: kata laluan dan skor akan merentas rangkaian tanpa perlindungan. Gunakan alamat https://, atau, jika agensi memintanya, benarkan HTTP biasa (Tetapan › Sambungan, atau --insecure-http).
error-staff-key-wrong-passphrase = Frasa laluan tidak membuka fail kunci kakitangan ini. Tiada apa-apa yang diubah.
error-not-staff = Peti besi data ini belum mempunyai kunci kakitangan. Pasang fail kunci kakitangan yang ditulis oleh pelayan agensi (reviewdesk-server staff-key).
error-staff-only = Pelayan agensi tidak menerima nama dan kata laluan kakitangan ini.
error-staff-locked = Terlalu banyak log masuk kakitangan yang gagal: pelayan agensi menolak nama ini selama lima belas minit. Cuba lagi kemudian.
error-package-unknown-expert = Pakej ini daripada { $expert }, yang kuncinya tidak diketahui di sini. Pasang fail kunci kakitangan yang lebih baharu. Tiada apa-apa diimport.
error-package-early = Pakej { $sequence } daripada { $expert } tiba sebelum pakej { $expected }: ia menunggu sehingga pakej di antaranya tiba.
error-package-fork = Pakej { $sequence } daripada { $expert } tidak menyusuli pakej { $head } miliknya (pakej diganti atau diubah). Tiada apa-apa diimport.
error-package-unreadable = Kandungan pakej bukan dokumen markah yang boleh dibaca versi ini ({ $detail }). Ia kekal di tempatnya, tetapi markahnya tidak dikira.
error-package-unknown-call = Pakej ini untuk pelawaan { $call }, yang tiada di sini. Ia kekal di tempatnya, tetapi markahnya tidak dikira.
error-package-content-mismatch = Kandungan pakej menamakan pakar atau pelawaan yang berbeza daripada manifes bertandatangannya. Ia kekal di tempatnya, tetapi markahnya tidak dikira.
error-package-not-assigned = Pakej mengandungi borang untuk { $application }, yang tidak ditugaskan kepada pakarnya. Ia kekal di tempatnya, tetapi markahnya tidak dikira.
error-package-unknown-rubric = Pakej mengandungi borang mengikut rubrik { $rubric } versi { $version }, yang tiada dalam pelawaan ini. Ia kekal di tempatnya, tetapi markahnya tidak dikira.
error-package-invalid-sheet = Borang untuk { $application } dalam pakej bukan penyerahan yang lengkap dan sah (markah di luar skala atau langkah, atau ada yang tertinggal). Ia kekal di tempatnya, tetapi markahnya tidak dikira.
error-package-totals-mismatch = Jumlah markah { $application } dalam pakej tidak sepadan dengan markah-markahnya. Ia kekal di tempatnya, tetapi markahnya tidak dikira.
error-package-id-reused = Pakej lain dengan ID yang sama ({ $package }) telah diterima sebelum ini. Tiada apa-apa diimport.
error-import-call-signed = Pelawaan { $call } diterima bertandatangan agensi; fail data tanpa tandatangan tidak boleh menggantikannya. Import berkas agensi yang lebih baharu. Tiada apa-apa yang diubah.
error-fonts-missing = Fon yang diperlukan oleh dokumen tiada: { $detail }
error-staff-vote-usage = Undian ditulis sebagai PERMOHONAN=UNDI, seperti A001=4; bukan { $vote }.
error-panel-vote-not-in-rule = Peraturan pemutus seri panggilan ini tidak mengandungi undian panel, jadi tiada undian direkodkan untuk { $demand }. Tulis keputusan panel dalam catatan pengerusi.
error-discussion-not-open = Pengerusi belum membuka keperluan { $demand } untuk perbincangan.
error-discussion-not-submitted = Hantar dahulu helaian penilaian anda untuk { $applications }: markah panel bagi keperluan { $demand } hanya ditunjukkan kepada pakar yang telah menghantar.
error-discussion-not-assigned = Anda tidak menilai mana-mana pemohon bagi keperluan { $demand }, jadi perbincangannya tidak ditunjukkan kepada anda.
error-revision-not-allowed = Panggilan ini tidak membenarkan pusingan semakan semula, jadi keperluan { $demand } tidak boleh dibuka untuk semakan semula.
error-meeting-not-joined = Peti besi data ini belum menyertai mesyuarat. Sertai dengan alamat dan kod pada kad penyertaan pengerusi.
error-meeting-code-wrong = Hab di { $server } tidak menjawab dengan sijil kod mesyuarat { $code }. Semak alamat dan kod pada kad penyertaan pengerusi.
error-meeting-not-vouched = Hab di { $server } tidak dijamin oleh kunci agensi. Ia mungkin milik orang lain; jangan hantar markah anda kepadanya.
error-meeting-hub-unreachable = Hab mesyuarat di { $server } tidak dapat dicapai ({ $detail }). Markah anda kekal dalam peti besi data ini dan dihantar apabila hab menjawab semula.
error-minutes-not-fixed = Pengerusi belum memuktamadkan minit pelawaan { $call } untuk ditandatangani.
error-minutes-changed = Pengerusi memuktamadkan semula minit pelawaan { $call } selepas anda membacanya. Bacalah semula sebelum menandatangani.
error-minutes-altered = Kandungan minit ini tidak sepadan dengan ringkasan yang ditandatangani panel: ia diubah selepas ditandatangani. Jangan bergantung pada salinan ini.
error-minutes-unsealed = { $path } tidak membawa minit yang dimeterai ReviewDesk ({ $detail }), jadi tiada apa untuk disemak. Minta PDF minit yang dieksport agensi.
error-minutes-not-on-panel = Pakar { $expert } bukan antara pakar yang dinamakan minit ini, jadi tidak boleh menandatanganinya.
error-vault-wrong-recovery-key = Kunci pemulihan itu tidak membuka peti besi ini. Tiada apa yang diubah.
error-vault-no-recovery-key = Peti besi ini tiada kunci pemulihan: ia dibuat sebelum adanya kunci pemulihan, dan tiada yang dibuat sejak itu. Hanya frasa laluannya boleh membukanya.
error-recovery-key-malformed = Itu bukan kunci pemulihan: ia mempunyai 32 huruf dan digit, dalam kumpulan empat.
error-vault-backup-damaged = Fail sandaran ini rosak atau bukan sandaran ReviewDesk ({ $detail }). Tiada apa yang dipulihkan.
error-vault-newer-backup = Sandaran ini dibuat oleh versi ReviewDesk yang lebih baharu. Pasang versi lebih baharu untuk memulihkannya. Tiada apa yang dipulihkan.
error-vault-copy-behind = Salinan lain peti besi ini — sandaran yang dipulihkan, atau peti besi ini pada komputer riba lain — sudah menghantar pakej { $sequence }, jadi salinan ini tidak boleh. Teruskan kerja dalam salinan yang mendahului; pakej ini kekal di sini, diketepikan.
