# Scoring: the score sheet, the declaration, progress and comparison.

main-progress = Kemajuan saya
tab-application = Permohonan
tab-score = Borang pemarkahan

## Progress of a sheet
progress-not_started = Belum dimulakan
progress-in_progress = Sedang dijalankan
progress-submitted = Dihantar
progress-recused = Menarik diri
progress-title = Kemajuan saya
progress-intro = Pilih permohonan di sebelah kiri untuk membaca dan memarkahkannya, atau bandingkan pemohon sesuatu keperluan.
progress-total = { $done } daripada { $total } permohonan dihantar atau ditarik diri
progress-demand = Keperluan
progress-compare = Bandingkan pemohon

## Comparison
compare-title = Pemohon bagi “{ $demand }” secara bersebelahan
compare-intro = Markah daripada 100 berdasarkan borang anda sendiri; sempang bermaksud belum dimarkahkan.
compare-back = ← Kembali ke kemajuan saya
compare-criterion = Kriteria
compare-overall = Keseluruhan
compare-recommendation = Syor
compare-vetoes = Perkara veto yang terpakai

## Declaration of conflicts of interest
declare-title = Konflik kepentingan
declare-intro = Sebelum anda memarkahkan { $application }, isytiharkan sama ada anda mempunyai konflik kepentingan dengan pemohon, ahli konsortiumnya atau pihak pengemuka keperluan.
declare-none = Saya tiada konflik kepentingan dengan permohonan ini
declare-conflict = Saya mempunyai konflik kepentingan
declare-kind = Jenis konflik
declare-details = Butiran
declare-details-required = Terangkan konflik tersebut.
declare-choose = Pilih salah satu daripada dua pengisytiharan.
declare-recusal-note = Konflik yang diisytiharkan menyebabkan anda menarik diri: anda tidak akan memarkahkan permohonan ini, dan penarikan diri itu menjadi sebahagian daripada apa yang anda hantar.
declare-confirm = Sahkan pengisytiharan
declare-change = Tukar pengisytiharan
conflict-same_unit = Saya bekerja untuk pemohon, ahli konsortium atau pihak pengemuka keperluan
conflict-former_employer = Saya pernah bekerja di sana dalam tempoh tiga tahun lepas
conflict-collaborator = Saya baru-baru ini bekerja, menerbitkan atau memohon bersama pasukan ini
conflict-relative = Saudara terdekat berada dalam pasukan
conflict-financial_interest = Saya memegang saham atau kepentingan kewangan lain
conflict-other = Konflik lain

## Score sheet
sheet-title = Borang pemarkahan — { $application }
sheet-version = versi { $version }
sheet-overall = Keseluruhan
sheet-saving = Menyimpan…
sheet-saved = Semua perubahan disimpan
sheet-save-failed = Tidak disimpan: { $message }
sheet-undeclared = Isytiharkan sebarang konflik kepentingan sebelum borang pemarkahan dibuka.
sheet-declare = Isytihar dan mula memarkah
sheet-declared-none = Diisytiharkan: tiada konflik kepentingan.
sheet-declared-conflict = Mengisytiharkan konflik kepentingan: { $kind } — { $details }
sheet-recused = Anda telah menarik diri daripada permohonan ini. Hantar penarikan diri supaya agensi menerimanya bersama markah anda.
sheet-submit-recusal = Hantar penarikan diri
sheet-recusal-submitted = Penarikan diri dihantar (versi { $version }, { $date }).
sheet-criterion-score = { $score } / 100
sheet-criterion-pending = Belum lengkap
sheet-below-threshold = di bawah ambang { $threshold }
sheet-scale = { $min }–{ $max }, langkah { $step }
sheet-comment = Sebab
sheet-comment-required = wajib untuk markah ini
sheet-not-a-number = Taip nombor, seperti 7.5.
sheet-out-of-range = Taip markah dari { $min } hingga { $max }.
sheet-off-step = Markah bergerak dalam langkah { $step }.
sheet-vetoes = Perkara veto (一票否决)
veto-applies = Terpakai
veto-not-applies = Tidak terpakai
sheet-conclusion = Kesimpulan
sheet-recommendation = Syor keseluruhan
recommendation-recommend = Disyorkan
recommendation-recommend_with_conditions = Disyorkan dengan syarat
recommendation-do_not_recommend = Tidak disyorkan
sheet-veto-contradicted = Perkara veto terpakai, jadi syor mestilah “Tidak disyorkan”.
sheet-decision = Keputusan
decision-pass = Lulus
decision-fail = Gagal
sheet-opinion = Pendapat pakar
sheet-review = Semak dan hantar
sheet-review-title = Semak sebelum menghantar
sheet-review-missing = Masih ada { $count } perkara yang belum lengkap. Pilih satu untuk pergi ke sana:
sheet-review-ready = Semuanya lengkap.
sheet-submit = Hantar
sheet-submit-title = Hantar borang pemarkahan?
sheet-submit-confirm = Setelah dihantar, borang pemarkahan { $application } dikunci. Sehingga { $date } anda masih boleh memulakan semakan semula, dan versi ini disimpan dalam sejarah.
sheet-submit-confirm-open = Setelah dihantar, borang pemarkahan { $application } dikunci. Anda boleh memulakan semakan semula kemudian, dan versi ini disimpan dalam sejarah.
sheet-submitted = Versi { $version } dihantar pada { $date }. Ia tidak boleh diubah lagi.
sheet-revise = Mulakan semakan semula
sheet-revise-closed = Pra-penilaian ditutup pada { $date }; borang ini tidak boleh disemak semula lagi.
sheet-history = Versi
sheet-history-row = Versi { $version } · { $state } · keseluruhan { $overall } · { $date }
sheet-state-draft = draf
sheet-state-submitted = dihantar
sheet-shortcuts = Kekunci: Enter / Shift+Enter subperkara seterusnya / sebelumnya · ↑ / ↓ ubah markah satu langkah · Ctrl+Enter semak dan hantar · Ctrl+PageDown / Ctrl+PageUp permohonan seterusnya / sebelumnya

## What keeps a sheet from being submitted
problem-undeclared = Belum ada pengisytiharan konflik kepentingan
problem-unknown_item = { $item }: tiada dalam rubrik ini
problem-unknown_veto = { $veto }: tiada dalam rubrik ini
problem-invalid_score = { $item }: markah tiada pada skala
problem-unscored = { $item }: belum dimarkahkan
problem-comment_required = { $item }: markah ini memerlukan sebab
problem-veto_unanswered = { $veto }: belum dijawab
problem-veto_contradicted = { $veto } terpakai, jadi syor mestilah “Tidak disyorkan”
problem-recommendation_missing = Tiada syor keseluruhan
problem-decision_missing = Tiada keputusan
problem-opinion_missing = Pendapat pakar kosong
