# The agency server's admin tools.

server-error = Lỗi ({ $code }): { $message }
server-listening = Máy chủ cơ quan ReviewDesk đang lắng nghe tại http://{ $address }
server-call-loaded = Đã nạp đợt kêu gọi { $call }: { $applications } hồ sơ, { $experts } chuyên gia.
server-code = Mã đăng ký dùng một lần cho { $expert }: { $code }
server-enrolled = { $expert } đã đăng ký; hãy giao cho họ { $path }.
server-bundle-issued = Đã ghi gói phân công { $sequence } cho { $expert } vào { $path }.
server-package-accepted = Đã nhận { $path }: gói { $sequence } của { $expert }.
server-password-prompt = Mật khẩu cán bộ:
server-staff-added = Đã lưu tài khoản cán bộ { $name }.
server-assigned = { $expert } hiện thẩm định { $count } hồ sơ của { $call }; gói phân công tiếp theo sẽ mang chúng.

## Command-line help of reviewdesk-server
server-help = Máy chủ cơ quan ReviewDesk và các công cụ quản trị.
server-help-db = Tệp cơ sở dữ liệu của máy chủ.
server-help-init = Tạo cơ sở dữ liệu và các khóa của cơ quan (một lần); in các khóa công khai.
server-help-init-url = Địa chỉ chuyên gia dùng để kết nối máy chủ này, gửi cho họ khi đăng ký.
server-help-serve = Chạy HTTP API.
server-help-serve-listen = Địa chỉ và cổng lắng nghe.
server-help-agency-key = In các khóa công khai của cơ quan (JSON), để trao cho chuyên gia và người kiểm tra.
server-help-load-call = Nạp (hoặc nạp lại) một đợt kêu gọi từ tệp dữ liệu cơ quan, cùng chuyên gia và phân công.
server-help-load-call-file = Tệp dữ liệu cơ quan (JSON).
server-help-assign = Xác định chính xác chuyên gia thẩm định những hồ sơ nào của một đợt kêu gọi.
server-help-assign-call = Mã đợt kêu gọi.
server-help-assign-expert = Mã chuyên gia.
server-help-assign-applications = Mã các hồ sơ, phân cách bằng dấu phẩy.
server-help-code = Cấp mã đăng ký dùng một lần cho chuyên gia (chỉ in mã ra đầu ra chuẩn).
server-help-code-expert = Mã chuyên gia.
server-help-enroll = Trả lời tệp yêu cầu đăng ký bằng tệp phản hồi (đăng ký ngoại tuyến).
server-help-enroll-request = Tệp yêu cầu đăng ký của chuyên gia.
server-help-enroll-out = Nơi ghi tệp phản hồi.
server-help-issue-bundle = Niêm phong một gói phân công mới của đợt kêu gọi cho chuyên gia.
server-help-issue-bundle-expert = Mã chuyên gia.
server-help-issue-bundle-call = Mã đợt kêu gọi.
server-help-issue-bundle-out = Nơi ghi gói phân công.
server-help-import-package = Nhận các tệp gói điểm được mang đến trực tiếp.
server-help-import-package-files = Các tệp gói điểm.
server-help-progress = Hiển thị tiến độ của từng chuyên gia (JSON).
server-help-add-staff = Thêm hoặc thay tài khoản cán bộ (mật khẩu từ REVIEWDESK_STAFF_PASSWORD hoặc được hỏi).
server-help-add-staff-name = Tên người dùng của cán bộ.
server-staff-key-prompt = Cụm mật khẩu cho tệp khóa cán bộ (ít nhất 12 ký tự):
server-staff-key-weak = Cụm mật khẩu của khóa cán bộ phải có ít nhất 12 ký tự.
server-staff-key-written = Đã ghi tệp khóa cán bộ vào { $path }. Hãy giao tệp và báo cụm mật khẩu riêng.
server-help-staff-key = Ghi tệp khóa cán bộ: các khóa của cơ quan và khóa công khai của chuyên gia, niêm phong bằng cụm mật khẩu (REVIEWDESK_STAFF_KEY_PASSPHRASE hoặc được hỏi).
server-help-staff-key-out = Nơi ghi tệp khóa cán bộ.
