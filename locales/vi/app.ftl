# The desktop app's interface.
app-title = ReviewDesk
app-tagline = Thẩm định của chuyên gia cho cuộc thi mở xuyên biên giới
language-label = Ngôn ngữ
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
yes = Có
no = Không
none = Không có
close = Đóng
cancel = Hủy
save = Lưu
months = { $count } tháng

## First run: creating the vault
setup-title = Tạo kho dữ liệu mã hóa của bạn
setup-intro = ReviewDesk lưu các hồ sơ được giao cho bạn trong một kho dữ liệu mã hóa trên máy tính này. Hãy chọn một cụm mật khẩu để bảo vệ kho. Nếu bạn quên, khóa khôi phục hiển thị ở bước sau sẽ mở được kho.
setup-passphrase = Cụm mật khẩu
setup-confirm = Nhập lại cụm mật khẩu
setup-create = Tạo kho dữ liệu mã hóa
setup-creating = Đang tạo kho dữ liệu mã hóa…
setup-demo-note = Đợt kêu gọi mẫu sẽ được nhập vào kho dữ liệu mã hóa mới.
strength-label = Độ mạnh: { $level ->
        [0] rất yếu
        [1] yếu
        [2] trung bình
        [3] tốt
       *[4] mạnh
    }
strength-hint-short = Dùng ít nhất 12 ký tự.
strength-hint-words = Nhiều từ không liên quan vừa mạnh vừa dễ nhớ.
strength-hint-ok = Một cụm mật khẩu tốt.

## Unlocking
unlock-title = Mở khóa kho dữ liệu mã hóa
unlock-passphrase = Cụm mật khẩu
unlock-button = Mở khóa
unlock-working = Đang mở khóa…
unlock-auto-locked = Kho dữ liệu mã hóa đã tự khóa sau một thời gian không hoạt động.
unlock-locked = Kho dữ liệu mã hóa đang bị khóa.

## Main screen
main-lock = Khóa
main-import = Nhập dữ liệu của cơ quan…
main-settings = Cài đặt
import-progress = Đang nhập… { $done } / { $total }
import-done = Đã nhập { $applications } hồ sơ cho { $demands } nhu cầu.
import-replaced = Đã cập nhật đợt kêu gọi bằng tệp mới: { $applications } hồ sơ cho { $demands } nhu cầu.
import-unchanged = Tệp này đã được nhập; không có gì thay đổi.
search-label = Tìm hồ sơ
search-placeholder = Tên, mã tín dụng, thành viên nhóm, nhu cầu…
filter-country = Quốc gia
filter-field = Lĩnh vực
filter-all = Tất cả
clear-filters = Xóa bộ lọc
list-count = { $applications } hồ sơ · { $demands } nhu cầu
list-no-match = Không có hồ sơ nào khớp. Xóa từ khóa tìm kiếm hoặc bộ lọc để xem tất cả.
empty-title = Chưa có dữ liệu của cơ quan
empty-body = Hãy nhập tệp dữ liệu của cơ quan mà bạn nhận được cho đợt kêu gọi này. Tệp được lưu mã hóa trên máy tính này.
demand-applicants = { $count } đơn vị ứng tuyển
demand-single = Chỉ một đơn vị ứng tuyển: chuyển thẳng sang ký kết sau thẩm tra hình thức.
select-prompt = Chọn một hồ sơ ở bên trái để đọc tại đây.
deadline = Hạn nộp hồ sơ: { $date }

## Settings
settings-title = Cài đặt
settings-auto-lock = Khóa sau số phút không hoạt động này
settings-saved = Đã lưu cài đặt.
settings-change-passphrase = Đổi cụm mật khẩu
settings-new-passphrase = Cụm mật khẩu mới
settings-passphrase-changed = Đã đổi cụm mật khẩu.

## Application view
app-section-overview = Tổng quan
app-demand = Nhu cầu
app-demand-side = Bên nêu nhu cầu
app-country = Quốc gia
app-field = Lĩnh vực
app-need = Nhu cầu kỹ thuật
app-goals = Mục tiêu
app-scenario = Kịch bản ứng dụng
app-resource-line = { $kind }: { $description }
app-resources = Nguồn lực bên nêu nhu cầu cam kết
app-submitted = Nộp ngày
app-recommendation = Được giới thiệu bởi
app-self-recommended = Tự đề cử
app-section-applicants = Đơn vị ứng tuyển
app-lead = Đơn vị chủ trì
app-member = Thành viên liên danh
app-unit-kind = Loại hình
app-credit-code = Mã số tín dụng xã hội thống nhất
app-credit-valid = ký tự kiểm tra đúng
app-credit-invalid = không phải mã hợp lệ: { $reason }
app-registered-on = Đăng ký ngày
app-address = Địa chỉ đăng ký
app-legal-person = Pháp nhân độc lập
app-section-finance = Đầu tư R&D (năm trước)
app-unit = Đơn vị
app-year = Năm
app-revenue = Doanh thu kinh doanh chính
app-rnd-spend = Chi cho R&D
app-rnd-intensity = Tỷ lệ đầu tư R&D
app-section-team = Nhóm thực hiện
app-leader = Chủ nhiệm dự án
app-name = Họ tên
app-role = Vai trò
app-full-time = R&D toàn thời gian
app-languages = Ngôn ngữ
app-international = Kinh nghiệm quốc tế
app-can-work-in-asean = Có thể làm việc tại ASEAN
app-team-summary = { $people } người, { $fulltime } người R&D toàn thời gian
app-section-ip = Sở hữu trí tuệ
app-ip-line = { $kind }, số { $number }, chủ sở hữu { $holder }, cấp ngày { $date }
app-section-cases = Trường hợp thương mại hóa
app-case-line = { $year } · khách hàng: { $customer } · giá trị hợp đồng: { $value }
app-section-integrity = Liêm chính khoa học
app-sanction = Khai báo đang chịu chế tài
app-commitment-letter = Thư cam kết liêm chính
app-credit-report = Báo cáo tín dụng công khai
app-supplied = Đã cung cấp
app-missing = Thiếu
app-section-feasibility = Báo cáo nghiên cứu khả thi
app-section-not-supplied = Chưa cung cấp phần này
app-section-budget = Kinh phí và thời gian
app-public-request = Vốn ngân sách đề nghị
app-self-raised = Vốn tự huy động
app-matching = Tỷ lệ đối ứng (tự huy động : ngân sách)
app-period = Thời gian thực hiện
app-funding-sources = Nguồn vốn
app-section-cooperation = Hình thức hợp tác
app-section-partnership = Nền tảng hợp tác ASEAN
app-agreements = Thỏa thuận hợp tác và dự án chung
app-deployments = Triển khai tại ASEAN
app-local-teams = Nhóm và đối tác tại chỗ
app-since = từ { $date }
app-section-relation = Quan hệ với bên nêu nhu cầu
app-no-relation = Không khai báo quan hệ
app-section-attachments = Tệp đính kèm
app-open-attachment = Mở
attachment-loading = Đang mở tệp đính kèm…
attachment-page = Trang { $page } / { $pages }
attachment-previous = Trang trước
attachment-next = Trang sau
attachment-unsupported = Không thể hiển thị tệp đính kèm này tại đây.

## Countries
country-BN = Brunei
country-KH = Campuchia
country-ID = Indonesia
country-LA = Lào
country-MY = Malaysia
country-MM = Myanmar
country-PH = Philippines
country-SG = Singapore
country-TH = Thái Lan
country-VN = Việt Nam

## Fields
field-smart_agriculture = Nông nghiệp thông minh
field-healthcare = Y tế
field-smart_manufacturing = Sản xuất thông minh
field-logistics = Hậu cần
field-energy = Năng lượng
field-education = Giáo dục
field-finance = Tài chính
field-tourism = Du lịch
field-environment = Môi trường
field-smart_city = Đô thị thông minh
field-language_technology = Công nghệ ngôn ngữ
field-other = Khác

## Kinds of organisation
demand-side-university = Trường đại học
demand-side-research_institute = Viện nghiên cứu
demand-side-enterprise = Doanh nghiệp
demand-side-government_body = Cơ quan nhà nước
unit-enterprise = Doanh nghiệp
unit-university = Trường đại học
unit-research_institute = Viện nghiên cứu
unit-other = Khác

## Resources, cooperation, relations, IP, attachments
resource-funds = Kinh phí
resource-site = Địa điểm
resource-data = Dữ liệu
resource-personnel = Nhân lực
resource-policy_coordination = Phối hợp chính sách
mode-technology_transfer = Chuyển giao công nghệ
mode-joint_rnd = Cùng nghiên cứu phát triển
mode-training = Đào tạo
mode-technology_licensing = Cấp phép công nghệ
mode-technology_investment = Góp vốn bằng công nghệ
mode-other = Khác
relation-same_unit = Cùng đơn vị
relation-subsidiary = Công ty con
relation-control = Quan hệ kiểm soát
relation-joint_control = Đồng kiểm soát
relation-significant_influence = Ảnh hưởng đáng kể
relation-equity = Quan hệ sở hữu vốn
relation-related_party_transactions = Giao dịch với bên liên quan
ip-invention_patent = Bằng độc quyền sáng chế
ip-utility_patent = Bằng độc quyền giải pháp hữu ích
ip-software_copyright = Bản quyền phần mềm
ip-other = Khác
attachment-business_licence = Giấy phép kinh doanh
attachment-audited_financial_report = Báo cáo tài chính đã kiểm toán
attachment-staff_list = Danh sách nhân sự
attachment-ip_certificate = Giấy chứng nhận sở hữu trí tuệ
attachment-commercialisation_evidence = Minh chứng thương mại hóa
attachment-integrity_commitment = Thư cam kết liêm chính
attachment-credit_report = Báo cáo tín dụng công khai
attachment-feasibility_report = Báo cáo nghiên cứu khả thi
attachment-cooperation_agreement = Thỏa thuận hợp tác
attachment-relation_declaration = Bản khai quan hệ
attachment-other = Khác

## Feasibility report sections
section-technology_status = Hiện trạng và xu hướng công nghệ
section-research_base = Nền tảng nghiên cứu của đơn vị ứng tuyển
section-asean_market_feasibility = Tính khả thi tại thị trường mục tiêu ASEAN
section-rnd_content_and_route = Nội dung R&D và lộ trình kỹ thuật
section-organisation = Tổ chức thực hiện
section-innovations = Điểm đổi mới
section-schedule = Tiến độ
section-economic_benefit = Hiệu quả kinh tế dự kiến
section-deployment_plan = Kế hoạch triển khai cho kịch bản ứng dụng
section-budget_and_funding = Kinh phí và nguồn vốn
section-risk_response = Ứng phó rủi ro
section-local_partners = Đối tác tại chỗ ở ASEAN
section-ip_and_benefit_sharing = Quyền sở hữu trí tuệ và chia sẻ lợi ích

## Credit code problems
credit-wrong-length = mã phải có 18 ký tự
credit-bad-character = có ký tự mà mã không dùng
credit-bad-division = ký tự thứ 3 đến 8 phải là chữ số
credit-check-mismatch = ký tự kiểm tra sai

## Sync with the agency
sync-title = Đồng bộ với cơ quan
sync-short-idle = Chưa kết nối
sync-short-sending = Đang gửi…
sync-short-offline = { $queued ->
    [0] Ngoại tuyến
   *[other] Ngoại tuyến · { $queued } đang chờ
}
sync-short-all_synced = Đã đồng bộ hết
sync-short-needs_attention = Cần xem xét
sync-short-revoked = Khóa đã bị thu hồi
sync-phase-idle = Chưa kết nối với máy chủ của cơ quan.
sync-phase-sending = Đang gửi các gói điểm…
sync-phase-offline = Không thể kết nối máy chủ của cơ quan. { $queued ->
    [0] Không có gì đang chờ.
   *[other] { $queued } gói điểm đang chờ và sẽ được gửi khi có kết nối trở lại.
}
sync-phase-all_synced = Mọi thứ đã nộp đều đã đến cơ quan, kèm biên nhận có chữ ký.
sync-phase-revoked = Cơ quan đã thu hồi khóa của máy này nên kho này không gửi gì nữa. { $queued ->
    [0] Không có gì đang chờ.
   *[other] { $queued } gói vẫn ở đây, chưa gửi.
}
sync-phase-needs_attention = Cơ quan đã từ chối { $quarantined } gói điểm; xem lý do bên dưới.
sync-not-enrolled = Kho dữ liệu mã hóa này chưa kết nối với cơ quan. Hãy nhập địa chỉ máy chủ, mã chuyên gia và mã dùng một lần do cơ quan cấp. Khi không có mạng, dùng dòng lệnh: reviewdesk enroll --request.
sync-server = Địa chỉ máy chủ của cơ quan
sync-expert-id = Mã chuyên gia
sync-code = Mã dùng một lần
sync-enroll = Kết nối
sync-enrolled = Đã kết nối với tư cách { $id }. Khóa của cơ quan đã được ghim.
sync-identity = Chuyên gia { $id } · máy chủ { $server }
sync-agency-key = Khóa của cơ quan: { $key }
sync-now = Đồng bộ ngay
sync-export = Xuất các gói điểm ra thư mục…
sync-exported = { $count ->
    [0] Không có gói điểm nào cần xuất.
   *[other] Đã ghi { $count } gói điểm. Hãy giao chúng cho cơ quan.
}
sync-empty = Chưa có gói điểm nào: nộp một phiếu chấm điểm sẽ tạo ra gói điểm.
sync-applications = Hồ sơ
sync-state = Trạng thái
package-queued = Đang chờ gửi
package-at_meeting = Máy chủ họp đã nhận; sẽ gửi đến máy chủ của cơ quan ở lần đồng bộ tiếp theo
package-delivered = Đã gửi đến, đã lưu biên nhận
package-quarantined = Bị cơ quan từ chối
receipt-received = Cơ quan đã nhận lúc { $at }
receipt-digest = Dấu vân tay của gói (SHA-256 của bản kê)
receipt-signature = Chữ ký của cơ quan
receipt-explained = Cơ quan đã ký biên nhận này bằng khóa của mình và kho dữ liệu mã hóa này đã kiểm tra khi nhận: bằng chứng gói điểm đến cơ quan nguyên vẹn.

## Staff mode: the panel's results
main-panel = Kết quả của hội đồng
settings-staff = Cán bộ cơ quan
settings-staff-note = Cán bộ cơ quan cài đặt tệp khóa cán bộ do máy chủ của cơ quan tạo ra; với tệp này, kho dữ liệu mã hóa mở và kiểm tra các gói điểm của hội đồng chuyên gia và lập biên bản họp thẩm định.
settings-staff-passphrase = Cụm mật khẩu của tệp khóa cán bộ
settings-staff-install = Cài đặt khóa cán bộ…
settings-staff-installed = Đã cài đặt khóa cán bộ.
settings-connection = Kết nối
settings-insecure-http = Cho phép HTTP thuần tới máy chủ của cơ quan trên máy khác
settings-insecure-http-note = Chỉ khi cơ quan yêu cầu, trên mạng bạn tin cậy: mật khẩu và điểm số sẽ đi qua mà không được bảo vệ. Máy chủ trên chính máy này luôn được phép.
panel-title = Kết quả của hội đồng
panel-import = Nhập các tệp gói điểm…
panel-fetch = Tải từ máy chủ
panel-fetch-user = Tài khoản cán bộ
panel-fetch-password = Mật khẩu
panel-imported = { $count ->
    [0] Không có gói mới: mọi gói đều đã được nhập trước đó.
   *[other] Đã kiểm tra và nhập { $count } gói điểm.
}
panel-fetched = { $count ->
    [0] Không có gói mới trên máy chủ.
   *[other] Đã tải, kiểm tra và nhập { $count } gói điểm mới.
}
panel-import-aside = Để riêng: { $waiting } gói chờ gói trước đó của cùng chuyên gia, { $refused } gói giữ vị trí nhưng không được tính vì điểm bị từ chối.
panel-forwarded = Số gói nhận tại cuộc họp và đã chuyển tiếp đến máy chủ của cơ quan: { $count }.
panel-export-minutes = Lập biên bản họp thẩm định…
panel-export-opinions = Lập phiếu ý kiến…
panel-export-matrix = Xuất bảng điểm…
panel-written = Đã ghi: { $path }
panel-saved = Đã lưu.
panel-save = Lưu
panel-meeting = Cuộc họp
panel-meeting-date = Ngày
panel-meeting-place = Địa điểm
panel-meeting-online = Họp trực tuyến
panel-meeting-chair = Chủ tọa
panel-meeting-staff = Cán bộ cơ quan tham dự (phân cách tên bằng ;)
panel-scores-by-expert = Điểm tổng theo từng chuyên gia
panel-expert = Chuyên gia
panel-recused = rút lui
panel-missing = thiếu
panel-result = Kết quả tổng hợp
panel-rank = Xếp hạng
panel-applicant = Đơn vị ứng tuyển
panel-overall = Điểm tổng
panel-status = Trạng thái
panel-status-ranked = được xếp hạng
panel-status-discuss = được xếp hạng; điểm chênh lệch lớn, cần thảo luận
panel-status-failed_formal_review = không xếp hạng: không đạt thẩm tra hình thức
panel-status-no_scores = không xếp hạng: chưa có điểm
panel-status-vetoed = không xếp hạng: bị phủ quyết
panel-status-below_pass_mark = không xếp hạng: dưới điểm đạt
panel-status-below_threshold = không xếp hạng: dưới ngưỡng của một tiêu chí
panel-missing-experts = đang chờ { $experts }
panel-outcome-straight_to_signing = Đơn vị ứng tuyển duy nhất đạt thẩm tra hình thức được chuyển thẳng sang ký kết: { $application }
panel-outcome-selected = Được chọn: { $application }
panel-outcome-tie_unresolved = Vẫn bằng nhau sau mọi tiêu chí phân định: { $applications }. Hãy ghi lại kết quả biểu quyết của hội đồng.
panel-outcome-tie_unresolved-no-vote = Vẫn bằng nhau sau mọi bước phân định: { $applications }. Quy tắc của đợt không phân định thêm: hội đồng quyết định và ghi chú của chủ tọa ghi lại cách quyết định.
panel-round-none = Chuyên gia chấm độc lập.
panel-round-discussion = Đang thảo luận: chuyên gia đã nộp xem được điểm của hội đồng.
panel-round-revision = Đang sửa điểm: chuyên gia xem điểm của hội đồng và có thể sửa phiếu của mình.
panel-open-discussion = Mở thảo luận
panel-open-revision = Mở vòng sửa điểm
panel-close-round = Kết thúc vòng
panel-outcome-awaiting_scores = Chưa có kết luận: còn thiếu phiếu chấm điểm.
panel-outcome-none_selectable = Không có đơn vị ứng tuyển nào có thể được chọn.
panel-note = Ghi chú của hội đồng (chủ tọa)
panel-votes = Biểu quyết của hội đồng (số phiếu cho mỗi đơn vị ứng tuyển, nếu có)
panel-matrix-shows = Điểm hiển thị
recovery-title = Khóa khôi phục của bạn
recovery-intro = Nếu bạn quên cụm mật khẩu, khóa này mở kho và cho bạn chọn cụm mới. Hãy chép lại hoặc in trang này, và cất riêng khỏi máy tính này. Khóa chỉ hiển thị lúc này.
recovery-print = In…
recovery-confirm = Để xác nhận bạn đã cất giữ, hãy gõ bốn ký tự cuối của khóa
recovery-kept = Tôi đã cất giữ
recovery-confirm-wrong = Đó không phải phần cuối của khóa khôi phục. Hãy xem lại những gì bạn đã chép.
unlock-forgot = Quên cụm mật khẩu?
reset-title = Đặt cụm mật khẩu mới
reset-intro = Gõ khóa khôi phục bạn đã cất khi tạo kho, rồi chọn cụm mật khẩu mới. Mọi thứ trong kho được giữ nguyên.
reset-recovery-key = Khóa khôi phục
reset-button = Đặt và mở khóa
reset-working = Đang mở kho…
reset-back = Quay lại mở khóa bằng cụm mật khẩu
recovery-missing = Kho này chưa có khóa khôi phục: nếu không có, cụm mật khẩu bị quên sẽ không thể đặt lại.
recovery-make = Tạo khóa khôi phục
settings-recovery = Khóa khôi phục
settings-recovery-note = Tạo khóa khôi phục mới nếu khóa bạn cất bị mất hoặc người khác đã thấy. Khóa cũ sẽ không còn dùng được.
settings-recovery-new = Tạo khóa khôi phục mới…
recovery-new-note = Khóa khôi phục mới của bạn. Các khóa trước đó không còn dùng được.
backup-reminder = Lần sao lưu gần nhất đã quá một ngày và có công việc mới từ đó. Nếu mất hoặc hỏng máy, công việc này sẽ mất.
backup-now = Sao lưu ngay…
backup-written = Đã ghi bản sao lưu vào { $path }.
settings-backup = Sao lưu
settings-backup-last = Lần sao lưu gần nhất: { $time }.
settings-backup-never = Kho này chưa từng được sao lưu. Bản sao lưu được mã hóa như kho; hãy cất nó xa máy tính này.
setup-restore = Khôi phục bản sao lưu…
setup-restore-note = Chuyển sang máy mới? Hãy khôi phục bản sao lưu bạn đã tạo trên máy cũ.
unlock-restored = Đã khôi phục bản sao lưu lúc { $time }. Mở khóa bằng cụm mật khẩu khi đó, hoặc bằng khóa khôi phục của nó.
sync-by-file-title = Không có kết nối? Đăng ký bằng tệp
sync-by-file = Ghi tệp yêu cầu với mã chuyên gia và mã dùng một lần rồi gửi cho cơ quan (qua e-mail hoặc USB); sau đó đọc tệp phản hồi họ gửi lại.
sync-by-file-needs = Hãy điền mã chuyên gia và mã dùng một lần trước.
sync-write-request = Ghi tệp yêu cầu…
sync-read-response = Đọc tệp phản hồi…
sync-request-written = Đã ghi yêu cầu vào { $path }. Gửi cho cơ quan, rồi đọc tệp phản hồi của họ tại đây.
sync-import-bundle = Nhập tệp gói nhiệm vụ…
sync-device-key = Khóa của máy này, như cơ quan đã đăng ký: { $key }
sync-continues-after = Đã đăng ký lại sau khi mất thiết bị: các gói của kho này nối tiếp gói { $sequence }, gói cuối cùng cơ quan nhận được, và các phiếu bạn đã gửi đã trở lại cùng gói phân công.
sync-enroll-again = Đăng ký lại kho này…
sync-enroll-again-note = Nhập mã dùng một lần cơ quan cấp để đăng ký lại. Kho này sẽ có khóa mới; các phiếu của bạn vẫn giữ nguyên, và những gì chưa gửi sẽ được gửi bằng khóa mới, sau gói cuối cùng cơ quan nhận được.

## The Windows installer (src-tauri/windows/installer.nsi, through cargo xtask windows)
installer-webview2-missing = ReviewDesk cần Microsoft Edge WebView2 Runtime mà máy tính này chưa có. Hãy cài đặt từ https://go.microsoft.com/fwlink/p/?LinkId=2124703, rồi mở ReviewDesk. Các công cụ dòng lệnh trong thư mục bin vẫn dùng được khi không có nó.
installer-shortcut-description = Đánh giá chuyên gia ngoại tuyến cho cuộc thi mở xuyên biên giới
installer-remove-data = Xóa luôn các kho dữ liệu mã hóa và thiết lập của tôi
installer-remove-data-description = Xóa các kho dữ liệu mã hóa trên máy tính này, kể cả điểm chưa gửi cho cơ quan. Để trống nếu muốn giữ lại cho lần cài đặt sau.
installer-remove-data-confirm = Xóa mọi kho dữ liệu mã hóa và thiết lập trong { $folder }? Điểm chưa gửi cho cơ quan sẽ bị mất.
main-meeting = Cuộc họp
meeting-title = Cuộc họp hội đồng
meeting-intro = Tổ chức cuộc họp trên mạng của phòng này: ứng dụng của các chuyên gia gửi điểm đến máy tính này, không cần internet.
meeting-start = Bắt đầu cuộc họp
meeting-stop = Kết thúc cuộc họp
meeting-stop-confirm-title = Kết thúc cuộc họp?
meeting-stop-confirm-body = Ứng dụng của các chuyên gia sẽ không còn kết nối được với máy tính này. Không mất gì: điểm của họ vẫn ở trong kho dữ liệu mã hóa của họ và đến máy chủ của cơ quan khi họ đồng bộ, còn các gói nhận tại đây vẫn ở trong kho dữ liệu mã hóa này, để chuyển tiếp bằng “Lấy từ máy chủ”.
meeting-join-card = Thẻ tham gia
meeting-code-label = Mã cuộc họp
meeting-addresses-label = Địa chỉ
meeting-fingerprint-label = Dấu vân tay chứng chỉ (SHA-256)
meeting-qr-alt = Mã QR của địa chỉ và mã cuộc họp
meeting-board = Bảng trực tiếp
meeting-board-demand = { $demand } { $title }: đã nhận { $done } trên { $assigned } phiếu
meeting-board-applicant = Đơn vị đăng ký
meeting-state-not_started = Chưa bắt đầu
meeting-state-scoring = Đang chấm
meeting-state-submitted = Đã nộp
meeting-state-revising = Đang sửa
meeting-state-recused = Đã hồi tị
meeting-join-intro = Nhập địa chỉ và mã từ thẻ tham gia của chủ tọa, hoặc dán dòng dưới mã QR của thẻ. Điểm của bạn vẫn đến máy chủ của cơ quan khi bạn đồng bộ.
meeting-hub-label = Địa chỉ hoặc dòng tham gia
meeting-join = Tham gia
meeting-joined = Đang trong cuộc họp của đợt kêu gọi { $call } tại { $address } — mã cuộc họp { $code }.
meeting-leave = Rời cuộc họp
meeting-awaiting = Số gói chưa trực tiếp đến máy chủ của cơ quan: { $count }. Chúng sẽ được gửi ở lần đồng bộ tiếp theo.
meeting-nothing-open = Chủ tọa chưa mở nhu cầu nào của bạn để thảo luận. Hãy tiếp tục chấm: máy chủ họp nhận phiếu của bạn ngay khi bạn nộp.
meeting-recused = Bạn đã hồi tị.
meeting-flagged = được đánh dấu để thảo luận
meeting-overall = Tổng
meeting-criterion = Tiêu chí
meeting-scores = Điểm, từ thấp nhất
meeting-median = Trung vị
meeting-range = Khoảng
meeting-reasons = Lý do của người khác
meeting-opinions = Ý kiến của người khác
meeting-minutes = Biên bản để ký
meeting-minutes-intro = Khi hội đồng đã quyết định, hãy chốt biên bản: ứng dụng của mỗi chuyên gia hiển thị nội dung để ký, và tệp PDF biên bản liệt kê mọi chữ ký.
meeting-minutes-fixed = Đã chốt để ký lúc { $at }.
meeting-minutes-digest = SHA-256 nội dung: { $digest }
meeting-minutes-stale = Dữ liệu của hội đồng đã thay đổi kể từ khi chốt biên bản (một gói điểm, ghi chú hoặc phiếu bầu): hãy chốt lại, và hội đồng ký nội dung mới.
meeting-minutes-signed-by = { $name } ({ $expert }) đã ký lúc { $at }
meeting-minutes-waiting-for = { $name } ({ $expert }) chưa ký
meeting-fix = Chốt biên bản để ký
meeting-fix-again = Chốt lại biên bản
meeting-fix-confirm-title = Chốt biên bản để ký?
meeting-fix-confirm-body = Nội dung biên bản được chốt theo dữ liệu hiện tại của hội đồng, và ứng dụng của mỗi chuyên gia hiển thị nó để ký. Hãy ghi thông tin cuộc họp và ghi chú của chủ tọa trước: thay đổi về sau nghĩa là phải chốt lại và ký lại.
meeting-fix-again-confirm-body = Nội dung được chốt lại theo dữ liệu hiện tại của hội đồng. Chữ ký cho nội dung trước không còn giá trị: mọi chuyên gia ký lại.
meeting-sign = Ký biên bản
meeting-sign-confirm-title = Ký biên bản này?
meeting-sign-confirm-body = Khóa của bạn ký đúng nội dung được hiển thị (SHA-256 { $digest }). Chữ ký không thể rút lại; nếu chủ tọa thay đổi biên bản, bạn sẽ được yêu cầu ký lại.
meeting-minutes-you-signed = Bạn đã ký biên bản này.
