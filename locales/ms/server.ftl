# The agency server's admin tools.

server-error = Ralat ({ $code }): { $message }
server-listening = Pelayan agensi ReviewDesk mendengar di http://{ $address }
server-call-loaded = Pelawaan { $call } dimuatkan: { $applications } permohonan, { $experts } pakar.
server-code = Kod pendaftaran sekali guna untuk { $expert }: { $code }
server-enrolled = { $expert } telah didaftarkan; berikan { $path } kepadanya.
server-bundle-issued = Berkas tugasan { $sequence } untuk { $expert } ditulis ke { $path }.
server-package-accepted = Diterima { $path }: pakej { $sequence } daripada { $expert }.
server-password-prompt = Kata laluan kakitangan:
server-staff-added = Akaun kakitangan { $name } disimpan.
server-assigned = { $expert } kini menilai { $count } permohonan daripada { $call }; berkas tugasan seterusnya membawanya.

## Command-line help of reviewdesk-server
server-help = Pelayan agensi ReviewDesk dan alat pentadbirannya.
server-help-db = Fail pangkalan data pelayan.
server-help-init = Cipta pangkalan data dan kunci agensi (sekali); cetak kunci awamnya.
server-help-init-url = Alamat yang digunakan pakar untuk mencapai pelayan ini, dihantar kepada mereka semasa pendaftaran.
server-help-serve = Jalankan HTTP API.
server-help-serve-listen = Alamat dan port untuk didengar.
server-help-agency-key = Cetak kunci awam agensi (JSON), untuk diberikan kepada pakar dan pengesah.
server-help-load-call = Muatkan (atau muat semula) pelawaan daripada fail data agensi, bersama pakar dan tugasannya.
server-help-load-call-file = Fail data agensi (JSON).
server-help-assign = Tetapkan dengan tepat permohonan mana dalam pelawaan yang dinilai oleh seorang pakar.
server-help-assign-call = ID pelawaan.
server-help-assign-expert = ID pakar.
server-help-assign-applications = ID permohonan, dipisahkan dengan koma.
server-help-code = Keluarkan kod pendaftaran sekali guna untuk pakar (dicetak bersendirian pada output standard).
server-help-code-expert = ID pakar.
server-help-enroll = Jawab fail permintaan pendaftaran dengan fail jawapan (pendaftaran luar talian).
server-help-enroll-request = Fail permintaan pendaftaran pakar.
server-help-enroll-out = Tempat menulis fail jawapan.
server-help-issue-bundle = Meterai berkas tugasan baharu bagi pelawaan untuk seorang pakar.
server-help-issue-bundle-expert = ID pakar.
server-help-issue-bundle-call = ID pelawaan.
server-help-issue-bundle-out = Tempat menulis berkas tugasan.
server-help-import-package = Terima fail pakej markah yang dibawa sendiri.
server-help-import-package-files = Fail pakej.
server-help-progress = Paparkan kemajuan setiap pakar (JSON).
server-help-add-staff = Tambah atau ganti akaun kakitangan (kata laluan daripada REVIEWDESK_STAFF_PASSWORD atau gesaan).
server-help-add-staff-name = Nama pengguna kakitangan.
server-staff-key-prompt = Frasa laluan untuk fail kunci kakitangan (sekurang-kurangnya 12 aksara):
server-staff-key-weak = Frasa laluan kunci kakitangan mesti mempunyai sekurang-kurangnya 12 aksara.
server-staff-key-written = Fail kunci kakitangan ditulis ke { $path }. Serahkan fail itu dan maklumkan frasa laluannya secara berasingan.
server-help-staff-key = Tulis fail kunci kakitangan: kunci agensi dan kunci awam pakar, dimeterai dengan frasa laluan (REVIEWDESK_STAFF_KEY_PASSPHRASE atau gesaan).
server-help-staff-key-out = Tempat menulis fail kunci kakitangan.
