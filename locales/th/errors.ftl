# Errors, keyed by the code that crosses from the Rust core to the UI and the CLI.
error-vault-wrong-passphrase = วลีรหัสผ่านไม่ถูกต้อง ไม่มีการเปลี่ยนแปลงใด ๆ
error-vault-not-found = ไม่พบตู้นิรภัยข้อมูลที่ { $path }
error-vault-exists = มีตู้นิรภัยข้อมูลอยู่แล้วที่ { $path }
error-vault-encryption-unavailable = รุ่นนี้ไม่มีการเข้ารหัส ReviewDesk จึงจะไม่เก็บข้อมูลใด ๆ
error-vault-key-file-damaged = ไฟล์กุญแจของตู้นิรภัยข้อมูลเสียหาย ({ $detail }) โปรดกู้คืนตู้นิรภัยข้อมูลและไฟล์กุญแจจากข้อมูลสำรอง หรือขอให้หน่วยงานส่งงานที่มอบหมายให้อีกครั้ง
error-vault-newer-schema = ตู้นิรภัยข้อมูลนี้สร้างโดย ReviewDesk รุ่นที่ใหม่กว่า โปรดอัปเดต ReviewDesk
error-vault-locked = ตู้นิรภัยข้อมูลถูกล็อกอยู่ โปรดปลดล็อกก่อน
error-vault-corrupt = ข้อมูลในตู้นิรภัยข้อมูลเสียหาย ({ $detail }) โปรดกู้คืนตู้นิรภัยข้อมูลและไฟล์กุญแจจากข้อมูลสำรอง หรือขอให้หน่วยงานส่งงานที่มอบหมายให้อีกครั้ง
error-not-found = ไม่พบรายการที่มีรหัส { $id }
error-passphrase-empty = โปรดป้อนวลีรหัสผ่าน
error-passphrase-mismatch = วลีรหัสผ่านทั้งสองไม่ตรงกัน
error-passphrase-too-weak = วลีรหัสผ่านนี้เดาง่ายเกินไป ใช้วลีที่ยาวขึ้น เช่น คำหลายคำที่ไม่เกี่ยวข้องกัน
error-io = ไม่สามารถอ่านหรือเขียนไฟล์ได้: { $detail }
error-internal = เกิดข้อผิดพลาดภายใน ReviewDesk: { $detail }
error-document = ไฟล์ข้อมูลจากหน่วยงานถูกปฏิเสธ ไม่มีการนำเข้าใด ๆ { $location }{ $reason }
document-location = ที่ { $path }:{" "}
document-too-large = ไฟล์มีขนาด { $size } ไบต์ เกินกว่า { $limit } ไบต์ที่อนุญาต
document-syntax = ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด { $line } คอลัมน์ { $column })
document-wrong-format = ไม่ใช่ไฟล์ข้อมูลหน่วยงานของ ReviewDesk (รูปแบบคือ “{ $found }”)
document-unsupported-version = ไม่รองรับรูปแบบรุ่น { $found } ReviewDesk รุ่นนี้อ่านรุ่น { $supported }
document-missing-field = ขาดฟิลด์ที่จำเป็น “{ $field }”
document-unknown-field = ฟิลด์ “{ $field }” ไม่อยู่ในรูปแบบ
document-unknown-value = “{ $value }” ไม่ใช่ค่าที่อนุญาต
document-wrong-type = ชนิดข้อมูลไม่ถูกต้อง: { $detail }
document-invalid-value = ค่าไม่ถูกต้อง: { $detail }
document-blank-text = ข้อความว่างเปล่าในทุกภาษา
document-bad-language-tag = “{ $tag }” ไม่ใช่แท็กภาษา
document-duplicate-id = รหัส “{ $id }” ถูกใช้ซ้ำ
document-unknown-reference = อ้างอิงถึง{ $target ->
        [demand] โจทย์ความต้องการ
        [application] ใบสมัคร
        [attachment] เอกสารแนบ
       *[expert] ผู้เชี่ยวชาญ
    } “{ $id }” ซึ่งไม่มีในไฟล์
document-foreign-attachment = เอกสารแนบ “{ $id }” เป็นของใบสมัครอื่น
document-bad-base64 = เนื้อหาเอกสารแนบไม่ใช่ base64 ที่ถูกต้อง
document-size-mismatch = เอกสารแนบมีขนาด { $actual } ไบต์ แต่ระบุไว้ { $declared } ไบต์
document-digest-mismatch = เนื้อหาเอกสารแนบไม่ตรงกับค่า SHA-256 ที่ระบุ
document-unsupported-media-type = ไม่รับเอกสารแนบชนิด “{ $media_type }”
document-content-mismatch = เนื้อหาเอกสารแนบไม่ใช่ไฟล์ { $media_type }
document-invalid-rubric = ไม่สามารถให้คะแนนตามเกณฑ์นี้ได้: { $fault ->
    [precision-too-high] ระบุทศนิยมเกิน 4 ตำแหน่ง
    [no-criteria] เกณฑ์ที่ให้คะแนนต้องมีอย่างน้อยหนึ่งเกณฑ์
    [duplicate-id] มีรหัสที่ใช้ซ้ำ
    [weight-not-positive] น้ำหนักต้องมากกว่าศูนย์
    [threshold-out-of-range] เกณฑ์ขั้นต่ำต้องอยู่ระหว่าง 0 ถึง 100
    [no-items] เกณฑ์ต้องมีอย่างน้อยหนึ่งหัวข้อย่อย
    [bad-scale] มาตราส่วนต้องมีค่าต่ำสุดน้อยกว่าค่าสูงสุดและมีช่วงเป็นบวก
    [step-not-dividing] ช่วงคะแนนต้องหารช่วงของมาตราส่วนได้ลงตัว
   *[bad-comment-rule] กฎการแสดงเหตุผลต้องเป็น 0 ≤ ต่ำกว่า ≤ สูงกว่า ≤ 1
}
error-sheet-locked = แบบให้คะแนนของ { $id } ส่งแล้วและเปลี่ยนแปลงไม่ได้อีก เริ่มการแก้ไขเพื่อสร้างฉบับใหม่
error-sheet-invalid = แบบให้คะแนนมีค่าที่ไม่ถูกต้อง ({ $item }) ไม่มีการบันทึก
error-sheet-incomplete = ยังส่งแบบให้คะแนนไม่ได้: ยังขาดอีก { $count } รายการ
error-sheet-deadline-passed = การประเมินเบื้องต้นปิดเมื่อ { $date } แบบให้คะแนนที่ส่งแล้วแก้ไขไม่ได้อีก
error-sheet-file-invalid = ไม่สามารถอ่านไฟล์แบบให้คะแนนได้: { $detail }

## Enrollment and assignment bundles
error-already-enrolled = ตู้นิรภัยข้อมูลนี้ลงทะเบียนเป็นผู้เชี่ยวชาญ { $id } แล้ว
error-enrollment-not-started = ไม่มีการลงทะเบียนที่รอคำตอบ เริ่มจากคำขอลงทะเบียน
error-enrollment-file-invalid = ไม่สามารถอ่านไฟล์การลงทะเบียนได้: { $detail }
error-enroll-usage = ใช้ --expert และ --code พร้อม --server (ออนไลน์) หรือ --request (ออฟไลน์) เพื่อลงทะเบียน หรือ --response เพื่อจบการลงทะเบียนแบบออฟไลน์
error-not-enrolled = ตู้นิรภัยข้อมูลนี้ยังไม่ได้ลงทะเบียนกับหน่วยงาน จึงตรวจสอบลายมือชื่อของชุดงานไม่ได้
error-bundle-call-mismatch = เนื้อหาของชุดงานเป็นของประกาศรับสมัครอื่น ({ $id }) ไม่มีการนำเข้าใด ๆ
error-exchange-malformed = { $kind ->
    [bundle] ชุดงานที่มอบหมาย
   *[package] ชุดคะแนน
}เสียหายหรือไม่ใช่ไฟล์ของ ReviewDesk ({ $detail }) ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-unsafe-path = ไฟล์ถูกปฏิเสธ: รายการ “{ $name }” ชี้ออกนอกไฟล์เก็บถาวร ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-symlink = ไฟล์ถูกปฏิเสธ: รายการ “{ $name }” เป็นลิงก์ ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-duplicate-name = ไฟล์ถูกปฏิเสธ: มีสองรายการชื่อเดียวกัน ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-overlapping-entries = ไฟล์ถูกปฏิเสธ: รายการซ้อนทับกัน ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-too-many-entries = ไฟล์ถูกปฏิเสธ: มี { $count } รายการ อนุญาตไม่เกิน { $limit } ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-too-large = ไฟล์ถูกปฏิเสธ: ขนาด { $size } ไบต์ อนุญาตไม่เกิน { $limit } ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-compression-ratio = ไฟล์ถูกปฏิเสธ: รายการ “{ $name }” จะขยายเกิน { $limit } เท่า ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-unexpected-entry = ไฟล์ถูกปฏิเสธ: มีรายการที่ไม่คาดคิด “{ $name }” ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-not-stored = ไฟล์ถูกปฏิเสธ: รายการ “{ $name }” ถูกบีบอัด อนุญาตเฉพาะรายการที่จัดเก็บแบบไม่บีบอัด ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-entry-order = ไฟล์ถูกปฏิเสธ: ลำดับรายการไม่ตรงตามที่กำหนด ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-invalid-field = ไฟล์ถูกปฏิเสธ: ช่อง { $field } ของรายการกำกับมีรูปแบบไม่ตรงตามที่กำหนด ({ $value }) ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-wrong-expert = ชุดคะแนนระบุผู้เชี่ยวชาญ { $named } แต่ตรวจสอบด้วยกุญแจที่ลงทะเบียนของ { $registered } ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-not-canonical = ไฟล์ถูกปฏิเสธ: รายการกำกับไม่อยู่ในรูปแบบมาตรฐาน ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-wrong-kind = นี่คือไฟล์ “{ $found }” ไม่ใช่{ $expected ->
    [bundle] ชุดงานที่มอบหมาย
   *[package] ชุดคะแนน
} ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-unsupported-version = ไฟล์ใช้รูปแบบรุ่น { $found } ซึ่ง ReviewDesk รุ่นนี้อ่านไม่ได้ ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-bad-signature = ลายมือชื่อไม่ตรงกัน: ไฟล์ไม่ได้สร้างโดยฝ่ายที่คาดไว้หรือถูกแก้ไข ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-hash-mismatch = ไฟล์ถูกปฏิเสธ: “{ $name }” ถูกแก้ไขหลังการลงนาม ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-wrong-recipient = ไฟล์นี้ส่งถึงผู้อื่น ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-expired = ชุดงานหมดอายุเมื่อ { $date } โปรดขอชุดใหม่จากหน่วยงาน ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-rollback = ชุดงานเป็นรุ่น { $sequence } เก่ากว่ารุ่นที่ติดตั้งอยู่ { $installed } ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-undecryptable = ไม่สามารถถอดรหัสเนื้อหาด้วยกุญแจของตู้นิรภัยข้อมูลนี้ได้ ไม่มีการเปลี่ยนแปลงใด ๆ
error-exchange-bad-key = กุญแจไม่ถูกต้อง ({ $detail })
error-exchange-encryption = การเข้ารหัสล้มเหลว: { $detail }
error-key-file-invalid = ไม่สามารถอ่านไฟล์กุญแจ { $path } ได้
error-sync-unreachable = ติดต่อเซิร์ฟเวอร์ของหน่วยงานไม่ได้ ({ $detail }) ทุกรายการยังอยู่ในคิว โปรดลองใหม่ภายหลัง
error-sync-refused = เซิร์ฟเวอร์ของหน่วยงานปฏิเสธคำขอ ({ $code }): { $detail }
error-sync-incomplete = ชุดคะแนนบางชุดยังอยู่ในคิว: { $detail } จะส่งในการซิงค์ครั้งถัดไป
error-no-server = ไม่ทราบที่อยู่เซิร์ฟเวอร์ของหน่วยงาน ระบุด้วย --server
error-server-certificate-changed = เซิร์ฟเวอร์หน่วยงาน { $server } ตอบด้วยใบรับรองที่ต่างจากใบที่ปักหมุดไว้เมื่อคุณลงทะเบียน อาจมีผู้อื่นอยู่ระหว่างคุณกับหน่วยงาน: ไม่มีการส่งสิ่งใด โปรดสอบถามหน่วยงานว่าใบรับรองเปลี่ยนหรือไม่
error-server-certificate-untrusted = เซิร์ฟเวอร์หน่วยงาน { $server } แสดงใบรับรองที่คอมพิวเตอร์นี้ไม่เชื่อถือ และไม่มีการปักหมุดใบรับรองไว้เมื่อลงทะเบียน ไม่มีการส่งสิ่งใด โปรดขอรหัสลงทะเบียนใหม่จากหน่วยงาน
error-insecure-http = ปฏิเสธการติดต่อ { $server } ผ่าน HTTP ธรรมดา: รหัสผ่านและคะแนนจะผ่านเครือข่ายโดยไม่มีการป้องกัน ใช้ที่อยู่ https:// หรือหากหน่วยงานขอ ให้อนุญาต HTTP ธรรมดา (การตั้งค่า › การเชื่อมต่อ หรือ --insecure-http)
error-staff-key-wrong-passphrase = วลีรหัสผ่านเปิดไฟล์กุญแจเจ้าหน้าที่นี้ไม่ได้ ไม่มีการเปลี่ยนแปลงใด ๆ
error-not-staff = ตู้นิรภัยข้อมูลนี้ยังไม่มีกุญแจเจ้าหน้าที่ ติดตั้งไฟล์กุญแจเจ้าหน้าที่ที่เซิร์ฟเวอร์ของหน่วยงานสร้าง (reviewdesk-server staff-key)
error-staff-only = เซิร์ฟเวอร์ของหน่วยงานไม่ยอมรับชื่อและรหัสผ่านเจ้าหน้าที่นี้
error-staff-locked = เข้าสู่ระบบเจ้าหน้าที่ไม่สำเร็จหลายครั้งเกินไป เซิร์ฟเวอร์ของหน่วยงานจะปฏิเสธชื่อนี้เป็นเวลาสิบห้านาที โปรดลองอีกครั้งภายหลัง
error-package-unknown-expert = ชุดคะแนนมาจาก { $expert } ซึ่งที่นี่ไม่รู้จักกุญแจ ติดตั้งไฟล์กุญแจเจ้าหน้าที่ที่ใหม่กว่า ไม่มีการนำเข้าใด ๆ
error-package-early = ชุดคะแนนที่ { $sequence } ของ { $expert } มาถึงก่อนชุดที่ { $expected } จะรอจนกว่าชุดที่อยู่ระหว่างกลางจะมาถึง
error-package-fork = ชุดคะแนนที่ { $sequence } ของ { $expert } ไม่ต่อจากชุดที่ { $head } ของผู้นั้น (ถูกแทนที่หรือแก้ไข) ไม่มีการนำเข้าใด ๆ
error-package-unreadable = เนื้อหาของชุดคะแนนไม่ใช่เอกสารคะแนนที่รุ่นนี้อ่านได้ ({ $detail }) ชุดคะแนนคงตำแหน่งไว้ แต่ไม่นับคะแนน
error-package-unknown-call = ชุดคะแนนเป็นของประกาศรับสมัคร { $call } ซึ่งไม่มีที่นี่ ชุดคะแนนคงตำแหน่งไว้ แต่ไม่นับคะแนน
error-package-content-mismatch = เนื้อหาของชุดคะแนนระบุผู้เชี่ยวชาญหรือประกาศรับสมัครต่างจากรายการกำกับที่ลงนาม ชุดคะแนนคงตำแหน่งไว้ แต่ไม่นับคะแนน
error-package-not-assigned = ชุดคะแนนมีแบบให้คะแนนของ { $application } ซึ่งไม่ได้มอบหมายให้ผู้เชี่ยวชาญคนนี้ ชุดคะแนนคงตำแหน่งไว้ แต่ไม่นับคะแนน
error-package-unknown-rubric = ชุดคะแนนมีแบบให้คะแนนตามเกณฑ์ { $rubric } ฉบับ { $version } ซึ่งประกาศรับสมัครไม่มี ชุดคะแนนคงตำแหน่งไว้ แต่ไม่นับคะแนน
error-package-invalid-sheet = แบบให้คะแนนของ { $application } ในชุดคะแนนไม่ใช่การส่งที่ครบถ้วนและถูกต้อง (คะแนนอยู่นอกช่วงหรือขั้น หรือขาดบางส่วน) ชุดคะแนนคงตำแหน่งไว้ แต่ไม่นับคะแนน
error-package-totals-mismatch = คะแนนรวมของ { $application } ในชุดคะแนนไม่ตรงกับคะแนนรายข้อ ชุดคะแนนคงตำแหน่งไว้ แต่ไม่นับคะแนน
error-package-id-reused = เคยได้รับชุดคะแนนอื่นที่มีรหัสเดียวกัน ({ $package }) แล้ว ไม่มีการนำเข้าใด ๆ
error-import-call-signed = ประกาศรับสมัคร { $call } มาถึงพร้อมลายเซ็นของหน่วยงาน ไฟล์ข้อมูลที่ไม่ได้ลงนามแทนที่ไม่ได้ โปรดนำเข้าชุดงานฉบับใหม่ของหน่วยงานแทน ไม่มีการเปลี่ยนแปลงใด ๆ
error-fonts-missing = ไม่มีฟอนต์ที่เอกสารต้องใช้: { $detail }
error-staff-vote-usage = การลงคะแนนเขียนเป็น ใบสมัคร=จำนวนเสียง เช่น A001=4 ไม่ใช่ { $vote }
error-vault-wrong-recovery-key = กุญแจกู้คืนนั้นเปิดตู้นิรภัยนี้ไม่ได้ ไม่มีการเปลี่ยนแปลงใด
error-vault-no-recovery-key = ตู้นิรภัยนี้ไม่มีกุญแจกู้คืน: สร้างขึ้นก่อนมีกุญแจกู้คืน และไม่ได้สร้างเพิ่มภายหลัง มีเพียงวลีรหัสผ่านที่เปิดได้
error-recovery-key-malformed = นั่นไม่ใช่กุญแจกู้คืน: กุญแจมีตัวอักษรและตัวเลข 32 ตัว แบ่งเป็นกลุ่มละสี่
error-vault-backup-damaged = ไฟล์สำรองนี้เสียหายหรือไม่ใช่ข้อมูลสำรองของ ReviewDesk ({ $detail }) ไม่ได้กู้คืนสิ่งใด
error-vault-newer-backup = ข้อมูลสำรองนี้สร้างโดย ReviewDesk รุ่นใหม่กว่า ติดตั้งรุ่นใหม่กว่าเพื่อกู้คืน ไม่ได้กู้คืนสิ่งใด
error-vault-copy-behind = สำเนาอื่นของตู้นิรภัยนี้ — ข้อมูลสำรองที่กู้คืน หรือตู้นิรภัยนี้บนแล็ปท็อปเครื่องอื่น — ได้ส่งชุดที่ { $sequence } ไปแล้ว สำเนานี้จึงส่งไม่ได้ ทำงานต่อในสำเนาที่ล้ำหน้ากว่า ชุดนี้ยังอยู่ที่นี่โดยถูกกันไว้
