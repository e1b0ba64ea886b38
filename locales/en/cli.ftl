# Messages of the reviewdesk command line.
cli-error = error: { $message }
cli-passphrase-prompt = Vault passphrase:{" "}
cli-new-passphrase-prompt = New vault passphrase:{" "}
cli-confirm-passphrase-prompt = Repeat the passphrase:{" "}
cli-demo-written = Wrote a demo call with { $demands } demands and { $applications } applications to { $path }.
cli-vault-created = Created an encrypted vault at { $path }.
cli-passphrase-changed = The passphrase of { $path } was changed.
cli-import-progress = Importing: { $done } of { $total } records
cli-imported = Imported call { $call }: { $demands } demands, { $applications } applications, { $attachments } attachments.
cli-reimported = Replaced call { $call } with the new data: { $demands } demands, { $applications } applications, { $attachments } attachments.
cli-already-imported = Call { $call } was already imported from this exact file; nothing changed.
cli-list-empty = The vault holds no agency data yet. Import a file with: reviewdesk import FILE --vault VAULT

## Help texts
cli-help = ReviewDesk: offline expert review for the cross-border open competition
cli-help-demo-data = Write a generated demo call (agency data format) to OUT.
cli-help-demo-data-scale = Make the call this many times larger (10 demands and 26 applications each).
cli-help-demo-data-today = Date the call from today: applications closed yesterday, the pre-review due in two weeks.
cli-help-vault = Manage vaults.
cli-help-vault-create = Create a new encrypted vault.
cli-help-vault-change-passphrase = Change the passphrase of a vault (the new one from REVIEWDESK_NEW_PASSPHRASE or a prompt).
cli-help-import = Import an assignment bundle (.zip) or an agency data file into a vault; all or nothing.
cli-help-enroll = Enroll this vault with the agency: --expert and --code with --server (online), or with --request then --response (offline).
cli-help-enroll-expert = Your expert id, as the agency gave it.
cli-help-enroll-code = The one-time code the agency gave you.
cli-help-enroll-request = Where to write the enrollment request for the agency.
cli-help-enroll-response = The enrollment response file from the agency.
cli-help-list = List the demands and applications in a vault.
cli-help-list-json = Print JSON instead of a table.
cli-help-list-search = Only applications matching this text.
cli-help-show = Show one application in full, as JSON.
cli-help-show-call = The call the application belongs to (default: the latest imported).
cli-help-check = Show the formal-review checklist of one application.
cli-help-check-json = Print JSON instead of text.
cli-help-check-call = The call the application belongs to (default: the latest imported).
cli-sheet-draft = { $application }: sheet version { $version } saved as a draft; overall { $overall }; { $missing ->
    [one] one thing
   *[other] { $missing } things
} still to complete.
cli-sheet-submitted = { $application }: sheet version { $version } submitted; overall { $overall }.
cli-sheet-recused = { $application }: recused for a conflict of interest (sheet version { $version }).
cli-help-score = Fill the score sheet of an application from a sheet file, validated like the form.
cli-help-score-submit = Submit the sheet once saved; refused while anything is missing.
cli-help-score-revise = Start a new version of a submitted sheet first (until the pre-review deadline).
cli-help-sheets = List the score sheets in a vault.
cli-enrollment-requested = Enrollment request written to { $path }. Send it to the agency, then run enroll with --response and the file it returns.
cli-enrolled = Enrolled as { $id }. The agency key { $agency } is now pinned.
cli-help-submit = Submit a complete sheet; once enrolled, this queues its score package.
cli-help-outbox = List the score packages in the outbox, or export those not yet delivered.
cli-help-outbox-export = Write each undelivered package into this folder, for the agency.
cli-help-verify = Check a score package's signature and hashes without a vault.
cli-help-verify-agency-key = The agency's public keys (JSON: signing, encryption).
cli-help-verify-expert-key = The expert's registered public keys; without it, the key the package names.
cli-help-verify-expert = Whose registered keys --expert-key holds: the package must name this expert.
cli-outbox-exported = { $count ->
    [one] One package was
   *[other] { $count } packages were
} written to { $path }.
cli-outbox-line = #{ $sequence } { $state }: { $applications } ({ $id })
cli-verified = Package { $id } from expert { $expert } (#{ $sequence }) is intact and signed by their registered key.
cli-verified-intact = Package { $id } (#{ $sequence }, expert { $expert }) is intact and signed by the key it names, { $key }. Compare that key with the expert's registered key.
cli-package-queued = queued
cli-package-at-meeting = at the meeting's hub, for the agency at the next sync
cli-package-delivered = delivered
cli-package-quarantined = refused by the agency
cli-help-sync = Send queued score packages to the agency server and fetch newer bundles.
cli-help-sync-server = The server's address (default: the one given at enrollment).
cli-help-sync-insecure_http = Speak plain HTTP to a server on another machine (only if the agency asks for it).
cli-help-sync-parts_above = Upload packages larger than this many bytes in parts that resume after a cut (default 262144).
cli-help-enroll-server = Enroll online with the agency server at this address.
cli-help-enroll-insecure_http = Speak plain HTTP to a server on another machine (only if the agency asks for it).
cli-synced = Sync: { $delivered } delivered, { $refused } refused by the agency, { $pending } still queued; { $bundles ->
    [0] no new bundle
    [one] one new bundle
   *[other] { $bundles } new bundles
}.

## Staff mode
cli-help-staff = Agency staff: the panel's packages, results, minutes and score matrix.
cli-help-staff-key = Install the staff key file (its passphrase from REVIEWDESK_STAFF_KEY_PASSPHRASE or a prompt).
cli-help-staff-import = Check and import score package files; each all or nothing.
cli-help-staff-panel = Show the panel's result per demand.
cli-help-staff-panel-json = Print JSON instead of text.
cli-help-staff-meeting = Record the meeting's date, place, chair and staff.
cli-help-staff-meeting-place = The meeting room; leave out for an online meeting.
cli-help-staff-meeting-chair = The chair's expert id.
cli-help-staff-meeting-staff = An agency staff member present; repeat for each.
cli-help-staff-note = Record the panel's note and vote for a demand.
cli-help-staff-round = Open a demand for the meeting's discussion or revision round, or close its round.
cli-help-staff-round-round = discussion, revision or close.
cli-help-staff-note-votes = A recorded vote, as APPLICATION=VOTES; repeat for each applicant.
cli-help-staff-minutes = Write the review minutes (PDF), and optionally the score matrix (CSV) and the opinion forms.
cli-help-staff-minutes-csv = Also write the score matrix to this CSV file.
cli-help-staff-minutes-opinions = Also write each expert's opinion form (PDF) into this folder.
cli-help-staff-minutes-language = The documents' language beside Chinese (default: this command's).
cli-staff-key-prompt = Passphrase of the staff key file:
cli-staff-key-installed = Staff key installed: agency key { $agency }, { $experts } experts' keys.
cli-staff-package-imported = { $path }: package { $sequence } of { $expert } checked and imported ({ $sheets } sheets).
cli-staff-package-again = { $path }: package { $sequence } of { $expert } was imported before; nothing changed.
cli-staff-package-waiting = { $path }: package { $sequence } of { $expert } came before an earlier one; it waits aside and is imported when that one is.
cli-staff-package-refused = { $path }: package { $sequence } of { $expert } keeps its place, but its scores do not count. { $reason }
cli-staff-demand = Demand { $id }
cli-staff-missing = missing: { $experts }
cli-staff-outcome-straight_to_signing = { $application } goes straight to signing (the only applicant that passed formal review)
cli-staff-outcome-selected = { $application } selected
cli-staff-outcome-tie_unresolved = tie between { $applications }: the panel votes
cli-staff-outcome-tie_unresolved-no-vote = tie between { $applications }: the call's rule breaks it no further; the panel decides
cli-staff-outcome-awaiting_scores = waiting for sheets
cli-staff-outcome-none_selectable = no applicant can be selected
cli-staff-saved = Saved.
cli-staff-written = Written: { $path }
cli-help-staff-fetch = Fetch the call's packages from the agency server (staff password from REVIEWDESK_STAFF_PASSWORD or a prompt) and import those not held yet.
cli-help-staff-fetch-server = The server's address (default: the one in the staff key).
cli-help-staff-fetch-insecure_http = Speak plain HTTP to a server on another machine (only if the agency asks for it).
cli-help-staff-fetch-user = Your staff account on the server.
cli-staff-password-prompt = Staff password on the agency server:
cli-staff-fetched = { $count ->
    [one] One new package fetched from { $server }, checked and imported.
   *[other] { $count } new packages fetched from { $server }, checked and imported.
}
cli-recovery-key = Recovery key (write it down and keep it apart from this computer; it is shown only now): { $key }
cli-recovery-key-prompt = Recovery key:{" "}
cli-passphrase-reset = { $path } opens with the new passphrase; the recovery key still works.
cli-help-vault-reset-passphrase = Set a new passphrase with the recovery key (from REVIEWDESK_RECOVERY_KEY or a prompt) when the passphrase is forgotten.
cli-help-vault-new-recovery-key = Make a new recovery key for a vault; the one before stops working.
cli-help-vault-backup = Write an encrypted backup of a vault to a file.
cli-help-vault-restore = Restore a backup file as a vault where there is none yet.
cli-backup-written = Backup written to { $path } (taken { $time }).
cli-backup-restored = Restored the backup of { $time } as { $path }. Open it with the passphrase it had then, or reset it with its recovery key.
cli-meeting-joined = Joined the meeting on call { $call } at { $address } (certificate { $fingerprint }).
cli-meeting-step = Packages sent to the meeting's hub: { $delivered }; still to send: { $pending }.
cli-meeting-nothing-open = The chair has opened no demand of yours for discussion yet.
cli-meeting-recused = { $application }: You are recused.
cli-meeting-overall = overall
cli-meeting-flagged = {" "}— flagged for discussion
cli-meeting-spread = {"  "}{ $application } { $criterion }: { $scores } (median { $median }, range { $low }–{ $high }){ $flag }
cli-meeting-left = Left the meeting. The packages still go to the agency server at the next sync.
cli-help-meeting = An expert at a panel meeting: join the hub on the room's network, keep in step with it, leave.
cli-help-meeting-join = Join the meeting on the chair's join card: its address and code, or the line its QR code carries.
cli-help-meeting-join-hub = The hub's address (https://ADDRESS:PORT), or the join line ADDRESS#CODE.
cli-help-meeting-join-code = The meeting code on the join card.
cli-help-meeting-status = Send the hub what it lacks, tell it what is being scored, and show the open discussions.
cli-help-meeting-status-json = Print the open discussions as JSON.
cli-help-meeting-leave = Leave the meeting joined; the packages still go to the agency server at the next sync.
cli-meeting-minutes = The chair fixed the minutes of call { $call } for signing ({ $fixed }). Content SHA-256: { $digest }
cli-meeting-minutes-applicant = {"  "}{ $rank }. { $application } { $lead }: { $score }
cli-meeting-minutes-signed = You signed these minutes.
cli-meeting-minutes-sign-hint = Read them; to sign: reviewdesk meeting sign --vault { $vault } --digest { $digest }
cli-meeting-signed = You signed the minutes of call { $call } (content SHA-256 { $digest }). The hub keeps your signature for the minutes PDF.
cli-help-meeting-sign = Sign the minutes the chair fixed, whose content SHA-256 `meeting status` showed.
cli-help-meeting-sign-digest = The content SHA-256 of the minutes you read: signed only if the hub still shows them.
cli-help-verify-minutes = Check a minutes PDF: recompute its content's digest and check every signature, with the agency's public keys alone.
cli-help-verify-minutes-minutes = The minutes PDF.
cli-minutes-content-holds = { $path }: the minutes of call { $call } ({ $demands } demands) are as the agency sealed them; content SHA-256 { $digest }.
cli-minutes-never-fixed = The chair never fixed these minutes for signing: no expert signed them electronically.
cli-minutes-signature-holds = {"  "}{ $expert } { $name }: signed { $at }, signature verified (key { $key }).
cli-minutes-signature-fails = {"  "}{ $expert } { $name }: the signature of { $at } does not hold: { $reason }
cli-minutes-unsigned = {"  "}{ $expert } { $name }: did not sign electronically.
cli-help-staff-fix-minutes = Fix the minutes' content as the panel's data gives it now, for the experts to sign at the meeting.
cli-staff-minutes-fixed = The minutes of call { $call } are fixed for signing: content SHA-256 { $digest }. Experts to sign: { $experts }.
