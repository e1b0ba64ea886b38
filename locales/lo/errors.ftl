# Errors, keyed by the code that crosses from the Rust core to the UI and the CLI.
error-vault-wrong-passphrase = ວະລີລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-vault-not-found = ບໍ່ມີຕູ້ນິລະໄພຂໍ້ມູນຢູ່ { $path }.
error-vault-in-use = ຕູ້ນິລະໄພຂໍ້ມູນຢູ່ { $path } ກຳລັງເປີດຢູ່ໃນໜ້າຕ່າງ ຫຼື ໂປຣແກຣມ ReviewDesk ອື່ນ. ກະລຸນາປິດມັນຢູ່ບ່ອນນັ້ນກ່ອນ ແລ້ວລອງໃໝ່.
error-vault-exists = ມີຕູ້ນິລະໄພຂໍ້ມູນຢູ່ { $path } ແລ້ວ.
error-vault-encryption-unavailable = ລຸ້ນນີ້ບໍ່ມີການເຂົ້າລະຫັດ, ດັ່ງນັ້ນ ReviewDesk ຈະບໍ່ເກັບຂໍ້ມູນໃດໆ.
error-vault-key-file-damaged = ໄຟລ໌ກະແຈຂອງຕູ້ນິລະໄພຂໍ້ມູນເສຍຫາຍ ({ $detail }). ກູ້ຄືນຕູ້ນິລະໄພຂໍ້ມູນ ແລະ ໄຟລ໌ກະແຈຈາກສຳເນົາສຳຮອງ, ຫຼື ຂໍໃຫ້ອົງການສົ່ງວຽກທີ່ມອບໝາຍໃຫ້ອີກຄັ້ງ.
error-vault-newer-schema = ຕູ້ນິລະໄພຂໍ້ມູນນີ້ຖືກຂຽນໂດຍ ReviewDesk ລຸ້ນໃໝ່ກວ່າ. ກະລຸນາອັບເດດ ReviewDesk.
error-vault-locked = ຕູ້ນິລະໄພຂໍ້ມູນຖືກລັອກ. ປົດລັອກກ່ອນ.
error-vault-corrupt = ຂໍ້ມູນໃນຕູ້ເສຍຫາຍ ({ $detail }). ກູ້ຄືນຕູ້ນິລະໄພຂໍ້ມູນ ແລະ ໄຟລ໌ກະແຈຈາກສຳເນົາສຳຮອງ, ຫຼື ຂໍໃຫ້ອົງການສົ່ງວຽກທີ່ມອບໝາຍໃຫ້ອີກຄັ້ງ.
error-not-found = ບໍ່ພົບສິ່ງໃດທີ່ມີລະຫັດ { $id }.
error-passphrase-empty = ກະລຸນາໃສ່ວະລີລະຫັດຜ່ານ.
error-passphrase-mismatch = ວະລີລະຫັດຜ່ານທັງສອງບໍ່ກົງກັນ.
error-passphrase-too-weak = ວະລີລະຫັດຜ່ານນີ້ເດົາງ່າຍເກີນໄປ. ໃຊ້ວະລີທີ່ຍາວກວ່າ ເຊັ່ນ: ຫຼາຍຄຳທີ່ບໍ່ກ່ຽວຂ້ອງກັນ.
error-io = ບໍ່ສາມາດອ່ານ ຫຼື ຂຽນໄຟລ໌ໄດ້: { $detail }
error-internal = ມີບາງຢ່າງຜິດພາດພາຍໃນ ReviewDesk: { $detail }
error-document = ໄຟລ໌ຂໍ້ມູນຂອງອົງການຖືກປະຕິເສດ, ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ. { $location }{ $reason }
document-location = ທີ່ { $path }:{" "}
document-too-large = ໄຟລ໌ມີຂະໜາດ { $size } ໄບຕ໌, ເກີນ { $limit } ໄບຕ໌ທີ່ອະນຸຍາດ.
document-syntax = ມັນບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ (ແຖວ { $line }, ຖັນ { $column }).
document-wrong-format = ມັນບໍ່ແມ່ນໄຟລ໌ຂໍ້ມູນອົງການຂອງ ReviewDesk (ຮູບແບບແມ່ນ “{ $found }”).
document-unsupported-version = ບໍ່ຮອງຮັບຮູບແບບລຸ້ນ { $found }; ReviewDesk ລຸ້ນນີ້ອ່ານລຸ້ນ { $supported }.
document-missing-field = ຂາດຊ່ອງຂໍ້ມູນທີ່ຈຳເປັນ “{ $field }”.
document-unknown-field = ຊ່ອງຂໍ້ມູນ “{ $field }” ບໍ່ແມ່ນສ່ວນໜຶ່ງຂອງຮູບແບບ.
document-unknown-value = “{ $value }” ບໍ່ແມ່ນຄ່າທີ່ອະນຸຍາດ.
document-wrong-type = ປະເພດຜິດ: { $detail }.
document-invalid-value = ຄ່າບໍ່ຖືກຕ້ອງ: { $detail }.
document-blank-text = ຂໍ້ຄວາມຫວ່າງເປົ່າໃນທຸກພາສາ.
document-bad-language-tag = “{ $tag }” ບໍ່ແມ່ນປ້າຍພາສາ.
document-duplicate-id = ລະຫັດ “{ $id }” ຖືກໃຊ້ສອງເທື່ອ.
document-unknown-reference = ມັນອ້າງອີງເຖິງ{ $target ->
        [demand] ຄວາມຕ້ອງການ
        [application] ໃບສະໝັກ
        [attachment] ເອກະສານຄັດຕິດ
       *[expert] ຊ່ຽວຊານ
    } “{ $id }” ເຊິ່ງບໍ່ມີໃນໄຟລ໌.
document-foreign-attachment = ເອກະສານຄັດຕິດ “{ $id }” ເປັນຂອງໃບສະໝັກອື່ນ.
document-bad-base64 = ເນື້ອໃນເອກະສານຄັດຕິດບໍ່ແມ່ນ base64 ທີ່ຖືກຕ້ອງ.
document-size-mismatch = ເອກະສານຄັດຕິດມີ { $actual } ໄບຕ໌ ແຕ່ແຈ້ງໄວ້ { $declared }.
document-digest-mismatch = ເນື້ອໃນເອກະສານຄັດຕິດບໍ່ກົງກັບ SHA-256 ຂອງມັນ.
document-unsupported-media-type = ບໍ່ຮັບເອກະສານຄັດຕິດປະເພດ “{ $media_type }”.
document-content-mismatch = ເນື້ອໃນເອກະສານຄັດຕິດບໍ່ແມ່ນໄຟລ໌ { $media_type }.
document-invalid-rubric = ບໍ່ສາມາດໃຫ້ຄະແນນຕາມເກນນີ້ໄດ້: { $fault ->
    [precision-too-high] ມັນແຈ້ງທົດສະນິຍົມເກີນ 4 ຕຳແໜ່ງ
    [no-criteria] ເກນທີ່ໃຫ້ຄະແນນຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງເກນ
    [duplicate-id] ມີລະຫັດທີ່ໃຊ້ສອງເທື່ອ
    [weight-not-positive] ນ້ຳໜັກຕ້ອງຫຼາຍກວ່າສູນ
    [threshold-out-of-range] ຂັ້ນຕ່ຳຕ້ອງຢູ່ລະຫວ່າງ 0 ຫາ 100
    [no-items] ເກນຕ້ອງມີຢ່າງໜ້ອຍໜຶ່ງຫົວຂໍ້ຍ່ອຍ
    [bad-scale] ມາດຕາສ່ວນຕ້ອງມີຄ່າຕ່ຳສຸດໜ້ອຍກວ່າຄ່າສູງສຸດ ແລະ ຂັ້ນບວກ
    [step-not-dividing] ຂັ້ນຕ້ອງຫານຊ່ວງຂອງມາດຕາສ່ວນໄດ້ລົງຕົວ
   *[bad-comment-rule] ກົດຄຳຄິດເຫັນຕ້ອງເປັນ 0 ≤ ລຸ່ມ ≤ ເທິງ ≤ 1
}.
error-sheet-locked = ແບບຟອມໃຫ້ຄະແນນຂອງ { $id } ສົ່ງແລ້ວ ແລະ ປ່ຽນແປງບໍ່ໄດ້ອີກ. ເລີ່ມການແກ້ໄຂເພື່ອສ້າງສະບັບໃໝ່.
error-sheet-invalid = ແບບຟອມໃຫ້ຄະແນນມີຄ່າຜິດ ({ $item }). ບໍ່ມີຫຍັງຖືກບັນທຶກ.
error-sheet-incomplete = ຍັງສົ່ງແບບຟອມໃຫ້ຄະແນນບໍ່ໄດ້: ຍັງຂາດອີກ { $count } ລາຍການ.
error-sheet-deadline-passed = ການປະເມີນເບື້ອງຕົ້ນປິດເມື່ອ { $date }; ແບບຟອມທີ່ສົ່ງແລ້ວແກ້ໄຂບໍ່ໄດ້ອີກ.
error-sheet-file-invalid = ບໍ່ສາມາດອ່ານໄຟລ໌ແບບຟອມໃຫ້ຄະແນນໄດ້: { $detail }

## Enrollment and assignment bundles
error-already-enrolled = ຕູ້ນິລະໄພຂໍ້ມູນນີ້ລົງທະບຽນເປັນຊ່ຽວຊານ { $id } ແລ້ວ.
error-enrollment-not-started = ບໍ່ມີການລົງທະບຽນທີ່ລໍຖ້າຄຳຕອບ. ເລີ່ມດ້ວຍຄຳຮ້ອງລົງທະບຽນ.
error-enrollment-file-invalid = ບໍ່ສາມາດອ່ານໄຟລ໌ການລົງທະບຽນໄດ້: { $detail }
error-enroll-usage = ໃຫ້ --expert ແລະ --code ພ້ອມ --server (ອອນລາຍ) ຫຼື --request (ອອບລາຍ) ເພື່ອລົງທະບຽນ, ຫຼື --response ເພື່ອສຳເລັດການລົງທະບຽນແບບອອບລາຍ.
error-not-enrolled = ຕູ້ນິລະໄພຂໍ້ມູນນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບອົງການ, ຈຶ່ງກວດສອບລາຍເຊັນຂອງຊຸດວຽກບໍ່ໄດ້.
error-key-revoked = ອົງການໄດ້ຖອນກະແຈຂອງແລັບທັອບນີ້: ທ່ານໄດ້ລົງທະບຽນຄືນໃໝ່ໃນອຸປະກອນອື່ນ. ຕູ້ນິລະໄພນີ້ສົ່ງຄະແນນບໍ່ໄດ້ອີກ; ວຽກຂອງທ່ານຍັງຄົງຢູ່. ໃຊ້ຕູ້ທີ່ລົງທະບຽນໃໝ່ ຫຼື ຂໍລະຫັດລົງທະບຽນຄືນຈາກອົງການ.
error-bundle-call-mismatch = ເນື້ອໃນຂອງຊຸດວຽກເປັນຂອງການປະກາດຮັບສະໝັກອື່ນ ({ $id }). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.
error-exchange-malformed = { $kind ->
    [bundle] ຊຸດວຽກມອບໝາຍ
   *[package] ຊຸດຄະແນນ
}ເສຍຫາຍ ຫຼື ບໍ່ແມ່ນໄຟລ໌ ReviewDesk ({ $detail }). ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-unsafe-path = ໄຟລ໌ຖືກປະຕິເສດ: ລາຍການ “{ $name }” ຊີ້ອອກນອກແຟ້ມບີບອັດ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-symlink = ໄຟລ໌ຖືກປະຕິເສດ: ລາຍການ “{ $name }” ເປັນລິ້ງ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-duplicate-name = ໄຟລ໌ຖືກປະຕິເສດ: ສອງລາຍການມີຊື່ດຽວກັນ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-overlapping-entries = ໄຟລ໌ຖືກປະຕິເສດ: ລາຍການຂອງມັນຊ້ອນກັນ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-too-many-entries = ໄຟລ໌ຖືກປະຕິເສດ: { $count } ລາຍການ, ອະນຸຍາດບໍ່ເກີນ { $limit }. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-too-large = ໄຟລ໌ຖືກປະຕິເສດ: { $size } ໄບຕ໌, ອະນຸຍາດບໍ່ເກີນ { $limit }. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-compression-ratio = ໄຟລ໌ຖືກປະຕິເສດ: ລາຍການ “{ $name }” ຈະຂະຫຍາຍເກີນ { $limit } ເທົ່າ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-unexpected-entry = ໄຟລ໌ຖືກປະຕິເສດ: ມີລາຍການທີ່ບໍ່ຄາດຄິດ “{ $name }”. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-not-stored = ໄຟລ໌ຖືກປະຕິເສດ: ລາຍການ “{ $name }” ຖືກບີບອັດ; ອະນຸຍາດສະເພາະລາຍການທີ່ເກັບແບບບໍ່ບີບອັດ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-entry-order = ໄຟລ໌ຖືກປະຕິເສດ: ລຳດັບລາຍການບໍ່ຕົງຕາມທີ່ກຳນົດ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-invalid-field = ໄຟລ໌ຖືກປະຕິເສດ: ຊ່ອງ { $field } ຂອງລາຍການກຳກັບມີຮູບແບບບໍ່ຕົງຕາມທີ່ກຳນົດ ({ $value }). ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-wrong-expert = ຊຸດລະບຸຊ່ຽວຊານ { $named } ແຕ່ຖືກກວດສອບດ້ວຍກະແຈທີ່ລົງທະບຽນຂອງ { $registered }. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-not-canonical = ໄຟລ໌ຖືກປະຕິເສດ: ລາຍການກຳກັບບໍ່ຢູ່ໃນຮູບແບບມາດຕະຖານ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-wrong-kind = ນີ້ແມ່ນໄຟລ໌ “{ $found }”, ບໍ່ແມ່ນ{ $expected ->
    [bundle] ຊຸດວຽກມອບໝາຍ
   *[package] ຊຸດຄະແນນ
}. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-unsupported-version = ໄຟລ໌ໃຊ້ຮູບແບບລຸ້ນ { $found } ເຊິ່ງ ReviewDesk ລຸ້ນນີ້ອ່ານບໍ່ໄດ້. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-bad-signature = ລາຍເຊັນບໍ່ກົງກັນ: ໄຟລ໌ບໍ່ໄດ້ສ້າງໂດຍຝ່າຍທີ່ຄາດໄວ້ ຫຼື ຖືກແກ້ໄຂ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-revoked-key = ແພັກເກັດທີ { $sequence } ຖືກເຊັນດ້ວຍກະແຈທີ່ອົງການບໍ່ຮັບຢູ່ຕຳແໜ່ງນັ້ນໃນລະບົບຕ່ອງໂສ້ຂອງຊ່ຽວຊານ: ກະແຈຖືກຖອນເມື່ອຊ່ຽວຊານລົງທະບຽນຄືນໃໝ່. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-hash-mismatch = ໄຟລ໌ຖືກປະຕິເສດ: “{ $name }” ຖືກແກ້ໄຂຫຼັງການລົງລາຍເຊັນ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-wrong-recipient = ໄຟລ໌ນີ້ສົ່ງເຖິງຄົນອື່ນ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-expired = ຊຸດວຽກໝົດອາຍຸເມື່ອ { $date }. ຂໍຊຸດໃໝ່ຈາກອົງການ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-rollback = ຊຸດວຽກນີ້ເປັນລຸ້ນ { $sequence }, ເກົ່າກວ່າລຸ້ນທີ່ຕິດຕັ້ງ { $installed }. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-undecryptable = ບໍ່ສາມາດຖອດລະຫັດເນື້ອໃນດ້ວຍກະແຈຂອງຕູ້ນິລະໄພຂໍ້ມູນນີ້ໄດ້. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-exchange-bad-key = ກະແຈບໍ່ຖືກຕ້ອງ ({ $detail }).
error-exchange-encryption = ການເຂົ້າລະຫັດລົ້ມເຫຼວ: { $detail }
error-key-file-invalid = ບໍ່ສາມາດອ່ານໄຟລ໌ກະແຈ { $path } ໄດ້.
error-sync-unreachable = ບໍ່ສາມາດຕິດຕໍ່ເຊີບເວີຂອງອົງການໄດ້ ({ $detail }). ທຸກຢ່າງຍັງຢູ່ໃນຄິວ; ລອງໃໝ່ພາຍຫຼັງ.
error-sync-refused = ເຊີບເວີຂອງອົງການປະຕິເສດຄຳຮ້ອງ ({ $code }): { $detail }
error-sync-incomplete = ບາງຊຸດຍັງຢູ່ໃນຄິວ: { $detail }. ຈະຖືກສົ່ງໃນການຊິງຄ໌ຄັ້ງຕໍ່ໄປ.
error-no-server = ບໍ່ຮູ້ທີ່ຢູ່ເຊີບເວີຂອງອົງການ. ໃຫ້ດ້ວຍ --server.
error-server-certificate-changed = ເຊີບເວີອົງການ { $server } ຕອບດ້ວຍໃບຢັ້ງຢືນທີ່ຕ່າງຈາກໃບທີ່ປັກໝຸດໄວ້ເມື່ອທ່ານລົງທະບຽນ. ອາດມີຜູ້ອື່ນຢູ່ລະຫວ່າງທ່ານ ແລະ ອົງການ: ບໍ່ມີຫຍັງຖືກສົ່ງ. ກະລຸນາຖາມອົງການວ່າໃບຢັ້ງຢືນປ່ຽນແລ້ວບໍ່.
error-server-certificate-untrusted = ເຊີບເວີອົງການ { $server } ສະແດງໃບຢັ້ງຢືນທີ່ຄອມພິວເຕີນີ້ບໍ່ເຊື່ອຖື, ແລະ ບໍ່ມີໃບທີ່ປັກໝຸດໄວ້ເມື່ອລົງທະບຽນ. ບໍ່ມີຫຍັງຖືກສົ່ງ; ກະລຸນາຂໍລະຫັດລົງທະບຽນໃໝ່ຈາກອົງການ.
error-insecure-http = ປະຕິເສດການຕິດຕໍ່ກັບ { $server } ຜ່ານ HTTP ທຳມະດາ: ລະຫັດຜ່ານ ແລະ ຄະແນນຈະຜ່ານເຄືອຂ່າຍໂດຍບໍ່ມີການປ້ອງກັນ. ໃຊ້ທີ່ຢູ່ https:// ຫຼື ຖ້າອົງການຂໍ ໃຫ້ອະນຸຍາດ HTTP ທຳມະດາ (ການຕັ້ງຄ່າ › ການເຊື່ອມຕໍ່ ຫຼື --insecure-http).
error-staff-key-wrong-passphrase = ວະລີລະຫັດຜ່ານເປີດໄຟລ໌ກະແຈພະນັກງານນີ້ບໍ່ໄດ້. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-not-staff = ຕູ້ນິລະໄພຂໍ້ມູນນີ້ຍັງບໍ່ມີກະແຈພະນັກງານ. ຕິດຕັ້ງໄຟລ໌ກະແຈພະນັກງານທີ່ເຊີບເວີຂອງອົງການຂຽນ (reviewdesk-server staff-key).
error-staff-only = ເຊີບເວີຂອງອົງການບໍ່ຍອມຮັບຊື່ ແລະ ລະຫັດຜ່ານພະນັກງານນີ້.
error-staff-locked = ການເຂົ້າສູ່ລະບົບພະນັກງານລົ້ມເຫຼວຫຼາຍເທື່ອເກີນໄປ: ເຊີບເວີຂອງອົງການປະຕິເສດຊື່ນີ້ເປັນເວລາສິບຫ້ານາທີ. ກະລຸນາລອງໃໝ່ພາຍຫຼັງ.
error-package-unknown-expert = ຊຸດນີ້ມາຈາກ { $expert } ເຊິ່ງບ່ອນນີ້ບໍ່ຮູ້ຈັກກະແຈ. ຕິດຕັ້ງໄຟລ໌ກະແຈພະນັກງານທີ່ໃໝ່ກວ່າ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.
error-package-early = ຊຸດທີ { $sequence } ຂອງ { $expert } ມາຮອດກ່ອນຊຸດທີ { $expected }: ມັນຈະລໍຖ້າຈົນກວ່າຊຸດທີ່ຢູ່ລະຫວ່າງກາງຈະມາຮອດ.
error-package-fork = ຊຸດທີ { $sequence } ຂອງ { $expert } ບໍ່ຕໍ່ຈາກຊຸດທີ { $head } ຂອງລາວ (ຊຸດຖືກແທນທີ່ ຫຼື ແກ້ໄຂ). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.
error-package-unreadable = ເນື້ອໃນຂອງຊຸດບໍ່ແມ່ນເອກະສານຄະແນນທີ່ລຸ້ນນີ້ອ່ານໄດ້ ({ $detail }). ມັນຮັກສາຕຳແໜ່ງໄວ້ ແຕ່ຄະແນນບໍ່ຖືກນັບ.
error-package-unknown-call = ຊຸດນີ້ສຳລັບການປະກາດຮັບສະໝັກ { $call } ເຊິ່ງບໍ່ມີຢູ່ບ່ອນນີ້. ມັນຮັກສາຕຳແໜ່ງໄວ້ ແຕ່ຄະແນນບໍ່ຖືກນັບ.
error-package-content-mismatch = ເນື້ອໃນຂອງຊຸດລະບຸຊ່ຽວຊານ ຫຼື ການປະກາດຮັບສະໝັກຕ່າງຈາກລາຍການກຳກັບທີ່ລົງລາຍເຊັນ. ມັນຮັກສາຕຳແໜ່ງໄວ້ ແຕ່ຄະແນນບໍ່ຖືກນັບ.
error-package-not-assigned = ຊຸດມີແບບຟອມສຳລັບ { $application } ເຊິ່ງບໍ່ໄດ້ມອບໝາຍໃຫ້ຊ່ຽວຊານຄົນນີ້. ມັນຮັກສາຕຳແໜ່ງໄວ້ ແຕ່ຄະແນນບໍ່ຖືກນັບ.
error-package-unknown-rubric = ຊຸດມີແບບຟອມຕາມເກນ { $rubric } ສະບັບ { $version } ເຊິ່ງການປະກາດຮັບສະໝັກບໍ່ມີ. ມັນຮັກສາຕຳແໜ່ງໄວ້ ແຕ່ຄະແນນບໍ່ຖືກນັບ.
error-package-invalid-sheet = ແບບຟອມສຳລັບ { $application } ໃນຊຸດບໍ່ແມ່ນການສົ່ງທີ່ຄົບຖ້ວນ ແລະ ຖືກຕ້ອງ (ຄະແນນນອກຂອບເຂດ ຫຼື ຂັ້ນ, ຫຼື ຂາດບາງສ່ວນ). ມັນຮັກສາຕຳແໜ່ງໄວ້ ແຕ່ຄະແນນບໍ່ຖືກນັບ.
error-package-totals-mismatch = ຄະແນນລວມຂອງ { $application } ໃນຊຸດບໍ່ກົງກັບຄະແນນແຕ່ລະຂໍ້. ມັນຮັກສາຕຳແໜ່ງໄວ້ ແຕ່ຄະແນນບໍ່ຖືກນັບ.
error-package-id-reused = ເຄີຍໄດ້ຮັບຊຸດອື່ນທີ່ມີລະຫັດດຽວກັນ ({ $package }) ແລ້ວ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.
error-import-call-signed = ການປະກາດຮັບສະໝັກ { $call } ມາຮອດພ້ອມລາຍເຊັນຂອງອົງການ; ໄຟລ໌ຂໍ້ມູນທີ່ບໍ່ມີລາຍເຊັນແທນທີ່ບໍ່ໄດ້. ນຳເຂົ້າຊຸດວຽກສະບັບໃໝ່ຂອງອົງການແທນ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-fonts-missing = ຂາດຟອນທີ່ເອກະສານຕ້ອງການ: { $detail }
error-staff-vote-usage = ການລົງຄະແນນສຽງຂຽນເປັນ ໃບສະໝັກ=ຈຳນວນສຽງ ເຊັ່ນ A001=4; ບໍ່ແມ່ນ { $vote }.
error-panel-vote-not-in-rule = ລະບຽບຕັດສິນຄະແນນເທົ່າກັນຂອງການປະກາດນີ້ບໍ່ມີການລົງຄະແນນສຽງຂອງຄະນະ, ສະນັ້ນບໍ່ບັນທຶກຄະແນນສຽງສຳລັບ { $demand }. ກະລຸນາຂຽນການຕັດສິນຂອງຄະນະໃນບັນທຶກຂອງປະທານ.
error-discussion-not-open = ປະທານຍັງບໍ່ທັນເປີດຄວາມຕ້ອງການ { $demand } ເພື່ອສົນທະນາ.
error-discussion-not-submitted = ກະລຸນາສົ່ງແບບໃຫ້ຄະແນນຂອງທ່ານສຳລັບ { $applications } ກ່ອນ: ຄະແນນຂອງຄະນະສຳລັບຄວາມຕ້ອງການ { $demand } ສະແດງໃຫ້ແຕ່ຊ່ຽວຊານທີ່ສົ່ງແລ້ວເທົ່ານັ້ນ.
error-discussion-not-assigned = ທ່ານບໍ່ໄດ້ໃຫ້ຄະແນນຜູ້ສະໝັກໃດຂອງຄວາມຕ້ອງການ { $demand }, ສະນັ້ນການສົນທະນາຂອງມັນບໍ່ສະແດງໃຫ້ທ່ານ.
error-revision-not-allowed = ການປະກາດນີ້ບໍ່ອະນຸຍາດຮອບແກ້ໄຂ, ສະນັ້ນບໍ່ສາມາດເປີດຄວາມຕ້ອງການ { $demand } ເພື່ອແກ້ໄຂໄດ້.
error-vault-wrong-recovery-key = ກະແຈກູ້ຄືນນັ້ນບໍ່ເປີດຕູ້ນີ້. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.
error-vault-no-recovery-key = ຕູ້ນີ້ບໍ່ມີກະແຈກູ້ຄືນ: ມັນຖືກສ້າງກ່ອນມີກະແຈກູ້ຄືນ ແລະ ບໍ່ໄດ້ສ້າງນັບແຕ່ນັ້ນ. ມີແຕ່ວະລີລະຫັດຜ່ານຂອງມັນທີ່ເປີດໄດ້.
error-recovery-key-malformed = ນັ້ນບໍ່ແມ່ນກະແຈກູ້ຄືນ: ມັນມີຕົວອັກສອນ ແລະ ຕົວເລກ 32 ຕົວ ເປັນກຸ່ມລະສີ່.
error-vault-backup-damaged = ໄຟລ໌ສຳຮອງນີ້ເສຍຫາຍ ຫຼື ບໍ່ແມ່ນການສຳຮອງຂອງ ReviewDesk ({ $detail }). ບໍ່ມີຫຍັງຖືກກູ້ຄືນ.
error-vault-newer-backup = ການສຳຮອງນີ້ຖືກເຮັດໂດຍ ReviewDesk ເວີຊັນໃໝ່ກວ່າ. ຕິດຕັ້ງເວີຊັນໃໝ່ກວ່າເພື່ອກູ້ຄືນ. ບໍ່ມີຫຍັງຖືກກູ້ຄືນ.
error-vault-copy-behind = ສຳເນົາອື່ນຂອງຕູ້ນີ້ — ການສຳຮອງທີ່ກູ້ຄືນ ຫຼື ຕູ້ນີ້ໃນແລັບທັອບອື່ນ — ໄດ້ສົ່ງຊຸດ { $sequence } ແລ້ວ ສະນັ້ນສຳເນົານີ້ສົ່ງບໍ່ໄດ້. ເຮັດວຽກຕໍ່ໃນສຳເນົາທີ່ນຳໜ້າ; ຊຸດນີ້ຍັງຢູ່ບ່ອນນີ້ ແຍກໄວ້.
