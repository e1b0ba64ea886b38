# The agency server's admin tools.

server-error = Kesalahan ({ $code }): { $message }
server-listening = Server lembaga ReviewDesk mendengarkan di http://{ $address }
server-call-loaded = Panggilan { $call } dimuat: { $applications } aplikasi, { $experts } pakar.
server-code = Kode pendaftaran sekali pakai untuk { $expert }: { $code }
server-enrolled = { $expert } telah terdaftar; berikan { $path } kepadanya.
server-bundle-issued = Paket penugasan { $sequence } untuk { $expert } ditulis ke { $path }.
server-package-accepted = Diterima { $path }: paket { $sequence } dari { $expert }.
server-password-prompt = Kata sandi staf:
server-staff-added = Akun staf { $name } disimpan.
server-assigned = { $expert } kini menilai { $count } aplikasi dari { $call }; paket penugasan berikutnya membawanya.

## Command-line help of reviewdesk-server
server-help = Server lembaga ReviewDesk dan alat administrasinya.
server-help-db = Berkas basis data server.
server-help-init = Buat basis data dan kunci lembaga (sekali); cetak kunci publiknya.
server-help-init-url = Alamat yang dipakai pakar untuk menjangkau server ini, dikirim kepada mereka saat pendaftaran.
server-help-serve = Jalankan HTTP API.
server-help-serve-listen = Alamat dan port untuk mendengarkan.
server-help-agency-key = Cetak kunci publik lembaga (JSON), untuk diberikan kepada pakar dan pemeriksa.
server-help-load-call = Muat (atau muat ulang) panggilan dari berkas data lembaga, beserta pakar dan penugasannya.
server-help-load-call-file = Berkas data lembaga (JSON).
server-help-assign = Tetapkan dengan tepat aplikasi mana dari suatu panggilan yang dinilai seorang pakar.
server-help-assign-call = ID panggilan.
server-help-assign-expert = ID pakar.
server-help-assign-applications = ID aplikasi, dipisahkan koma.
server-help-code = Terbitkan kode pendaftaran sekali pakai untuk pakar (dicetak sendiri pada keluaran standar).
server-help-code-expert = ID pakar.
server-help-enroll = Jawab berkas permintaan pendaftaran dengan berkas tanggapan (pendaftaran luring).
server-help-enroll-request = Berkas permintaan pendaftaran pakar.
server-help-enroll-out = Tempat menulis berkas tanggapan.
server-help-issue-bundle = Segel paket penugasan baru suatu panggilan untuk seorang pakar.
server-help-issue-bundle-expert = ID pakar.
server-help-issue-bundle-call = ID panggilan.
server-help-issue-bundle-out = Tempat menulis paket penugasan.
server-help-import-package = Terima berkas paket nilai yang dibawa langsung.
server-help-import-package-files = Berkas paket.
server-help-progress = Tampilkan kemajuan setiap pakar (JSON).
server-help-add-staff = Tambah atau ganti akun staf (kata sandi dari REVIEWDESK_STAFF_PASSWORD atau ditanyakan).
server-help-add-staff-name = Nama pengguna staf.
server-staff-key-prompt = Frasa sandi untuk berkas kunci staf (minimal 12 karakter):
server-staff-key-weak = Frasa sandi kunci staf harus terdiri dari minimal 12 karakter.
server-staff-key-written = Berkas kunci staf ditulis ke { $path }. Serahkan berkasnya dan sampaikan frasa sandinya secara terpisah.
server-help-staff-key = Tulis berkas kunci staf: kunci lembaga dan kunci publik pakar, disegel dengan frasa sandi (REVIEWDESK_STAFF_KEY_PASSPHRASE atau ditanyakan).
server-help-staff-key-out = Tempat menulis berkas kunci staf.
