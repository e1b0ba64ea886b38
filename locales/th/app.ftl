# The desktop app's interface.
app-title = ReviewDesk
app-tagline = การพิจารณาของผู้เชี่ยวชาญสำหรับการแข่งขันแบบเปิดข้ามพรมแดน
language-label = ภาษา
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
yes = ใช่
no = ไม่ใช่
none = ไม่มี
close = ปิด
cancel = ยกเลิก
save = บันทึก
months = { $count } เดือน

## First run: creating the vault
setup-title = สร้างตู้นิรภัยข้อมูลของคุณ
setup-intro = ReviewDesk เก็บใบสมัครที่มอบหมายให้คุณไว้ในตู้นิรภัยข้อมูลที่เข้ารหัสบนคอมพิวเตอร์เครื่องนี้ เลือกวลีรหัสผ่านเพื่อปกป้องข้อมูล หากลืม กุญแจกู้คืนที่จะแสดงถัดไปจะเปิดตู้นิรภัยได้
setup-passphrase = วลีรหัสผ่าน
setup-confirm = พิมพ์วลีรหัสผ่านอีกครั้ง
setup-create = สร้างตู้นิรภัยข้อมูล
setup-creating = กำลังสร้างตู้นิรภัยข้อมูล…
setup-demo-note = ประกาศรับสมัครตัวอย่างจะถูกนำเข้าสู่ตู้นิรภัยข้อมูลใหม่
strength-label = ความแข็งแรง: { $level ->
        [0] อ่อนมาก
        [1] อ่อน
        [2] พอใช้
        [3] ดี
       *[4] แข็งแรง
    }
strength-hint-short = ใช้อย่างน้อย 12 อักขระ
strength-hint-words = คำหลายคำที่ไม่เกี่ยวข้องกันทั้งแข็งแรงและจำง่าย
strength-hint-ok = วลีรหัสผ่านที่ดี

## Unlocking
unlock-title = ปลดล็อกตู้นิรภัยข้อมูล
unlock-passphrase = วลีรหัสผ่าน
unlock-button = ปลดล็อก
unlock-working = กำลังปลดล็อก…
unlock-auto-locked = ตู้นิรภัยข้อมูลล็อกตัวเองหลังจากไม่มีการใช้งานระยะหนึ่ง
unlock-locked = ตู้นิรภัยข้อมูลถูกล็อกอยู่

## Main screen
main-lock = ล็อก
main-import = นำเข้าข้อมูลจากหน่วยงาน…
main-settings = การตั้งค่า
import-progress = กำลังนำเข้า… { $done } จาก { $total }
import-done = นำเข้าใบสมัคร { $applications } รายการ สำหรับโจทย์ความต้องการ { $demands } รายการ
import-replaced = ปรับปรุงประกาศรับสมัครด้วยไฟล์ใหม่: ใบสมัคร { $applications } รายการ สำหรับโจทย์ความต้องการ { $demands } รายการ
import-unchanged = ไฟล์นี้ถูกนำเข้าแล้ว ไม่มีการเปลี่ยนแปลง
search-label = ค้นหาใบสมัคร
search-placeholder = ชื่อ รหัสเครดิต สมาชิกทีม โจทย์ความต้องการ…
filter-country = ประเทศ
filter-field = สาขา
filter-all = ทั้งหมด
clear-filters = ล้างตัวกรอง
list-count = ใบสมัคร { $applications } รายการ · โจทย์ความต้องการ { $demands } รายการ
list-no-match = ไม่มีใบสมัครที่ตรงกัน ล้างคำค้นหาหรือตัวกรองเพื่อดูทั้งหมด
empty-title = ยังไม่มีข้อมูลจากหน่วยงาน
empty-body = นำเข้าไฟล์ข้อมูลที่คุณได้รับจากหน่วยงานสำหรับประกาศรับสมัครนี้ ข้อมูลจะถูกเข้ารหัสไว้บนคอมพิวเตอร์เครื่องนี้
demand-applicants = ผู้สมัคร { $count } ราย
demand-single = ผู้สมัครรายเดียว: เข้าสู่การลงนามสัญญาโดยตรงหลังผ่านการตรวจสอบด้านรูปแบบ
select-prompt = เลือกใบสมัครทางซ้ายเพื่ออ่านที่นี่
deadline = กำหนดส่งใบสมัคร: { $date }

## Settings
settings-title = การตั้งค่า
settings-auto-lock = ล็อกหลังจากไม่มีการใช้งานเป็นเวลา (นาที)
settings-saved = บันทึกการตั้งค่าแล้ว
settings-change-passphrase = เปลี่ยนวลีรหัสผ่าน
settings-new-passphrase = วลีรหัสผ่านใหม่
settings-passphrase-changed = เปลี่ยนวลีรหัสผ่านแล้ว

## Application view
app-section-overview = ภาพรวม
app-demand = โจทย์ความต้องการ
app-demand-side = ผู้เสนอโจทย์
app-country = ประเทศ
app-field = สาขา
app-need = ความต้องการทางเทคนิค
app-goals = เป้าหมาย
app-scenario = สถานการณ์การใช้งาน
app-resource-line = { $kind }: { $description }
app-resources = ทรัพยากรที่ผู้เสนอโจทย์จัดให้
app-submitted = ส่งเมื่อ
app-recommendation = แนะนำโดย
app-self-recommended = เสนอตนเอง
app-section-applicants = ผู้สมัคร
app-lead = ผู้สมัครหลัก
app-member = สมาชิกกลุ่มความร่วมมือ
app-unit-kind = ประเภท
app-credit-code = รหัสเครดิตสังคมแบบรวม
app-credit-valid = อักขระตรวจสอบถูกต้อง
app-credit-invalid = ไม่ใช่รหัสที่ถูกต้อง: { $reason }
app-registered-on = จดทะเบียนเมื่อ
app-address = ที่อยู่จดทะเบียน
app-legal-person = นิติบุคคลอิสระ
app-section-finance = การลงทุนวิจัยและพัฒนา (ปีที่แล้ว)
app-unit = หน่วยงาน
app-year = ปี
app-revenue = รายได้จากธุรกิจหลัก
app-rnd-spend = ค่าใช้จ่ายวิจัยและพัฒนา
app-rnd-intensity = สัดส่วนการลงทุนวิจัยและพัฒนา
app-section-team = ทีมงาน
app-leader = หัวหน้าโครงการ
app-name = ชื่อ
app-role = บทบาท
app-full-time = นักวิจัยและพัฒนาเต็มเวลา
app-languages = ภาษา
app-international = ประสบการณ์ระหว่างประเทศ
app-can-work-in-asean = ทำงานในอาเซียนได้
app-team-summary = { $people } คน เป็นนักวิจัยและพัฒนาเต็มเวลา { $fulltime } คน
app-section-ip = ทรัพย์สินทางปัญญา
app-ip-line = { $kind } เลขที่ { $number } ผู้ถือสิทธิ์ { $holder } ได้รับเมื่อ { $date }
app-section-cases = กรณีการนำผลงานไปใช้เชิงพาณิชย์
app-case-line = { $year } · ลูกค้า: { $customer } · มูลค่าสัญญา: { $value }
app-section-integrity = ความซื่อสัตย์ในการวิจัย
app-sanction = แจ้งว่ามีบทลงโทษที่ยังมีผลอยู่
app-commitment-letter = หนังสือรับรองความซื่อสัตย์
app-credit-report = รายงานเครดิตสาธารณะ
app-supplied = มีแล้ว
app-missing = ขาด
app-section-feasibility = รายงานการศึกษาความเป็นไปได้
app-section-not-supplied = ไม่ได้ส่งส่วนนี้
app-section-budget = งบประมาณและระยะเวลา
app-public-request = เงินทุนภาครัฐที่ขอ
app-self-raised = เงินทุนที่จัดหาเอง
app-matching = อัตราส่วนสมทบ (จัดหาเอง : ภาครัฐ)
app-period = ระยะเวลาดำเนินการ
app-funding-sources = แหล่งเงินทุน
app-section-cooperation = รูปแบบความร่วมมือ
app-section-partnership = ฐานความร่วมมือกับอาเซียน
app-agreements = ข้อตกลงความร่วมมือและโครงการร่วม
app-deployments = การนำไปใช้งานในอาเซียน
app-local-teams = ทีมงานและพันธมิตรในพื้นที่
app-since = ตั้งแต่ { $date }
app-section-relation = ความสัมพันธ์กับผู้เสนอโจทย์
app-no-relation = ไม่ได้แจ้งความสัมพันธ์
app-section-attachments = เอกสารแนบ
app-open-attachment = เปิด
attachment-loading = กำลังเปิดเอกสารแนบ…
attachment-page = หน้า { $page } จาก { $pages }
attachment-previous = หน้าก่อนหน้า
attachment-next = หน้าถัดไป
attachment-unsupported = ไม่สามารถแสดงเอกสารแนบนี้ที่นี่ได้

## Countries
country-BN = บรูไน
country-KH = กัมพูชา
country-ID = อินโดนีเซีย
country-LA = ลาว
country-MY = มาเลเซีย
country-MM = เมียนมา
country-PH = ฟิลิปปินส์
country-SG = สิงคโปร์
country-TH = ไทย
country-VN = เวียดนาม

## Fields
field-smart_agriculture = เกษตรอัจฉริยะ
field-healthcare = การดูแลสุขภาพ
field-smart_manufacturing = การผลิตอัจฉริยะ
field-logistics = โลจิสติกส์
field-energy = พลังงาน
field-education = การศึกษา
field-finance = การเงิน
field-tourism = การท่องเที่ยว
field-environment = สิ่งแวดล้อม
field-smart_city = เมืองอัจฉริยะ
field-language_technology = เทคโนโลยีภาษา
field-other = อื่น ๆ

## Kinds of organisation
demand-side-university = มหาวิทยาลัย
demand-side-research_institute = สถาบันวิจัย
demand-side-enterprise = วิสาหกิจ
demand-side-government_body = หน่วยงานภาครัฐ
unit-enterprise = วิสาหกิจ
unit-university = มหาวิทยาลัย
unit-research_institute = สถาบันวิจัย
unit-other = อื่น ๆ

## Resources, cooperation, relations, IP, attachments
resource-funds = เงินทุน
resource-site = สถานที่
resource-data = ข้อมูล
resource-personnel = บุคลากร
resource-policy_coordination = การประสานนโยบาย
mode-technology_transfer = การถ่ายทอดเทคโนโลยี
mode-joint_rnd = การวิจัยและพัฒนาร่วม
mode-training = การฝึกอบรม
mode-technology_licensing = การอนุญาตใช้เทคโนโลยี
mode-technology_investment = การลงทุนด้วยเทคโนโลยี
mode-other = อื่น ๆ
relation-same_unit = หน่วยงานเดียวกัน
relation-subsidiary = บริษัทในเครือ
relation-control = มีอำนาจควบคุม
relation-joint_control = ควบคุมร่วมกัน
relation-significant_influence = มีอิทธิพลอย่างมีนัยสำคัญ
relation-equity = ความสัมพันธ์ด้านการถือหุ้น
relation-related_party_transactions = รายการระหว่างกันกับบุคคลที่เกี่ยวข้อง
ip-invention_patent = สิทธิบัตรการประดิษฐ์
ip-utility_patent = อนุสิทธิบัตร
ip-software_copyright = ลิขสิทธิ์ซอฟต์แวร์
ip-other = อื่น ๆ
attachment-business_licence = ใบอนุญาตประกอบธุรกิจ
attachment-audited_financial_report = รายงานการเงินที่ผ่านการตรวจสอบ
attachment-staff_list = รายชื่อบุคลากร
attachment-ip_certificate = หนังสือรับรองทรัพย์สินทางปัญญา
attachment-commercialisation_evidence = หลักฐานการนำผลงานไปใช้เชิงพาณิชย์
attachment-integrity_commitment = หนังสือรับรองความซื่อสัตย์
attachment-credit_report = รายงานเครดิตสาธารณะ
attachment-feasibility_report = รายงานการศึกษาความเป็นไปได้
attachment-cooperation_agreement = ข้อตกลงความร่วมมือ
attachment-relation_declaration = คำแถลงความสัมพันธ์
attachment-other = อื่น ๆ

## Feasibility report sections
section-technology_status = สถานะและแนวโน้มของเทคโนโลยี
section-research_base = ฐานการวิจัยของผู้สมัคร
section-asean_market_feasibility = ความเป็นไปได้ในตลาดเป้าหมายอาเซียน
section-rnd_content_and_route = เนื้อหาการวิจัยและพัฒนาและแนวทางทางเทคนิค
section-organisation = การจัดองค์กร
section-innovations = นวัตกรรม
section-schedule = กำหนดการ
section-economic_benefit = ผลประโยชน์ทางเศรษฐกิจที่คาดหวัง
section-deployment_plan = แผนการนำไปใช้ในสถานการณ์จริง
section-budget_and_funding = งบประมาณและแหล่งเงินทุน
section-risk_response = การรับมือความเสี่ยง
section-local_partners = พันธมิตรในพื้นที่อาเซียน
section-ip_and_benefit_sharing = ความเป็นเจ้าของทรัพย์สินทางปัญญาและการแบ่งปันผลประโยชน์

## Credit code problems
credit-wrong-length = ต้องมี 18 อักขระ
credit-bad-character = มีอักขระที่รหัสไม่ได้ใช้
credit-bad-division = อักขระที่ 3 ถึง 8 ต้องเป็นตัวเลข
credit-check-mismatch = อักขระตรวจสอบไม่ถูกต้อง

## Sync with the agency
sync-title = ซิงค์กับหน่วยงาน
sync-short-idle = ไม่ได้เชื่อมต่อ
sync-short-sending = กำลังส่ง…
sync-short-offline = { $queued ->
    [0] ออฟไลน์
   *[other] ออฟไลน์ · รอส่ง { $queued }
}
sync-short-all_synced = ซิงค์ครบแล้ว
sync-short-needs_attention = ต้องตรวจสอบ
sync-short-revoked = กุญแจถูกเพิกถอน
sync-phase-idle = ยังไม่ได้เชื่อมต่อกับเซิร์ฟเวอร์ของหน่วยงาน
sync-phase-sending = กำลังส่งชุดคะแนน…
sync-phase-offline = ไม่สามารถติดต่อเซิร์ฟเวอร์ของหน่วยงานได้ { $queued ->
    [0] ไม่มีรายการรอส่ง
   *[other] มีชุดคะแนน { $queued } ชุดรอส่ง และจะส่งเมื่อการเชื่อมต่อกลับมา
}
sync-phase-all_synced = ทุกรายการที่ส่งแล้วถึงหน่วยงานพร้อมใบตอบรับที่ลงนามแล้ว
sync-phase-revoked = หน่วยงานเพิกถอนกุญแจของแล็ปท็อปนี้แล้ว ตู้นิรภัยนี้จึงไม่ส่งอะไรอีก { $queued ->
    [0] ไม่มีอะไรรออยู่
   *[other] แพ็กเกจ { $queued } รายการยังอยู่ที่นี่ ไม่ได้ส่ง
}
sync-phase-needs_attention = หน่วยงานปฏิเสธชุดคะแนน { $quarantined } ชุด ดูเหตุผลด้านล่าง
sync-not-enrolled = ตู้นิรภัยข้อมูลนี้ยังไม่ได้เชื่อมต่อกับหน่วยงาน ป้อนที่อยู่เซิร์ฟเวอร์ รหัสผู้เชี่ยวชาญ และรหัสใช้ครั้งเดียวที่หน่วยงานให้มา หากไม่มีเครือข่าย ให้ใช้บรรทัดคำสั่ง: reviewdesk enroll --request
sync-server = ที่อยู่เซิร์ฟเวอร์ของหน่วยงาน
sync-expert-id = รหัสผู้เชี่ยวชาญ
sync-code = รหัสใช้ครั้งเดียว
sync-enroll = เชื่อมต่อ
sync-enrolled = เชื่อมต่อในฐานะ { $id } แล้ว กุญแจของหน่วยงานถูกตรึงไว้แล้ว
sync-identity = ผู้เชี่ยวชาญ { $id } · เซิร์ฟเวอร์ { $server }
sync-agency-key = กุญแจของหน่วยงาน: { $key }
sync-now = ซิงค์เดี๋ยวนี้
sync-export = ส่งออกชุดคะแนนไปยังโฟลเดอร์…
sync-exported = { $count ->
    [0] ไม่มีชุดคะแนนที่ต้องส่งออก
   *[other] เขียนชุดคะแนน { $count } ชุดแล้ว โปรดส่งมอบให้หน่วยงาน
}
sync-empty = ยังไม่มีชุดคะแนน: การส่งแบบให้คะแนนจะสร้างชุดคะแนนขึ้น
sync-applications = ใบสมัคร
sync-state = สถานะ
package-queued = รอส่ง
package-at_meeting = ฮับการประชุมได้รับแล้ว จะส่งไปยังเซิร์ฟเวอร์ของหน่วยงานในการซิงค์ครั้งถัดไป
package-delivered = ส่งถึงแล้ว เก็บใบตอบรับไว้
package-quarantined = หน่วยงานปฏิเสธ
receipt-received = หน่วยงานได้รับเมื่อ { $at }
receipt-digest = ลายนิ้วมือของชุดคะแนน (SHA-256 ของรายการกำกับ)
receipt-signature = ลายมือชื่อของหน่วยงาน
receipt-explained = หน่วยงานลงนามใบตอบรับนี้ด้วยกุญแจของตน ซึ่งตู้นิรภัยข้อมูลนี้ตรวจสอบเมื่อได้รับ: เป็นหลักฐานว่าชุดคะแนนถึงหน่วยงานโดยไม่ถูกเปลี่ยนแปลง

## Staff mode: the panel's results
main-panel = ผลของคณะผู้เชี่ยวชาญ
settings-staff = เจ้าหน้าที่หน่วยงาน
settings-staff-note = เจ้าหน้าที่ของหน่วยงานติดตั้งไฟล์กุญแจเจ้าหน้าที่ที่เซิร์ฟเวอร์ของหน่วยงานสร้างขึ้น เมื่อมีไฟล์นี้ ตู้นิรภัยข้อมูลจะเปิดและตรวจสอบชุดคะแนนของคณะผู้เชี่ยวชาญ และจัดทำรายงานการประชุมพิจารณาได้
settings-staff-passphrase = วลีรหัสผ่านของไฟล์กุญแจเจ้าหน้าที่
settings-staff-install = ติดตั้งกุญแจเจ้าหน้าที่…
settings-staff-installed = ติดตั้งกุญแจเจ้าหน้าที่แล้ว
settings-connection = การเชื่อมต่อ
settings-insecure-http = อนุญาต HTTP ธรรมดาไปยังเซิร์ฟเวอร์ของหน่วยงานบนเครื่องอื่น
settings-insecure-http-note = เฉพาะเมื่อหน่วยงานขอ และบนเครือข่ายที่คุณเชื่อถือ: รหัสผ่านและคะแนนจะผ่านไปโดยไม่มีการป้องกัน เซิร์ฟเวอร์บนเครื่องนี้ได้รับอนุญาตเสมอ
panel-title = ผลของคณะผู้เชี่ยวชาญ
panel-import = นำเข้าไฟล์ชุดคะแนน…
panel-fetch = ดึงจากเซิร์ฟเวอร์
panel-fetch-user = บัญชีเจ้าหน้าที่
panel-fetch-password = รหัสผ่าน
panel-imported = { $count ->
    [0] ไม่มีชุดคะแนนใหม่: ทุกชุดเคยนำเข้าแล้ว
   *[other] ตรวจสอบและนำเข้าชุดคะแนน { $count } ชุดแล้ว
}
panel-fetched = { $count ->
    [0] ไม่มีชุดคะแนนใหม่บนเซิร์ฟเวอร์
   *[other] ดึง ตรวจสอบ และนำเข้าชุดคะแนนใหม่ { $count } ชุดแล้ว
}
panel-import-aside = แยกไว้: { $waiting } ชุดรอชุดก่อนหน้าของผู้เชี่ยวชาญคนเดียวกัน, { $refused } ชุดคงตำแหน่งไว้แต่ไม่นับ เพราะคะแนนถูกปฏิเสธ
panel-forwarded = แพ็กเกจที่ได้รับในการประชุมและส่งต่อไปยังเซิร์ฟเวอร์ของหน่วยงาน: { $count }
panel-export-minutes = จัดทำรายงานการประชุมพิจารณา…
panel-export-opinions = จัดทำแบบความเห็นรายบุคคล…
panel-export-matrix = ส่งออกตารางคะแนน…
panel-written = เขียนแล้ว: { $path }
panel-saved = บันทึกแล้ว
panel-save = บันทึก
panel-meeting = การประชุม
panel-meeting-date = วันที่
panel-meeting-place = สถานที่
panel-meeting-online = ประชุมออนไลน์
panel-meeting-chair = ประธาน
panel-meeting-staff = เจ้าหน้าที่หน่วยงานที่เข้าร่วม (คั่นชื่อด้วย ;)
panel-scores-by-expert = คะแนนรวมแยกตามผู้เชี่ยวชาญ
panel-expert = ผู้เชี่ยวชาญ
panel-recused = ถอนตัว
panel-missing = ขาด
panel-result = ผลรวม
panel-rank = อันดับ
panel-applicant = ผู้สมัคร
panel-overall = คะแนนรวม
panel-status = สถานะ
panel-status-ranked = จัดอันดับแล้ว
panel-status-discuss = จัดอันดับแล้ว คะแนนกระจายมาก ควรอภิปราย
panel-status-failed_formal_review = ไม่จัดอันดับ: ไม่ผ่านการตรวจสอบด้านรูปแบบ
panel-status-no_scores = ไม่จัดอันดับ: ยังไม่มีคะแนน
panel-status-vetoed = ไม่จัดอันดับ: ถูกยับยั้ง (วีโต้)
panel-status-below_pass_mark = ไม่จัดอันดับ: ต่ำกว่าเกณฑ์ผ่าน
panel-status-below_threshold = ไม่จัดอันดับ: ต่ำกว่าเกณฑ์ขั้นต่ำของเกณฑ์ใดเกณฑ์หนึ่ง
panel-missing-experts = รอ { $experts }
panel-outcome-straight_to_signing = ผู้สมัครรายเดียวที่ผ่านการตรวจสอบด้านรูปแบบเข้าสู่การลงนามสัญญาโดยตรง: { $application }
panel-outcome-selected = ได้รับคัดเลือก: { $application }
panel-outcome-tie_unresolved = คะแนนเท่ากันหลังใช้เกณฑ์ตัดสินทุกข้อ: { $applications } โปรดบันทึกผลการลงคะแนนของคณะผู้เชี่ยวชาญ
panel-outcome-tie_unresolved-no-vote = ยังเท่ากันหลังใช้กฎตัดสินทุกขั้น: { $applications } กฎของประกาศไม่ตัดสินต่อไป คณะกรรมการเป็นผู้ตัดสิน และบันทึกของประธานบันทึกวิธีการ
panel-round-none = ผู้เชี่ยวชาญให้คะแนนโดยอิสระ
panel-round-discussion = เปิดอภิปราย: ผู้เชี่ยวชาญที่ส่งแล้วเห็นคะแนนของคณะกรรมการ
panel-round-revision = เปิดแก้ไข: ผู้เชี่ยวชาญเห็นคะแนนของคณะกรรมการและแก้ไขแบบของตนได้
panel-open-discussion = เปิดอภิปราย
panel-open-revision = เปิดแก้ไข
panel-close-round = ปิดรอบ
panel-outcome-awaiting_scores = ยังไม่มีข้อสรุป: ยังขาดแบบให้คะแนน
panel-outcome-none_selectable = ไม่มีผู้สมัครที่คัดเลือกได้
panel-note = บันทึกของคณะผู้เชี่ยวชาญ (ประธาน)
panel-votes = การลงคะแนนของคณะผู้เชี่ยวชาญ (จำนวนเสียงต่อผู้สมัคร เมื่อมีการลงคะแนน)
panel-matrix-shows = คะแนนที่แสดง
recovery-title = กุญแจกู้คืนของคุณ
recovery-intro = หากลืมวลีรหัสผ่าน กุญแจนี้จะเปิดตู้นิรภัยและให้คุณตั้งวลีใหม่ จดไว้หรือพิมพ์หน้านี้ และเก็บแยกจากคอมพิวเตอร์เครื่องนี้ กุญแจจะแสดงเพียงครั้งนี้เท่านั้น
recovery-print = พิมพ์…
recovery-confirm = เพื่อยืนยันว่าเก็บไว้แล้ว ให้พิมพ์อักขระสี่ตัวสุดท้ายของกุญแจ
recovery-kept = เก็บไว้แล้ว
recovery-confirm-wrong = นั่นไม่ใช่ท้ายกุญแจกู้คืนของคุณ โปรดตรวจดูสิ่งที่จดไว้อีกครั้ง
unlock-forgot = ลืมวลีรหัสผ่าน?
reset-title = ตั้งวลีรหัสผ่านใหม่
reset-intro = พิมพ์กุญแจกู้คืนที่เก็บไว้ตอนสร้างตู้นิรภัย แล้วตั้งวลีรหัสผ่านใหม่ ข้อมูลทั้งหมดในตู้นิรภัยยังอยู่ครบ
reset-recovery-key = กุญแจกู้คืน
reset-button = ตั้งและปลดล็อก
reset-working = กำลังเปิดตู้นิรภัย…
reset-back = กลับไปปลดล็อกด้วยวลีรหัสผ่าน
recovery-missing = ตู้นิรภัยนี้ยังไม่มีกุญแจกู้คืน หากไม่มี จะตั้งวลีรหัสผ่านที่ลืมใหม่ไม่ได้
recovery-make = สร้างกุญแจกู้คืน
settings-recovery = กุญแจกู้คืน
settings-recovery-note = สร้างกุญแจกู้คืนใหม่หากกุญแจที่เก็บไว้หายหรือมีผู้อื่นเห็น กุญแจเดิมจะใช้ไม่ได้อีก
settings-recovery-new = สร้างกุญแจกู้คืนใหม่…
recovery-new-note = กุญแจกู้คืนใหม่ของคุณ กุญแจก่อนหน้านี้ใช้ไม่ได้อีกแล้ว
backup-reminder = สำรองข้อมูลครั้งล่าสุดเกินหนึ่งวันแล้ว และมีงานใหม่ตั้งแต่นั้น หากแล็ปท็อปหายหรือเสีย งานนั้นจะหายไป
backup-now = สำรองตอนนี้…
backup-written = เขียนข้อมูลสำรองไปที่ { $path } แล้ว
settings-backup = การสำรองข้อมูล
settings-backup-last = สำรองครั้งล่าสุด: { $time }
settings-backup-never = ตู้นิรภัยนี้ยังไม่เคยสำรอง ข้อมูลสำรองเข้ารหัสเช่นเดียวกับตู้นิรภัย เก็บไว้ห่างจากแล็ปท็อปเครื่องนี้
setup-restore = กู้คืนจากข้อมูลสำรอง…
setup-restore-note = ย้ายไปแล็ปท็อปใหม่? ให้กู้คืนข้อมูลสำรองที่ทำไว้บนเครื่องเก่าแทน
unlock-restored = กู้คืนข้อมูลสำรองของ { $time } แล้ว ปลดล็อกด้วยวลีรหัสผ่านในตอนนั้น หรือด้วยกุญแจกู้คืน
sync-by-file-title = ไม่มีการเชื่อมต่อ? ลงทะเบียนด้วยไฟล์
sync-by-file = เขียนไฟล์คำขอด้วยรหัสผู้เชี่ยวชาญและรหัสใช้ครั้งเดียว แล้วส่งให้หน่วยงาน (ทางอีเมลหรือ USB) จากนั้นอ่านไฟล์ตอบกลับที่หน่วยงานส่งคืน
sync-by-file-needs = กรอกรหัสผู้เชี่ยวชาญและรหัสใช้ครั้งเดียวก่อน
sync-write-request = เขียนไฟล์คำขอ…
sync-read-response = อ่านไฟล์ตอบกลับ…
sync-request-written = เขียนคำขอไปที่ { $path } แล้ว ส่งให้หน่วยงาน แล้วอ่านไฟล์ตอบกลับของหน่วยงานที่นี่
sync-import-bundle = นำเข้าไฟล์ชุดงาน…
sync-device-key = กุญแจของแล็ปท็อปเครื่องนี้ตามที่หน่วยงานลงทะเบียนไว้: { $key }
sync-continues-after = ลงทะเบียนใหม่หลังอุปกรณ์สูญหาย: แพ็กเกจของตู้นิรภัยนี้ต่อจากแพ็กเกจที่ { $sequence } ซึ่งหน่วยงานได้รับล่าสุด และแผ่นคะแนนที่คุณส่งไปแล้วกลับมาพร้อมชุดงานของคุณ
sync-enroll-again = ลงทะเบียนตู้นิรภัยนี้ใหม่…
sync-enroll-again-note = ป้อนรหัสใช้ครั้งเดียวที่หน่วยงานให้สำหรับการลงทะเบียนใหม่ ตู้นิรภัยนี้จะได้กุญแจใหม่ แผ่นคะแนนของคุณยังอยู่ และสิ่งที่ยังไม่ได้ส่งจะส่งด้วยกุญแจใหม่ ต่อจากแพ็กเกจล่าสุดที่หน่วยงานได้รับ

## The Windows installer (src-tauri/windows/installer.nsi, through cargo xtask windows)
installer-webview2-missing = ReviewDesk ต้องใช้ Microsoft Edge WebView2 Runtime ซึ่งคอมพิวเตอร์เครื่องนี้ยังไม่มี โปรดติดตั้งจาก https://go.microsoft.com/fwlink/p/?LinkId=2124703 แล้วเปิด ReviewDesk เครื่องมือบรรทัดคำสั่งในโฟลเดอร์ bin ใช้งานได้โดยไม่ต้องมี
installer-shortcut-description = การประเมินโดยผู้เชี่ยวชาญแบบออฟไลน์สำหรับการแข่งขันแบบเปิดข้ามพรมแดน
installer-remove-data = ลบตู้นิรภัยข้อมูลและการตั้งค่าของฉันด้วย
installer-remove-data-description = ลบตู้นิรภัยข้อมูลในคอมพิวเตอร์เครื่องนี้ รวมถึงคะแนนที่ยังไม่ได้ส่งให้หน่วยงาน ไม่ต้องเลือกหากต้องการเก็บไว้สำหรับการติดตั้งครั้งต่อไป
installer-remove-data-confirm = ลบตู้นิรภัยข้อมูลและการตั้งค่าทั้งหมดใน { $folder } หรือไม่ คะแนนที่ยังไม่ได้ส่งให้หน่วยงานจะสูญหาย
main-meeting = การประชุม
meeting-title = การประชุมคณะกรรมการ
meeting-intro = จัดการประชุมบนเครือข่ายของห้องนี้: แอปของผู้เชี่ยวชาญส่งคะแนนมายังแล็ปท็อปเครื่องนี้โดยไม่ต้องใช้อินเทอร์เน็ต
meeting-start = เริ่มการประชุม
meeting-stop = จบการประชุม
meeting-stop-confirm-title = จบการประชุมหรือไม่
meeting-stop-confirm-body = แอปของผู้เชี่ยวชาญจะติดต่อแล็ปท็อปเครื่องนี้ไม่ได้อีก ไม่มีสิ่งใดสูญหาย: คะแนนยังอยู่ในตู้นิรภัยข้อมูลของผู้เชี่ยวชาญและจะถึงเซิร์ฟเวอร์ของหน่วยงานเมื่อซิงค์ ส่วนแพ็กเกจที่ได้รับที่นี่ยังอยู่ในตู้นิรภัยข้อมูลนี้ เพื่อส่งต่อด้วย “ดึงจากเซิร์ฟเวอร์”
meeting-join-card = บัตรเข้าร่วม
meeting-code-label = รหัสการประชุม
meeting-addresses-label = ที่อยู่
meeting-fingerprint-label = ลายนิ้วมือใบรับรอง (SHA-256)
meeting-qr-alt = คิวอาร์โค้ดของที่อยู่และรหัสการประชุม
meeting-board = กระดานสด
meeting-board-demand = { $demand } { $title }: ได้รับแล้ว { $done } จาก { $assigned } แผ่น
meeting-board-applicant = ผู้สมัคร
meeting-state-not_started = ยังไม่เริ่ม
meeting-state-scoring = กำลังให้คะแนน
meeting-state-submitted = ส่งแล้ว
meeting-state-revising = กำลังแก้ไข
meeting-state-recused = ถอนตัวแล้ว
meeting-join-intro = พิมพ์ที่อยู่และรหัสจากบัตรเข้าร่วมของประธาน หรือวางบรรทัดใต้คิวอาร์โค้ด คะแนนของคุณยังถึงเซิร์ฟเวอร์ของหน่วยงานเมื่อคุณซิงค์
meeting-hub-label = ที่อยู่หรือบรรทัดเข้าร่วม
meeting-join = เข้าร่วม
meeting-joined = อยู่ในการประชุมของประกาศรับสมัคร { $call } ที่ { $address } — รหัสการประชุม { $code }
meeting-leave = ออกจากการประชุม
meeting-awaiting = แพ็กเกจที่ยังไม่ถึงเซิร์ฟเวอร์ของหน่วยงานโดยตรง: { $count } จะส่งในการซิงค์ครั้งถัดไป
meeting-nothing-open = ประธานยังไม่ได้เปิดความต้องการใดของคุณเพื่ออภิปราย ให้คะแนนต่อไป: ฮับได้รับแผ่นคะแนนของคุณทันทีที่คุณส่ง
meeting-recused = คุณได้ถอนตัวแล้ว
meeting-flagged = ถูกทำเครื่องหมายให้อภิปราย
meeting-overall = รวม
meeting-criterion = เกณฑ์
meeting-scores = คะแนน จากต่ำสุด
meeting-median = มัธยฐาน
meeting-range = ช่วง
meeting-reasons = เหตุผลของผู้อื่น
meeting-opinions = ความเห็นของผู้อื่น
meeting-minutes = รายงานการประชุมที่รอลงนาม
meeting-minutes-intro = เมื่อคณะผู้เชี่ยวชาญตัดสินแล้ว ให้กำหนดรายงานการประชุม: แอปของผู้เชี่ยวชาญแต่ละคนจะแสดงเนื้อหาเพื่อลงนาม และ PDF รายงานการประชุมจะแสดงทุกลายมือชื่อ
meeting-minutes-fixed = กำหนดเพื่อลงนามเมื่อ { $at }
meeting-minutes-digest = SHA-256 ของเนื้อหา: { $digest }
meeting-minutes-stale = ข้อมูลของคณะผู้เชี่ยวชาญเปลี่ยนไปหลังจากกำหนดรายงานการประชุม (ชุดคะแนน บันทึก หรือการลงคะแนน): โปรดกำหนดใหม่ แล้วคณะผู้เชี่ยวชาญจะลงนามในเนื้อหาใหม่
meeting-minutes-signed-by = { $name } ({ $expert }) ลงนามเมื่อ { $at }
meeting-minutes-waiting-for = { $name } ({ $expert }) ยังไม่ได้ลงนาม
meeting-fix = กำหนดรายงานการประชุมเพื่อลงนาม
meeting-fix-again = กำหนดรายงานการประชุมใหม่
meeting-fix-confirm-title = กำหนดรายงานการประชุมเพื่อลงนามหรือไม่?
meeting-fix-confirm-body = เนื้อหารายงานการประชุมจะถูกกำหนดตามข้อมูลปัจจุบันของคณะผู้เชี่ยวชาญ และแอปของผู้เชี่ยวชาญแต่ละคนจะแสดงเพื่อลงนาม โปรดบันทึกรายละเอียดการประชุมและบันทึกของประธานก่อน: การเปลี่ยนแปลงภายหลังหมายถึงต้องกำหนดและลงนามใหม่
meeting-fix-again-confirm-body = เนื้อหาจะถูกกำหนดใหม่ตามข้อมูลปัจจุบันของคณะผู้เชี่ยวชาญ ลายมือชื่อของเนื้อหาเดิมจะไม่นับอีกต่อไป: ผู้เชี่ยวชาญทุกคนต้องลงนามใหม่
meeting-sign = ลงนามในรายงานการประชุม
meeting-sign-confirm-title = ลงนามในรายงานการประชุมนี้หรือไม่?
meeting-sign-confirm-body = กุญแจของคุณจะลงนามในเนื้อหาที่แสดงอย่างตรงตัว (SHA-256 { $digest }) ลายมือชื่อเพิกถอนไม่ได้ หากประธานเปลี่ยนรายงานการประชุม คุณจะถูกขอให้ลงนามใหม่
meeting-minutes-you-signed = คุณลงนามในรายงานการประชุมนี้แล้ว
