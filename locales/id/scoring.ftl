# Scoring: the score sheet, the declaration, progress and comparison.

main-progress = Kemajuan saya
tab-application = Aplikasi
tab-score = Lembar penilaian

## Progress of a sheet
progress-not_started = Belum dimulai
progress-in_progress = Sedang dikerjakan
progress-submitted = Diajukan
progress-recused = Mundur
progress-title = Kemajuan saya
progress-intro = Pilih aplikasi di sebelah kiri untuk membaca dan menilainya, atau bandingkan para pemohon suatu kebutuhan.
progress-total = { $done } dari { $total } aplikasi diajukan atau ditinggalkan karena mundur
progress-demand = Kebutuhan
progress-compare = Bandingkan pemohon

## Comparison
compare-title = Pemohon untuk “{ $demand }” berdampingan
compare-intro = Nilai dari 100 berdasarkan lembar Anda sendiri; tanda pisah berarti belum dinilai.
compare-back = ← Kembali ke kemajuan saya
compare-criterion = Kriteria
compare-overall = Keseluruhan
compare-recommendation = Rekomendasi
compare-vetoes = Butir veto yang berlaku

## Declaration of conflicts of interest
declare-title = Konflik kepentingan
declare-intro = Sebelum menilai { $application }, nyatakan apakah Anda memiliki konflik kepentingan dengan pemohon, anggota konsorsiumnya, atau pihak pengaju kebutuhan.
declare-none = Saya tidak memiliki konflik kepentingan dengan aplikasi ini
declare-conflict = Saya memiliki konflik kepentingan
declare-kind = Jenis konflik
declare-details = Rincian
declare-details-required = Jelaskan konfliknya.
declare-choose = Pilih salah satu dari dua pernyataan.
declare-recusal-note = Konflik yang dinyatakan membuat Anda mundur: Anda tidak akan menilai aplikasi ini, dan pengunduran diri itu menjadi bagian dari yang Anda ajukan.
declare-confirm = Konfirmasi pernyataan
declare-change = Ubah pernyataan
conflict-same_unit = Saya bekerja untuk pemohon, anggota konsorsium, atau pihak pengaju kebutuhan
conflict-former_employer = Saya bekerja di sana dalam tiga tahun terakhir
conflict-collaborator = Saya baru-baru ini bekerja, menerbitkan, atau mengajukan proposal bersama tim ini
conflict-relative = Kerabat dekat ada dalam tim
conflict-financial_interest = Saya memiliki saham atau kepentingan keuangan lain
conflict-other = Konflik lain

## Score sheet
sheet-title = Lembar penilaian — { $application }
sheet-version = versi { $version }
sheet-overall = Keseluruhan
sheet-saving = Menyimpan…
sheet-saved = Semua perubahan tersimpan
sheet-save-failed = Tidak tersimpan: { $message }
sheet-undeclared = Nyatakan konflik kepentingan sebelum lembar penilaian terbuka.
sheet-declare = Nyatakan dan mulai menilai
sheet-declared-none = Dinyatakan: tidak ada konflik kepentingan.
sheet-declared-conflict = Menyatakan konflik kepentingan: { $kind } — { $details }
sheet-recused = Anda mundur dari aplikasi ini. Ajukan pengunduran diri agar lembaga menerimanya bersama nilai Anda.
sheet-submit-recusal = Ajukan pengunduran diri
sheet-recusal-submitted = Pengunduran diri diajukan (versi { $version }, { $date }).
sheet-criterion-score = { $score } / 100
sheet-criterion-pending = Belum lengkap
sheet-below-threshold = di bawah ambang { $threshold }
sheet-scale = { $min }–{ $max }, langkah { $step }
sheet-comment = Alasan
sheet-comment-required = wajib untuk nilai ini
sheet-not-a-number = Ketik angka, misalnya 7.5.
sheet-out-of-range = Ketik nilai dari { $min } sampai { $max }.
sheet-off-step = Nilai naik dengan langkah { $step }.
sheet-vetoes = Butir veto (一票否决)
veto-applies = Berlaku
veto-not-applies = Tidak berlaku
sheet-conclusion = Kesimpulan
sheet-recommendation = Rekomendasi keseluruhan
recommendation-recommend = Rekomendasikan
recommendation-recommend_with_conditions = Rekomendasikan dengan syarat
recommendation-do_not_recommend = Jangan rekomendasikan
sheet-veto-contradicted = Ada butir veto yang berlaku, jadi rekomendasinya harus “Jangan rekomendasikan”.
sheet-decision = Keputusan
decision-pass = Lulus
decision-fail = Gagal
sheet-opinion = Pendapat pakar
sheet-review = Tinjau dan ajukan
sheet-review-title = Tinjau sebelum mengajukan
sheet-review-missing = Masih ada { $count } hal yang kurang. Pilih salah satu untuk menuju ke sana:
sheet-review-ready = Semuanya lengkap.
sheet-submit = Ajukan
sheet-submit-title = Ajukan lembar penilaian?
sheet-submit-confirm = Setelah diajukan, lembar penilaian { $application } terkunci. Sampai { $date } Anda masih dapat memulai revisi, dan versi ini tetap tersimpan dalam riwayat.
sheet-submit-confirm-open = Setelah diajukan, lembar penilaian { $application } terkunci. Anda dapat memulai revisi nanti, dan versi ini tetap tersimpan dalam riwayat.
sheet-submitted = Versi { $version } diajukan pada { $date }. Tidak dapat diubah lagi.
sheet-revise = Mulai revisi
sheet-revise-closed = Pra-penilaian ditutup pada { $date }; lembar ini tidak dapat direvisi lagi.
sheet-history = Versi
sheet-history-row = Versi { $version } · { $state } · keseluruhan { $overall } · { $date }
sheet-state-draft = draf
sheet-state-submitted = diajukan
sheet-shortcuts = Tombol: Enter / Shift+Enter subbutir berikut / sebelumnya · ↑ / ↓ ubah nilai satu langkah · Ctrl+Enter tinjau dan ajukan · Ctrl+PageDown / Ctrl+PageUp aplikasi berikut / sebelumnya

## What keeps a sheet from being submitted
problem-undeclared = Belum ada pernyataan konflik kepentingan
problem-unknown_item = { $item }: tidak ada dalam rubrik ini
problem-unknown_veto = { $veto }: tidak ada dalam rubrik ini
problem-invalid_score = { $item }: nilai tidak ada pada skala
problem-unscored = { $item }: belum dinilai
problem-comment_required = { $item }: nilai ini memerlukan alasan
problem-veto_unanswered = { $veto }: belum dijawab
problem-veto_contradicted = { $veto } berlaku, jadi rekomendasinya harus “Jangan rekomendasikan”
problem-recommendation_missing = Belum ada rekomendasi keseluruhan
problem-decision_missing = Belum ada keputusan
problem-opinion_missing = Pendapat pakar masih kosong
