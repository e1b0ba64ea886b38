# Scoring: the score sheet, the declaration, progress and comparison.

main-progress = ความคืบหน้าของฉัน
tab-application = ใบสมัคร
tab-score = แบบให้คะแนน

## Progress of a sheet
progress-not_started = ยังไม่เริ่ม
progress-in_progress = กำลังดำเนินการ
progress-submitted = ส่งแล้ว
progress-recused = ถอนตัว
progress-title = ความคืบหน้าของฉัน
progress-intro = เลือกใบสมัครทางซ้ายเพื่ออ่านและให้คะแนน หรือเปรียบเทียบผู้สมัครของโจทย์ความต้องการ
progress-total = ส่งแล้วหรือถอนตัวแล้ว { $done } จาก { $total } ใบสมัคร
progress-demand = โจทย์ความต้องการ
progress-compare = เปรียบเทียบผู้สมัคร

## Comparison
compare-title = ผู้สมัครของ “{ $demand }” เทียบกัน
compare-intro = คะแนนเต็ม 100 จากแบบให้คะแนนของคุณเอง ขีดหมายถึงยังไม่ได้ให้คะแนน
compare-back = ← กลับไปที่ความคืบหน้าของฉัน
compare-criterion = เกณฑ์
compare-overall = คะแนนรวม
compare-recommendation = ข้อเสนอแนะ
compare-vetoes = ข้อยับยั้ง (วีโต้) ที่เข้าเงื่อนไข

## Declaration of conflicts of interest
declare-title = ผลประโยชน์ทับซ้อน
declare-intro = ก่อนให้คะแนน { $application } โปรดแจ้งว่าคุณมีผลประโยชน์ทับซ้อนกับผู้สมัคร สมาชิกกลุ่มความร่วมมือ หรือผู้เสนอโจทย์หรือไม่
declare-none = ฉันไม่มีผลประโยชน์ทับซ้อนกับใบสมัครนี้
declare-conflict = ฉันมีผลประโยชน์ทับซ้อน
declare-kind = ประเภทของผลประโยชน์ทับซ้อน
declare-details = รายละเอียด
declare-details-required = อธิบายผลประโยชน์ทับซ้อน
declare-choose = เลือกคำแถลงอย่างใดอย่างหนึ่ง
declare-recusal-note = การแจ้งผลประโยชน์ทับซ้อนทำให้คุณต้องถอนตัว: คุณจะไม่ให้คะแนนใบสมัครนี้ และการถอนตัวจะเป็นส่วนหนึ่งของสิ่งที่คุณส่ง
declare-confirm = ยืนยันคำแถลง
declare-change = เปลี่ยนคำแถลง
conflict-same_unit = ฉันทำงานให้ผู้สมัคร สมาชิกกลุ่มความร่วมมือ หรือผู้เสนอโจทย์
conflict-former_employer = ฉันเคยทำงานที่นั่นในช่วงสามปีที่ผ่านมา
conflict-collaborator = ฉันเพิ่งทำงาน ตีพิมพ์ หรือยื่นขอทุนร่วมกับทีมนี้
conflict-relative = ญาติใกล้ชิดอยู่ในทีม
conflict-financial_interest = ฉันถือหุ้นหรือมีผลประโยชน์ทางการเงินอื่น
conflict-other = ผลประโยชน์ทับซ้อนอื่น

## Score sheet
sheet-title = แบบให้คะแนน — { $application }
sheet-version = ฉบับที่ { $version }
sheet-overall = คะแนนรวม
sheet-saving = กำลังบันทึก…
sheet-saved = บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว
sheet-save-failed = ไม่ได้บันทึก: { $message }
sheet-undeclared = แจ้งผลประโยชน์ทับซ้อนก่อนเปิดแบบให้คะแนน
sheet-declare = แจ้งและเริ่มให้คะแนน
sheet-declared-none = แจ้งแล้ว: ไม่มีผลประโยชน์ทับซ้อน
sheet-declared-conflict = แจ้งว่ามีผลประโยชน์ทับซ้อน: { $kind } — { $details }
sheet-recused = คุณถอนตัวจากใบสมัครนี้ โปรดส่งการถอนตัวเพื่อให้หน่วยงานได้รับพร้อมคะแนนของคุณ
sheet-submit-recusal = ส่งการถอนตัว
sheet-recusal-submitted = ส่งการถอนตัวแล้ว (ฉบับที่ { $version }, { $date })
sheet-criterion-score = { $score } / 100
sheet-criterion-pending = ยังไม่ครบ
sheet-below-threshold = ต่ำกว่าเกณฑ์ขั้นต่ำ { $threshold }
sheet-scale = { $min }–{ $max } ช่วงละ { $step }
sheet-comment = เหตุผล
sheet-comment-required = จำเป็นสำหรับคะแนนนี้
sheet-not-a-number = พิมพ์ตัวเลข เช่น 7.5
sheet-out-of-range = พิมพ์คะแนนตั้งแต่ { $min } ถึง { $max }
sheet-off-step = คะแนนเพิ่มทีละ { $step }
sheet-vetoes = ข้อยับยั้ง (一票否决)
veto-applies = เข้าเงื่อนไข
veto-not-applies = ไม่เข้าเงื่อนไข
sheet-conclusion = ข้อสรุป
sheet-recommendation = ข้อเสนอแนะโดยรวม
recommendation-recommend = แนะนำ
recommendation-recommend_with_conditions = แนะนำโดยมีเงื่อนไข
recommendation-do_not_recommend = ไม่แนะนำ
sheet-veto-contradicted = มีข้อยับยั้งที่เข้าเงื่อนไข ข้อเสนอแนะจึงต้องเป็น “ไม่แนะนำ”
sheet-decision = คำตัดสิน
decision-pass = ผ่าน
decision-fail = ไม่ผ่าน
sheet-opinion = ความเห็นของผู้เชี่ยวชาญ
sheet-review = ตรวจทานและส่ง
sheet-review-title = ตรวจทานก่อนส่ง
sheet-review-missing = ยังขาดอีก { $count } รายการ เลือกรายการเพื่อไปที่รายการนั้น:
sheet-review-ready = ครบถ้วนทุกรายการแล้ว
sheet-submit = ส่ง
sheet-submit-title = ส่งแบบให้คะแนนหรือไม่
sheet-submit-confirm = เมื่อส่งแล้ว แบบให้คะแนนของ { $application } จะถูกล็อก จนถึง { $date } คุณยังเริ่มการแก้ไขได้ โดยฉบับนี้จะถูกเก็บไว้ในประวัติ
sheet-submit-confirm-open = เมื่อส่งแล้ว แบบให้คะแนนของ { $application } จะถูกล็อก คุณเริ่มการแก้ไขได้ภายหลัง โดยฉบับนี้จะถูกเก็บไว้ในประวัติ
sheet-submitted = ส่งฉบับที่ { $version } เมื่อ { $date } แล้ว เปลี่ยนแปลงไม่ได้อีก
sheet-revise = เริ่มการแก้ไข
sheet-revise-closed = การประเมินเบื้องต้นปิดเมื่อ { $date } แบบให้คะแนนนี้แก้ไขไม่ได้อีก
sheet-history = ฉบับต่าง ๆ
sheet-history-row = ฉบับที่ { $version } · { $state } · คะแนนรวม { $overall } · { $date }
sheet-state-draft = ฉบับร่าง
sheet-state-submitted = ส่งแล้ว
sheet-shortcuts = ปุ่มลัด: Enter / Shift+Enter หัวข้อย่อยถัดไป / ก่อนหน้า · ↑ / ↓ เปลี่ยนคะแนนทีละช่วง · Ctrl+Enter ตรวจทานและส่ง · Ctrl+PageDown / Ctrl+PageUp ใบสมัครถัดไป / ก่อนหน้า

## What keeps a sheet from being submitted
problem-undeclared = ยังไม่ได้แจ้งผลประโยชน์ทับซ้อน
problem-unknown_item = { $item }: ไม่อยู่ในเกณฑ์นี้
problem-unknown_veto = { $veto }: ไม่อยู่ในเกณฑ์นี้
problem-invalid_score = { $item }: คะแนนไม่อยู่ในมาตราส่วน
problem-unscored = { $item }: ยังไม่ได้ให้คะแนน
problem-comment_required = { $item }: คะแนนนี้ต้องมีเหตุผล
problem-veto_unanswered = { $veto }: ยังไม่ได้ตอบ
problem-veto_contradicted = { $veto } เข้าเงื่อนไข ข้อเสนอแนะจึงต้องเป็น “ไม่แนะนำ”
problem-recommendation_missing = ยังไม่มีข้อเสนอแนะโดยรวม
problem-decision_missing = ยังไม่มีคำตัดสิน
problem-opinion_missing = ความเห็นของผู้เชี่ยวชาญว่างเปล่า
