# Scoring: the score sheet, the declaration, progress and comparison.

main-progress = Tiến độ của tôi
tab-application = Hồ sơ
tab-score = Phiếu chấm điểm

## Progress of a sheet
progress-not_started = Chưa bắt đầu
progress-in_progress = Đang chấm
progress-submitted = Đã nộp
progress-recused = Đã rút lui
progress-title = Tiến độ của tôi
progress-intro = Chọn một hồ sơ ở bên trái để đọc và chấm điểm, hoặc so sánh các đơn vị ứng tuyển của một nhu cầu.
progress-total = { $done } / { $total } hồ sơ đã nộp hoặc rút lui
progress-demand = Nhu cầu
progress-compare = So sánh các đơn vị ứng tuyển

## Comparison
compare-title = Các đơn vị ứng tuyển cho “{ $demand }” đặt cạnh nhau
compare-intro = Điểm trên thang 100 từ các phiếu của chính bạn; dấu gạch nghĩa là chưa chấm.
compare-back = ← Quay lại tiến độ của tôi
compare-criterion = Tiêu chí
compare-overall = Điểm tổng
compare-recommendation = Khuyến nghị
compare-vetoes = Mục phủ quyết áp dụng

## Declaration of conflicts of interest
declare-title = Xung đột lợi ích
declare-intro = Trước khi chấm { $application }, hãy khai báo bạn có xung đột lợi ích với đơn vị ứng tuyển, các thành viên liên danh hoặc bên nêu nhu cầu hay không.
declare-none = Tôi không có xung đột lợi ích với hồ sơ này
declare-conflict = Tôi có xung đột lợi ích
declare-kind = Loại xung đột
declare-details = Chi tiết
declare-details-required = Mô tả xung đột.
declare-choose = Chọn một trong hai lời khai.
declare-recusal-note = Khai báo xung đột đồng nghĩa với rút lui: bạn sẽ không chấm hồ sơ này và việc rút lui là một phần của những gì bạn nộp.
declare-confirm = Xác nhận lời khai
declare-change = Thay đổi lời khai
conflict-same_unit = Tôi làm việc cho đơn vị ứng tuyển, một thành viên liên danh hoặc bên nêu nhu cầu
conflict-former_employer = Tôi đã làm việc ở đó trong ba năm qua
conflict-collaborator = Gần đây tôi đã làm việc, công bố hoặc nộp đề xuất cùng nhóm này
conflict-relative = Một người thân gần gũi ở trong nhóm
conflict-financial_interest = Tôi nắm giữ cổ phần hoặc lợi ích tài chính khác
conflict-other = Xung đột khác

## Score sheet
sheet-title = Phiếu chấm điểm — { $application }
sheet-version = phiên bản { $version }
sheet-overall = Điểm tổng
sheet-saving = Đang lưu…
sheet-saved = Đã lưu mọi thay đổi
sheet-save-failed = Chưa lưu: { $message }
sheet-undeclared = Hãy khai báo xung đột lợi ích trước khi mở phiếu chấm điểm.
sheet-declare = Khai báo và bắt đầu chấm
sheet-declared-none = Đã khai báo: không có xung đột lợi ích.
sheet-declared-conflict = Đã khai báo xung đột lợi ích: { $kind } — { $details }
sheet-recused = Bạn đã rút lui khỏi hồ sơ này. Hãy nộp việc rút lui để cơ quan nhận được cùng với điểm của bạn.
sheet-submit-recusal = Nộp việc rút lui
sheet-recusal-submitted = Đã nộp việc rút lui (phiên bản { $version }, { $date }).
sheet-criterion-score = { $score } / 100
sheet-criterion-pending = Chưa đủ
sheet-below-threshold = dưới ngưỡng { $threshold }
sheet-scale = { $min }–{ $max }, bước { $step }
sheet-comment = Lý do
sheet-comment-required = bắt buộc với điểm này
sheet-not-a-number = Hãy nhập một số, ví dụ 7.5.
sheet-out-of-range = Hãy nhập điểm từ { $min } đến { $max }.
sheet-off-step = Điểm tăng theo bước { $step }.
sheet-vetoes = Mục phủ quyết (一票否决)
veto-applies = Áp dụng
veto-not-applies = Không áp dụng
sheet-conclusion = Kết luận
sheet-recommendation = Khuyến nghị chung
recommendation-recommend = Khuyến nghị
recommendation-recommend_with_conditions = Khuyến nghị có điều kiện
recommendation-do_not_recommend = Không khuyến nghị
sheet-veto-contradicted = Có mục phủ quyết áp dụng nên khuyến nghị phải là “Không khuyến nghị”.
sheet-decision = Quyết định
decision-pass = Đạt
decision-fail = Không đạt
sheet-opinion = Ý kiến chuyên gia
sheet-review = Xem lại và nộp
sheet-review-title = Xem lại trước khi nộp
sheet-review-missing = Còn thiếu { $count } mục. Chọn một mục để đi tới:
sheet-review-ready = Mọi thứ đã đầy đủ.
sheet-submit = Nộp
sheet-submit-title = Nộp phiếu chấm điểm?
sheet-submit-confirm = Sau khi nộp, phiếu chấm điểm của { $application } sẽ bị khóa. Đến { $date } bạn vẫn có thể bắt đầu sửa đổi, phiên bản này được giữ trong lịch sử.
sheet-submit-confirm-open = Sau khi nộp, phiếu chấm điểm của { $application } sẽ bị khóa. Sau này bạn có thể bắt đầu sửa đổi, phiên bản này được giữ trong lịch sử.
sheet-submitted = Phiên bản { $version } đã nộp ngày { $date }. Không thể thay đổi nữa.
sheet-revise = Bắt đầu sửa đổi
sheet-revise-closed = Sơ thẩm đã kết thúc ngày { $date }; phiếu này không thể sửa đổi nữa.
sheet-history = Các phiên bản
sheet-history-row = Phiên bản { $version } · { $state } · điểm tổng { $overall } · { $date }
sheet-state-draft = bản nháp
sheet-state-submitted = đã nộp
sheet-shortcuts = Phím: Enter / Shift+Enter tiểu mục sau / trước · ↑ / ↓ đổi điểm một bước · Ctrl+Enter xem lại và nộp · Ctrl+PageDown / Ctrl+PageUp hồ sơ sau / trước

## What keeps a sheet from being submitted
problem-undeclared = Chưa khai báo xung đột lợi ích
problem-unknown_item = { $item }: không có trong bộ tiêu chí này
problem-unknown_veto = { $veto }: không có trong bộ tiêu chí này
problem-invalid_score = { $item }: điểm không nằm trên thang
problem-unscored = { $item }: chưa chấm
problem-comment_required = { $item }: điểm này cần lý do
problem-veto_unanswered = { $veto }: chưa trả lời
problem-veto_contradicted = { $veto } áp dụng nên khuyến nghị phải là “Không khuyến nghị”
problem-recommendation_missing = Chưa có khuyến nghị chung
problem-decision_missing = Chưa có quyết định
problem-opinion_missing = Ý kiến chuyên gia còn trống
