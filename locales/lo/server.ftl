# The agency server's admin tools.

server-error = ຂໍ້ຜິດພາດ ({ $code }): { $message }
server-listening = ເຊີບເວີອົງການ ReviewDesk ກຳລັງຮັບຟັງຢູ່ http://{ $address }
server-call-loaded = ໂຫຼດການປະກາດຮັບສະໝັກ { $call } ແລ້ວ: ໃບສະໝັກ { $applications }, ຊ່ຽວຊານ { $experts }.
server-code = ລະຫັດລົງທະບຽນໃຊ້ເທື່ອດຽວສຳລັບ { $expert }: { $code }
server-enrolled = { $expert } ລົງທະບຽນແລ້ວ; ໃຫ້ { $path } ແກ່ລາວ.
server-bundle-issued = ຂຽນຊຸດວຽກທີ { $sequence } ສຳລັບ { $expert } ໄປທີ່ { $path } ແລ້ວ.
server-package-accepted = ຮັບ { $path } ແລ້ວ: ຊຸດທີ { $sequence } ຂອງ { $expert }.
server-password-prompt = ລະຫັດຜ່ານພະນັກງານ:
server-staff-added = ບັນທຶກບັນຊີພະນັກງານ { $name } ແລ້ວ.
server-assigned = ດຽວນີ້ { $expert } ປະເມີນໃບສະໝັກ { $count } ລາຍການຂອງ { $call }; ຊຸດວຽກຕໍ່ໄປຈະນຳພວກມັນໄປ.

## Command-line help of reviewdesk-server
server-help = ເຊີບເວີອົງການ ReviewDesk ແລະ ເຄື່ອງມືຜູ້ດູແລ.
server-help-db = ໄຟລ໌ຖານຂໍ້ມູນຂອງເຊີບເວີ.
server-help-init = ສ້າງຖານຂໍ້ມູນ ແລະ ກະແຈຂອງອົງການ (ຄັ້ງດຽວ); ພິມກະແຈສາທາລະນະ.
server-help-init-url = ທີ່ຢູ່ທີ່ຊ່ຽວຊານໃຊ້ຕິດຕໍ່ເຊີບເວີນີ້, ສົ່ງໃຫ້ເຂົາເຈົ້າຕອນລົງທະບຽນ.
server-help-serve = ເປີດໃຊ້ HTTP API.
server-help-serve-listen = ທີ່ຢູ່ ແລະ ພອດທີ່ຈະຮັບຟັງ.
server-help-agency-key = ພິມກະແຈສາທາລະນະຂອງອົງການ (JSON), ເພື່ອໃຫ້ຊ່ຽວຊານ ແລະ ຜູ້ກວດສອບ.
server-help-load-call = ໂຫຼດ (ຫຼື ໂຫຼດຄືນ) ການປະກາດຮັບສະໝັກຈາກໄຟລ໌ຂໍ້ມູນອົງການ, ພ້ອມຊ່ຽວຊານ ແລະ ການມອບໝາຍ.
server-help-load-call-file = ໄຟລ໌ຂໍ້ມູນອົງການ (JSON).
server-help-assign = ກຳນົດໃຫ້ແນ່ນອນວ່າຊ່ຽວຊານປະເມີນໃບສະໝັກໃດຂອງການປະກາດຮັບສະໝັກ.
server-help-assign-call = ລະຫັດການປະກາດຮັບສະໝັກ.
server-help-assign-expert = ລະຫັດຊ່ຽວຊານ.
server-help-assign-applications = ລະຫັດໃບສະໝັກ, ແຍກດ້ວຍຈຸດ.
server-help-code = ອອກລະຫັດລົງທະບຽນໃຊ້ເທື່ອດຽວໃຫ້ຊ່ຽວຊານ (ພິມພຽງລະຫັດຢູ່ຜົນອອກມາດຕະຖານ).
server-help-code-expert = ລະຫັດຊ່ຽວຊານ.
server-help-enroll = ຕອບໄຟລ໌ຄຳຮ້ອງລົງທະບຽນດ້ວຍໄຟລ໌ຄຳຕອບ (ລົງທະບຽນແບບອອບລາຍ).
server-help-enroll-request = ໄຟລ໌ຄຳຮ້ອງລົງທະບຽນຂອງຊ່ຽວຊານ.
server-help-enroll-out = ບ່ອນທີ່ຈະຂຽນໄຟລ໌ຄຳຕອບ.
server-help-issue-bundle = ປະທັບຕາຊຸດວຽກມອບໝາຍໃໝ່ຂອງການປະກາດຮັບສະໝັກສຳລັບຊ່ຽວຊານ.
server-help-issue-bundle-expert = ລະຫັດຊ່ຽວຊານ.
server-help-issue-bundle-call = ລະຫັດການປະກາດຮັບສະໝັກ.
server-help-issue-bundle-out = ບ່ອນທີ່ຈະຂຽນຊຸດວຽກ.
server-help-import-package = ຮັບໄຟລ໌ຊຸດຄະແນນທີ່ນຳມາສົ່ງດ້ວຍມື.
server-help-import-package-files = ໄຟລ໌ຊຸດຄະແນນ.
server-help-progress = ສະແດງຄວາມຄືບໜ້າຂອງແຕ່ລະຊ່ຽວຊານ (JSON).
server-help-add-staff = ເພີ່ມ ຫຼື ແທນທີ່ບັນຊີພະນັກງານ (ລະຫັດຜ່ານຈາກ REVIEWDESK_STAFF_PASSWORD ຫຼື ຈາກການຖາມ).
server-help-add-staff-name = ຊື່ຜູ້ໃຊ້ຂອງພະນັກງານ.
server-staff-key-prompt = ວະລີລະຫັດຜ່ານສຳລັບໄຟລ໌ກະແຈພະນັກງານ (ຢ່າງໜ້ອຍ 12 ຕົວອັກສອນ):
server-staff-key-weak = ວະລີລະຫັດຜ່ານຂອງກະແຈພະນັກງານຕ້ອງມີຢ່າງໜ້ອຍ 12 ຕົວອັກສອນ.
server-staff-key-written = ຂຽນໄຟລ໌ກະແຈພະນັກງານໄປທີ່ { $path } ແລ້ວ. ສົ່ງມອບໄຟລ໌ ແລະ ແຈ້ງວະລີລະຫັດຜ່ານແຍກຕ່າງຫາກ.
server-help-staff-key = ຂຽນໄຟລ໌ກະແຈພະນັກງານ: ກະແຈຂອງອົງການ ແລະ ກະແຈສາທາລະນະຂອງຊ່ຽວຊານ, ປະທັບຕາດ້ວຍວະລີລະຫັດຜ່ານ (REVIEWDESK_STAFF_KEY_PASSPHRASE ຫຼື ຈາກການຖາມ).
server-help-staff-key-out = ບ່ອນທີ່ຈະຂຽນໄຟລ໌ກະແຈພະນັກງານ.
