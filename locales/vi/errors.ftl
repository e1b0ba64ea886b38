# Errors, keyed by the code that crosses from the Rust core to the UI and the CLI.
error-vault-wrong-passphrase = Cụm mật khẩu không đúng. Không có gì bị thay đổi.
error-vault-not-found = Không có kho dữ liệu mã hóa tại { $path }.
error-vault-in-use = Kho dữ liệu mã hóa tại { $path } đang mở trong một cửa sổ hoặc chương trình ReviewDesk khác. Hãy đóng nó ở đó rồi thử lại.
error-vault-exists = Đã có kho dữ liệu mã hóa tại { $path }.
error-vault-encryption-unavailable = Bản dựng này không có mã hóa, vì vậy ReviewDesk sẽ không lưu bất kỳ dữ liệu nào.
error-vault-key-file-damaged = Tệp khóa của kho dữ liệu mã hóa bị hỏng ({ $detail }). Hãy khôi phục kho và tệp khóa của nó từ bản sao lưu, hoặc đề nghị cơ quan gửi lại phần việc được giao.
error-vault-newer-schema = Kho dữ liệu mã hóa này được tạo bởi phiên bản ReviewDesk mới hơn. Vui lòng cập nhật ReviewDesk.
error-vault-locked = Kho dữ liệu mã hóa đang bị khóa. Hãy mở khóa trước.
error-vault-corrupt = Dữ liệu trong kho bị hỏng ({ $detail }). Hãy khôi phục kho và tệp khóa của nó từ bản sao lưu, hoặc đề nghị cơ quan gửi lại phần việc được giao.
error-not-found = Không tìm thấy mục có mã { $id }.
error-passphrase-empty = Vui lòng nhập cụm mật khẩu.
error-passphrase-mismatch = Hai cụm mật khẩu không khớp.
error-passphrase-too-weak = Cụm mật khẩu này quá dễ đoán. Hãy dùng cụm dài hơn, chẳng hạn vài từ không liên quan.
error-io = Không thể đọc hoặc ghi tệp: { $detail }
error-internal = Đã xảy ra lỗi bên trong ReviewDesk: { $detail }
error-document = Tệp dữ liệu của cơ quan bị từ chối, không có gì được nhập. { $location }{ $reason }
document-location = Tại { $path }:{" "}
document-too-large = Tệp có { $size } byte, vượt quá { $limit } byte cho phép.
document-syntax = Đây không phải JSON hợp lệ (dòng { $line }, cột { $column }).
document-wrong-format = Đây không phải tệp dữ liệu cơ quan của ReviewDesk (định dạng là “{ $found }”).
document-unsupported-version = Không hỗ trợ phiên bản định dạng { $found }; phiên bản ReviewDesk này đọc phiên bản { $supported }.
document-missing-field = Thiếu trường bắt buộc “{ $field }”.
document-unknown-field = Trường “{ $field }” không thuộc định dạng.
document-unknown-value = “{ $value }” không phải giá trị được phép.
document-wrong-type = Sai kiểu dữ liệu: { $detail }.
document-invalid-value = Giá trị không hợp lệ: { $detail }.
document-blank-text = Văn bản trống ở mọi ngôn ngữ.
document-bad-language-tag = “{ $tag }” không phải thẻ ngôn ngữ.
document-duplicate-id = Mã “{ $id }” được dùng hai lần.
document-unknown-reference = Tham chiếu đến { $target ->
        [demand] nhu cầu
        [application] hồ sơ
        [attachment] tệp đính kèm
       *[expert] chuyên gia
    } “{ $id }” không có trong tệp.
document-foreign-attachment = Tệp đính kèm “{ $id }” thuộc về hồ sơ khác.
document-bad-base64 = Nội dung tệp đính kèm không phải base64 hợp lệ.
document-size-mismatch = Tệp đính kèm có { $actual } byte nhưng khai báo { $declared }.
document-digest-mismatch = Nội dung tệp đính kèm không khớp với mã băm SHA-256.
document-unsupported-media-type = Không chấp nhận tệp đính kèm loại “{ $media_type }”.
document-content-mismatch = Nội dung tệp đính kèm không phải tệp { $media_type }.
document-invalid-rubric = Không thể chấm điểm theo bộ tiêu chí này: { $fault ->
    [precision-too-high] khai báo hơn 4 chữ số thập phân
    [no-criteria] bộ tiêu chí có chấm điểm cần ít nhất một tiêu chí
    [duplicate-id] có mã được dùng hai lần
    [weight-not-positive] trọng số phải lớn hơn không
    [threshold-out-of-range] ngưỡng phải từ 0 đến 100
    [no-items] mỗi tiêu chí cần ít nhất một tiểu mục
    [bad-scale] thang điểm cần giá trị nhỏ nhất dưới giá trị lớn nhất và bước dương
    [step-not-dividing] bước phải chia hết khoảng của thang điểm
   *[bad-comment-rule] quy tắc nhận xét cần 0 ≤ dưới ≤ trên ≤ 1
}.
error-sheet-locked = Phiếu chấm điểm của { $id } đã nộp và không thể thay đổi. Hãy bắt đầu sửa đổi để tạo phiên bản mới.
error-sheet-invalid = Phiếu chấm điểm có giá trị sai ({ $item }). Chưa lưu gì.
error-sheet-incomplete = Chưa thể nộp phiếu chấm điểm: còn thiếu { $count } mục.
error-sheet-deadline-passed = Sơ thẩm đã kết thúc ngày { $date }; phiếu đã nộp không thể sửa đổi nữa.
error-sheet-file-invalid = Không thể đọc tệp phiếu chấm điểm: { $detail }

## Enrollment and assignment bundles
error-already-enrolled = Kho dữ liệu mã hóa này đã đăng ký là chuyên gia { $id }.
error-enrollment-not-started = Không có đăng ký nào đang chờ phản hồi. Hãy bắt đầu bằng yêu cầu đăng ký.
error-enrollment-file-invalid = Không thể đọc tệp đăng ký: { $detail }
error-enroll-usage = Dùng --expert và --code với --server (trực tuyến) hoặc --request (ngoại tuyến) để đăng ký, hoặc --response để hoàn tất đăng ký ngoại tuyến.
error-not-enrolled = Kho dữ liệu mã hóa này chưa đăng ký với cơ quan nên không thể kiểm tra chữ ký của gói phân công.
error-key-revoked = Cơ quan đã thu hồi khóa của máy tính này: bạn đã được đăng ký lại trên thiết bị khác. Kho này không thể gửi điểm nữa; công việc của bạn vẫn được giữ. Hãy dùng kho đã đăng ký lại, hoặc xin cơ quan mã đăng ký lại.
error-bundle-call-mismatch = Nội dung gói phân công thuộc đợt kêu gọi khác ({ $id }). Không có gì được nhập.
error-exchange-malformed = { $kind ->
    [bundle] Gói phân công
   *[package] Gói điểm
} bị hỏng hoặc không phải tệp ReviewDesk ({ $detail }). Không có gì bị thay đổi.
error-exchange-unsafe-path = Tệp bị từ chối: mục “{ $name }” trỏ ra ngoài tệp nén. Không có gì bị thay đổi.
error-exchange-symlink = Tệp bị từ chối: mục “{ $name }” là liên kết. Không có gì bị thay đổi.
error-exchange-duplicate-name = Tệp bị từ chối: hai mục trùng tên. Không có gì bị thay đổi.
error-exchange-overlapping-entries = Tệp bị từ chối: các mục chồng lên nhau. Không có gì bị thay đổi.
error-exchange-too-many-entries = Tệp bị từ chối: { $count } mục, tối đa { $limit }. Không có gì bị thay đổi.
error-exchange-too-large = Tệp bị từ chối: { $size } byte, tối đa { $limit }. Không có gì bị thay đổi.
error-exchange-compression-ratio = Tệp bị từ chối: mục “{ $name }” sẽ bung ra hơn { $limit } lần. Không có gì bị thay đổi.
error-exchange-unexpected-entry = Tệp bị từ chối: có mục không mong đợi “{ $name }”. Không có gì bị thay đổi.
error-exchange-not-stored = Tệp bị từ chối: mục “{ $name }” bị nén; chỉ cho phép mục lưu nguyên. Không có gì bị thay đổi.
error-exchange-entry-order = Tệp bị từ chối: các mục không theo thứ tự đã quy định. Không có gì bị thay đổi.
error-exchange-invalid-field = Tệp bị từ chối: trường { $field } của bản kê không đúng dạng quy định ({ $value }). Không có gì bị thay đổi.
error-exchange-wrong-expert = Gói ghi chuyên gia { $named }, nhưng được kiểm tra bằng khóa đã đăng ký của { $registered }. Không có gì bị thay đổi.
error-exchange-not-canonical = Tệp bị từ chối: bản kê không ở dạng chuẩn. Không có gì bị thay đổi.
error-exchange-wrong-kind = Đây là tệp “{ $found }”, không phải { $expected ->
    [bundle] gói phân công
   *[package] gói điểm
}. Không có gì bị thay đổi.
error-exchange-unsupported-version = Tệp dùng phiên bản định dạng { $found } mà phiên bản ReviewDesk này không đọc được. Không có gì bị thay đổi.
error-exchange-bad-signature = Chữ ký không khớp: tệp không do bên dự kiến tạo ra hoặc đã bị sửa. Không có gì bị thay đổi.
error-exchange-revoked-key = Gói { $sequence } được ký bằng khóa mà cơ quan không chấp nhận tại vị trí đó trong chuỗi của chuyên gia: khóa đã bị thu hồi khi chuyên gia được đăng ký lại. Không có gì bị thay đổi.
error-exchange-hash-mismatch = Tệp bị từ chối: “{ $name }” đã bị sửa sau khi ký. Không có gì bị thay đổi.
error-exchange-wrong-recipient = Tệp này gửi cho người khác. Không có gì bị thay đổi.
error-exchange-expired = Gói phân công đã hết hạn ngày { $date }. Hãy xin cơ quan gói mới. Không có gì bị thay đổi.
error-exchange-rollback = Gói phân công là phiên bản { $sequence }, cũ hơn phiên bản đã cài { $installed }. Không có gì bị thay đổi.
error-exchange-undecryptable = Không thể giải mã nội dung bằng khóa của kho dữ liệu mã hóa này. Không có gì bị thay đổi.
error-exchange-bad-key = Khóa không hợp lệ ({ $detail }).
error-exchange-encryption = Mã hóa thất bại: { $detail }
error-key-file-invalid = Không thể đọc tệp khóa { $path }.
error-sync-unreachable = Không thể kết nối máy chủ của cơ quan ({ $detail }). Mọi thứ vẫn ở hàng đợi; hãy thử lại sau.
error-sync-refused = Máy chủ của cơ quan từ chối yêu cầu ({ $code }): { $detail }
error-sync-incomplete = Một số gói điểm vẫn ở hàng đợi: { $detail }. Chúng sẽ được gửi ở lần đồng bộ tới.
error-no-server = Chưa biết địa chỉ máy chủ của cơ quan. Hãy chỉ định bằng --server.
error-server-certificate-changed = Máy chủ cơ quan { $server } trả lời bằng một chứng chỉ khác với chứng chỉ đã ghim khi bạn đăng ký. Có thể có người ở giữa bạn và cơ quan: không có gì được gửi. Hãy hỏi cơ quan xem chứng chỉ có thay đổi không.
error-server-certificate-untrusted = Máy chủ cơ quan { $server } đưa ra chứng chỉ mà máy tính này không tin cậy, và không có chứng chỉ nào được ghim khi đăng ký. Không có gì được gửi; hãy xin cơ quan một mã đăng ký mới.
error-insecure-http = Từ chối giao tiếp với { $server } qua HTTP thuần: mật khẩu và điểm số sẽ đi qua mạng mà không được bảo vệ. Hãy dùng địa chỉ https://, hoặc, nếu cơ quan yêu cầu, cho phép HTTP thuần (Cài đặt › Kết nối, hoặc --insecure-http).
error-staff-key-wrong-passphrase = Cụm mật khẩu không mở được tệp khóa cán bộ này. Không có gì bị thay đổi.
error-not-staff = Kho dữ liệu mã hóa này chưa có khóa cán bộ. Hãy cài đặt tệp khóa cán bộ do máy chủ của cơ quan tạo (reviewdesk-server staff-key).
error-staff-only = Máy chủ của cơ quan không chấp nhận tên và mật khẩu cán bộ này.
error-staff-locked = Đăng nhập cán bộ thất bại quá nhiều lần: máy chủ của cơ quan từ chối tên này trong mười lăm phút. Hãy thử lại sau.
error-package-unknown-expert = Gói điểm đến từ { $expert }, người mà nơi này không biết khóa. Hãy cài tệp khóa cán bộ mới hơn. Không có gì được nhập.
error-package-early = Gói { $sequence } của { $expert } đến trước gói { $expected }: gói sẽ chờ đến khi các gói ở giữa đến.
error-package-fork = Gói { $sequence } của { $expert } không nối tiếp gói { $head } của người này (gói bị thay thế hoặc bị sửa). Không có gì được nhập.
error-package-unreadable = Nội dung gói không phải tài liệu điểm mà phiên bản này đọc được ({ $detail }). Gói giữ vị trí nhưng điểm không được tính.
error-package-unknown-call = Gói thuộc đợt kêu gọi { $call }, không có ở đây. Gói giữ vị trí nhưng điểm không được tính.
error-package-content-mismatch = Nội dung gói ghi chuyên gia hoặc đợt kêu gọi khác với bản kê đã ký. Gói giữ vị trí nhưng điểm không được tính.
error-package-not-assigned = Gói có phiếu cho { $application }, hồ sơ không được phân công cho chuyên gia này. Gói giữ vị trí nhưng điểm không được tính.
error-package-unknown-rubric = Gói có phiếu theo thang điểm { $rubric } phiên bản { $version }, mà đợt kêu gọi không có. Gói giữ vị trí nhưng điểm không được tính.
error-package-invalid-sheet = Phiếu cho { $application } trong gói không phải là bản nộp đầy đủ, hợp lệ (điểm ngoài thang hoặc bước, hoặc thiếu mục). Gói giữ vị trí nhưng điểm không được tính.
error-package-totals-mismatch = Tổng điểm của { $application } trong gói không khớp với các điểm thành phần. Gói giữ vị trí nhưng điểm không được tính.
error-package-id-reused = Một gói khác có cùng mã ({ $package }) đã được nhận trước đó. Không có gì được nhập.
error-import-call-signed = Đợt kêu gọi { $call } đã đến có chữ ký của cơ quan; tệp dữ liệu không ký không thể thay thế. Hãy nhập gói giao việc mới hơn của cơ quan. Không có gì bị thay đổi.
error-fonts-missing = Thiếu phông chữ cần cho tài liệu: { $detail }
error-staff-vote-usage = Biểu quyết được viết dạng HỒ_SƠ=SỐ_PHIẾU, ví dụ A001=4; không phải { $vote }.
error-panel-vote-not-in-rule = Quy tắc phân định hòa điểm của đợt này không có biểu quyết của hội đồng, nên không ghi nhận phiếu cho { $demand }. Hãy ghi quyết định của hội đồng vào ghi chú của chủ tọa.
error-discussion-not-open = Chủ tọa chưa mở nhu cầu { $demand } để thảo luận.
error-discussion-not-submitted = Hãy nộp phiếu chấm của bạn cho { $applications } trước: điểm của hội đồng cho nhu cầu { $demand } chỉ hiển thị cho chuyên gia đã nộp.
error-discussion-not-assigned = Bạn không chấm đơn vị nào của nhu cầu { $demand }, nên phần thảo luận của nhu cầu này không hiển thị cho bạn.
error-revision-not-allowed = Đợt này không cho phép vòng sửa điểm, nên không thể mở nhu cầu { $demand } để sửa.
error-meeting-not-joined = Kho dữ liệu mã hóa này chưa tham gia cuộc họp nào. Hãy tham gia bằng địa chỉ và mã trên thẻ tham gia của chủ tọa.
error-meeting-code-wrong = Máy chủ họp tại { $server } không trả lời bằng chứng chỉ của mã cuộc họp { $code }. Hãy kiểm tra địa chỉ và mã trên thẻ tham gia của chủ tọa.
error-meeting-not-vouched = Máy chủ họp tại { $server } không được khóa của cơ quan bảo chứng. Có thể đó là của người khác; đừng gửi điểm của bạn cho nó.
error-meeting-hub-unreachable = Không kết nối được máy chủ họp tại { $server } ({ $detail }). Điểm của bạn vẫn ở trong kho dữ liệu mã hóa này và sẽ được gửi khi máy chủ họp trả lời lại.
error-minutes-not-fixed = Chủ tọa chưa chốt biên bản của đợt kêu gọi { $call } để ký.
error-minutes-changed = Chủ tọa đã chốt lại biên bản của đợt kêu gọi { $call } sau khi bạn đọc. Hãy đọc lại trước khi ký.
error-minutes-altered = Nội dung biên bản này không khớp với mã băm mà hội đồng đã ký: nó đã bị sửa sau khi ký. Đừng tin bản sao này.
error-minutes-unsealed = { $path } không mang biên bản được ReviewDesk niêm phong ({ $detail }), nên không có gì để đối chiếu. Hãy xin cơ quan tệp PDF biên bản mà cơ quan đã xuất.
error-minutes-not-on-panel = Chuyên gia { $expert } không nằm trong các chuyên gia mà biên bản này nêu tên, nên không thể ký.
error-vault-wrong-recovery-key = Khóa khôi phục đó không mở được kho này. Không có gì bị thay đổi.
error-vault-no-recovery-key = Kho này không có khóa khôi phục: kho được tạo trước khi có khóa khôi phục và chưa từng tạo khóa. Chỉ cụm mật khẩu của kho mở được nó.
error-recovery-key-malformed = Đó không phải khóa khôi phục: khóa gồm 32 chữ cái và chữ số, chia thành nhóm bốn.
error-vault-backup-damaged = Tệp sao lưu này bị hỏng hoặc không phải bản sao lưu ReviewDesk ({ $detail }). Không có gì được khôi phục.
error-vault-newer-backup = Bản sao lưu này được tạo bởi phiên bản ReviewDesk mới hơn. Hãy cài phiên bản mới hơn để khôi phục. Không có gì được khôi phục.
error-vault-copy-behind = Một bản khác của kho này — bản sao lưu đã khôi phục, hoặc kho này trên máy khác — đã gửi gói { $sequence }, nên bản này không thể gửi. Hãy tiếp tục làm việc trên bản đi trước; gói này vẫn ở đây, được để riêng.
