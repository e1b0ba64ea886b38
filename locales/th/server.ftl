# The agency server's admin tools.

server-error = ข้อผิดพลาด ({ $code }): { $message }
server-listening = เซิร์ฟเวอร์หน่วยงาน ReviewDesk กำลังรอรับที่ http://{ $address }
server-call-loaded = โหลดประกาศรับสมัคร { $call } แล้ว: ใบสมัคร { $applications } รายการ ผู้เชี่ยวชาญ { $experts } คน
server-code = รหัสลงทะเบียนใช้ครั้งเดียวสำหรับ { $expert }: { $code }
server-enrolled = { $expert } ลงทะเบียนแล้ว โปรดให้ไฟล์ { $path } แก่ผู้นั้น
server-bundle-issued = เขียนชุดงานที่ { $sequence } สำหรับ { $expert } ไปที่ { $path } แล้ว
server-package-accepted = รับ { $path } แล้ว: ชุดคะแนนที่ { $sequence } ของ { $expert }
server-password-prompt = รหัสผ่านเจ้าหน้าที่:
server-staff-added = บันทึกบัญชีเจ้าหน้าที่ { $name } แล้ว
server-assigned = ขณะนี้ { $expert } พิจารณาใบสมัคร { $count } รายการของ { $call } ชุดงานถัดไปจะมีรายการเหล่านี้

## Command-line help of reviewdesk-server
server-help = เซิร์ฟเวอร์หน่วยงาน ReviewDesk และเครื่องมือผู้ดูแล
server-help-db = ไฟล์ฐานข้อมูลของเซิร์ฟเวอร์
server-help-init = สร้างฐานข้อมูลและกุญแจของหน่วยงาน (ครั้งเดียว) แล้วพิมพ์กุญแจสาธารณะ
server-help-init-url = ที่อยู่ที่ผู้เชี่ยวชาญใช้ติดต่อเซิร์ฟเวอร์นี้ ซึ่งส่งให้ตอนลงทะเบียน
server-help-serve = เรียกใช้ HTTP API
server-help-serve-listen = ที่อยู่และพอร์ตที่จะรอรับ
server-help-agency-key = พิมพ์กุญแจสาธารณะของหน่วยงาน (JSON) เพื่อให้ผู้เชี่ยวชาญและผู้ตรวจสอบ
server-help-load-call = โหลด (หรือโหลดใหม่) ประกาศรับสมัครจากไฟล์ข้อมูลหน่วยงาน พร้อมผู้เชี่ยวชาญและการมอบหมาย
server-help-load-call-file = ไฟล์ข้อมูลหน่วยงาน (JSON)
server-help-assign = กำหนดให้ชัดเจนว่าผู้เชี่ยวชาญพิจารณาใบสมัครใดของประกาศรับสมัคร
server-help-assign-call = รหัสประกาศรับสมัคร
server-help-assign-expert = รหัสผู้เชี่ยวชาญ
server-help-assign-applications = รหัสใบสมัคร คั่นด้วยจุลภาค
server-help-code = ออกรหัสลงทะเบียนใช้ครั้งเดียวให้ผู้เชี่ยวชาญ (พิมพ์เพียงรหัสบนเอาต์พุตมาตรฐาน)
server-help-code-expert = รหัสผู้เชี่ยวชาญ
server-help-enroll = ตอบไฟล์คำขอลงทะเบียนด้วยไฟล์คำตอบ (ลงทะเบียนแบบออฟไลน์)
server-help-enroll-request = ไฟล์คำขอลงทะเบียนของผู้เชี่ยวชาญ
server-help-enroll-out = ตำแหน่งที่จะเขียนไฟล์คำตอบ
server-help-issue-bundle = ปิดผนึกชุดงานที่มอบหมายชุดใหม่ของประกาศรับสมัครสำหรับผู้เชี่ยวชาญ
server-help-issue-bundle-expert = รหัสผู้เชี่ยวชาญ
server-help-issue-bundle-call = รหัสประกาศรับสมัคร
server-help-issue-bundle-out = ตำแหน่งที่จะเขียนชุดงาน
server-help-import-package = รับไฟล์ชุดคะแนนที่นำมาส่งด้วยมือ
server-help-import-package-files = ไฟล์ชุดคะแนน
server-help-progress = แสดงความคืบหน้าของผู้เชี่ยวชาญแต่ละคน (JSON)
server-help-add-staff = เพิ่มหรือแทนที่บัญชีเจ้าหน้าที่ (รหัสผ่านจาก REVIEWDESK_STAFF_PASSWORD หรือจากการถาม)
server-help-add-staff-name = ชื่อผู้ใช้ของเจ้าหน้าที่
server-staff-key-prompt = วลีรหัสผ่านสำหรับไฟล์กุญแจเจ้าหน้าที่ (อย่างน้อย 12 อักขระ):
server-staff-key-weak = วลีรหัสผ่านของกุญแจเจ้าหน้าที่ต้องมีอย่างน้อย 12 อักขระ
server-staff-key-written = เขียนไฟล์กุญแจเจ้าหน้าที่ไปที่ { $path } แล้ว ส่งมอบไฟล์และแจ้งวลีรหัสผ่านแยกต่างหาก
server-help-staff-key = เขียนไฟล์กุญแจเจ้าหน้าที่: กุญแจของหน่วยงานและกุญแจสาธารณะของผู้เชี่ยวชาญ ปิดผนึกด้วยวลีรหัสผ่าน (REVIEWDESK_STAFF_KEY_PASSPHRASE หรือจากการถาม)
server-help-staff-key-out = ตำแหน่งที่จะเขียนไฟล์กุญแจเจ้าหน้าที่
