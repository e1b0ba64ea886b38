# Errors, keyed by the code that crosses from the Rust core to the UI and the CLI.
error-vault-wrong-passphrase = The passphrase is wrong. Nothing was changed.
error-vault-not-found = No vault at { $path }.
error-vault-in-use = The vault at { $path } is open in another ReviewDesk window or program. Close it there, then try again.
error-vault-exists = A vault already exists at { $path }.
error-vault-encryption-unavailable = Encryption is not available in this build, so ReviewDesk will not store any data.
error-vault-key-file-damaged = The vault's key file is damaged ({ $detail }). Restore the vault and its key file from a backup, or ask the agency to send your assignment again.
error-vault-newer-schema = This vault was written by a newer version of ReviewDesk. Please update ReviewDesk.
error-vault-locked = The vault is locked. Unlock it first.
error-vault-corrupt = The vault data is damaged ({ $detail }). Restore the vault and its key file from a backup, or ask the agency to send your assignment again.
error-not-found = Nothing found with id { $id }.
error-passphrase-empty = Please enter a passphrase.
error-passphrase-mismatch = The two passphrases do not match.
error-passphrase-too-weak = This passphrase is too easy to guess. Use a longer one, such as several unrelated words.
error-io = The file could not be read or written: { $detail }
error-internal = Something went wrong inside ReviewDesk: { $detail }
error-document = The agency data file was refused, nothing was imported. { $location }{ $reason }
document-location = At { $path }:{" "}
document-too-large = The file is { $size } bytes, more than the { $limit } bytes allowed.
document-syntax = It is not valid JSON (line { $line }, column { $column }).
document-wrong-format = It is not a ReviewDesk agency data file (format is “{ $found }”).
document-unsupported-version = Its format version { $found } is not supported; this version of ReviewDesk reads version { $supported }.
document-missing-field = The required field “{ $field }” is missing.
document-unknown-field = The field “{ $field }” is not part of the format.
document-unknown-value = “{ $value }” is not one of the allowed values.
document-wrong-type = Wrong type: { $detail }.
document-invalid-value = Invalid value: { $detail }.
document-blank-text = The text is empty in every language.
document-bad-language-tag = “{ $tag }” is not a language tag.
document-duplicate-id = The id “{ $id }” is used twice.
document-unknown-reference = It refers to { $target ->
        [demand] demand
        [application] application
        [attachment] attachment
       *[expert] expert
    } “{ $id }”, which is not in the file.
document-foreign-attachment = Attachment “{ $id }” belongs to another application.
document-bad-base64 = The attachment content is not valid base64.
document-size-mismatch = The attachment is { $actual } bytes but declares { $declared }.
document-digest-mismatch = The attachment content does not match its SHA-256 digest.
document-unsupported-media-type = Attachments of type “{ $media_type }” are not accepted.
document-content-mismatch = The attachment content is not a { $media_type } file.
document-invalid-rubric = The rubric cannot be scored: { $fault ->
    [precision-too-high] it declares more than 4 decimal places
    [no-criteria] a scored rubric needs at least one criterion
    [duplicate-id] an id is used twice
    [weight-not-positive] a weight must be above zero
    [threshold-out-of-range] a threshold must be between 0 and 100
    [no-items] a criterion needs at least one sub-item
    [bad-scale] a scale needs its minimum below its maximum and a positive step
    [step-not-dividing] the step must divide the scale's range
   *[bad-comment-rule] the comment rule needs 0 ≤ below ≤ above ≤ 1
}.
error-sheet-locked = The sheet of { $id } is submitted and can no longer change. Revise it to start a new version.
error-sheet-invalid = The sheet has a wrong value ({ $item }). Nothing was saved.
error-sheet-incomplete = The sheet cannot be submitted yet: { $count ->
    [one] one thing is
   *[other] { $count } things are
} still missing.
error-sheet-deadline-passed = The pre-review closed on { $date }; submitted sheets can no longer be revised.
error-sheet-file-invalid = The sheet file could not be read: { $detail }

## Enrollment and assignment bundles
error-already-enrolled = This vault is already enrolled as expert { $id }.
error-enrollment-not-started = No enrollment is waiting for a response. Start with an enrollment request.
error-enrollment-file-invalid = The enrollment file could not be read: { $detail }
error-enroll-usage = Give --expert and --code with --server (online) or --request (offline) to enroll, or --response to finish an offline enrollment.
error-not-enrolled = This vault is not enrolled with an agency yet, so it cannot check a bundle's signature.
error-key-revoked = The agency revoked this laptop's key: you were enrolled again on another device. This vault can no longer send scores; your work is kept. Use the vault you were enrolled with, or ask the agency for a re-enrollment code.
error-bundle-call-mismatch = The bundle's content belongs to another call ({ $id }). Nothing was imported.
error-exchange-malformed = The { $kind ->
    [bundle] assignment bundle
   *[package] score package
} is damaged or not a ReviewDesk file ({ $detail }). Nothing was changed.
error-exchange-unsafe-path = The file was refused: the entry “{ $name }” points outside the archive. Nothing was changed.
error-exchange-symlink = The file was refused: the entry “{ $name }” is a link. Nothing was changed.
error-exchange-duplicate-name = The file was refused: two entries have the same name. Nothing was changed.
error-exchange-overlapping-entries = The file was refused: its entries overlap. Nothing was changed.
error-exchange-too-many-entries = The file was refused: { $count } entries, at most { $limit } are allowed. Nothing was changed.
error-exchange-too-large = The file was refused: { $size } bytes, at most { $limit } are allowed. Nothing was changed.
error-exchange-compression-ratio = The file was refused: the entry “{ $name }” would expand more than { $limit } times. Nothing was changed.
error-exchange-unexpected-entry = The file was refused: it holds an unexpected entry “{ $name }”. Nothing was changed.
error-exchange-not-stored = The file was refused: the entry “{ $name }” is compressed; only stored entries are allowed. Nothing was changed.
error-exchange-entry-order = The file was refused: its entries are not in the documented order. Nothing was changed.
error-exchange-invalid-field = The file was refused: the manifest’s { $field } is not of the documented form ({ $value }). Nothing was changed.
error-exchange-wrong-expert = The package names expert { $named }, but was checked against the registered key of { $registered }. Nothing was changed.
error-exchange-not-canonical = The file was refused: its manifest is not in canonical form. Nothing was changed.
error-exchange-wrong-kind = This is a “{ $found }” file, not { $expected ->
    [bundle] an assignment bundle
   *[package] a score package
}. Nothing was changed.
error-exchange-unsupported-version = The file uses format version { $found }, which this version of ReviewDesk cannot read. Nothing was changed.
error-exchange-bad-signature = The signature does not match: the file was not made by the expected party or was altered. Nothing was changed.
error-exchange-revoked-key = Package { $sequence } is signed with a key the agency does not accept at that place in the expert's chain: the key was revoked when the expert was enrolled again. Nothing was changed.
error-exchange-hash-mismatch = The file was refused: “{ $name }” was altered after signing. Nothing was changed.
error-exchange-wrong-recipient = The file is addressed to someone else. Nothing was changed.
error-exchange-expired = The bundle expired on { $date }. Ask the agency for a new one. Nothing was changed.
error-exchange-rollback = The bundle is version { $sequence }, older than the installed version { $installed }. Nothing was changed.
error-exchange-undecryptable = The content cannot be decrypted with this vault's key. Nothing was changed.
error-exchange-bad-key = A key is not valid ({ $detail }).
error-exchange-encryption = Encryption failed: { $detail }
error-key-file-invalid = The key file { $path } could not be read.
error-sync-unreachable = The agency server could not be reached ({ $detail }). Everything stays queued; try again later.
error-sync-refused = The agency server refused the request ({ $code }): { $detail }
error-sync-incomplete = Some packages are still queued: { $detail }. They will be sent at the next sync.
error-no-server = No agency server address is known. Give one with --server.
error-server-certificate-changed = The agency server { $server } answered with another certificate than the one pinned when you enrolled. Someone may be between you and the agency: nothing was sent. Ask the agency whether its certificate changed.
error-server-certificate-untrusted = The agency server { $server } shows a certificate this computer does not trust, and none was pinned for it at enrollment. Nothing was sent; ask the agency for a new enrollment code.
error-insecure-http = Refusing to talk to { $server } over plain HTTP: passwords and scores would cross the network unprotected. Use its https:// address, or, if the agency asks for it, allow plain HTTP (Settings › Connection, or --insecure-http).
error-staff-key-wrong-passphrase = The passphrase does not open this staff key file. Nothing was changed.
error-not-staff = This vault holds no staff key yet. Install the staff key file the agency server wrote (reviewdesk-server staff-key).
error-staff-only = The agency server did not accept this staff name and password.
error-staff-locked = Too many failed staff sign-ins: the agency server refuses this name for a quarter of an hour. Try again later.
error-package-unknown-expert = The package is from { $expert }, whose key is not known here. Install a newer staff key file. Nothing was imported.
error-package-early = Package { $sequence } of { $expert } came before package { $expected }: it waits until the packages between have arrived.
error-package-fork = Package { $sequence } of { $expert } does not follow their package { $head } (a replaced or altered package). Nothing was imported.
error-package-unreadable = The package’s content is not a score document this version can read ({ $detail }). It keeps its place, but its scores do not count.
error-package-unknown-call = The package is for call { $call }, which is not held here. It keeps its place, but its scores do not count.
error-package-content-mismatch = The package’s content names another expert or call than its signed manifest. It keeps its place, but its scores do not count.
error-package-not-assigned = The package holds a sheet for { $application }, which is not assigned to its expert. It keeps its place, but its scores do not count.
error-package-unknown-rubric = The package holds a sheet on rubric { $rubric } version { $version }, which the call does not have. It keeps its place, but its scores do not count.
error-package-invalid-sheet = The package’s sheet for { $application } is not a complete, valid submission (a score off its scale or step, or something missing). It keeps its place, but its scores do not count.
error-package-totals-mismatch = The package’s totals for { $application } are not those of its scores. It keeps its place, but its scores do not count.
error-package-id-reused = A different package with the same id ({ $package }) was received before. Nothing was imported.
error-import-call-signed = Call { $call } arrived signed by the agency; a plain data file cannot replace it. Import the agency’s newer bundle instead. Nothing was changed.
error-fonts-missing = A font needed for the document is missing: { $detail }
error-staff-vote-usage = A vote is written APPLICATION=VOTES, like A001=4; not { $vote }.
error-panel-vote-not-in-rule = The call's tie-break rule has no panel vote, so no vote is recorded for { $demand }. Write the panel's decision in the chair's note.
error-discussion-not-open = The chair has not opened demand { $demand } for discussion yet.
error-discussion-not-submitted = Submit your sheets for { $applications } first: the panel's scores for demand { $demand } are shown only to experts who have submitted.
error-discussion-not-assigned = You score none of the applicants of demand { $demand }, so its discussion is not shown to you.
error-revision-not-allowed = The call does not allow a revision round, so demand { $demand } cannot be opened for revision.
error-meeting-not-joined = This vault has not joined a meeting. Join with the address and the code on the chair's join card.
error-meeting-code-wrong = The hub at { $server } does not answer with the certificate of meeting code { $code }. Check the address and the code on the chair's join card.
error-meeting-not-vouched = The hub at { $server } is not vouched for by the agency's key. It may be someone else's; do not send it your scores.
error-meeting-hub-unreachable = The meeting's hub at { $server } could not be reached ({ $detail }). Your scores stay in this vault and go when the hub answers again.
error-minutes-not-fixed = The chair has not fixed the minutes of call { $call } for signing yet.
error-minutes-changed = The chair fixed the minutes of call { $call } again after you read them. Read them again before you sign.
error-minutes-altered = These minutes' content does not match the digest the panel signed: they were altered after signing. Do not rely on this copy.
error-minutes-unsealed = { $path } carries no minutes sealed by ReviewDesk ({ $detail }), so there is nothing to check it against. Ask the agency for the minutes PDF it exported.
error-minutes-not-on-panel = Expert { $expert } is not one of the experts these minutes name, so cannot sign them.
error-vault-wrong-recovery-key = That recovery key does not open this vault. Nothing was changed.
error-vault-no-recovery-key = This vault has no recovery key: it was made before recovery keys, and none was made since. Only its passphrase opens it.
error-recovery-key-malformed = That is not a recovery key: it has 32 letters and digits, in groups of four.
error-vault-backup-damaged = This backup file is damaged or is not a ReviewDesk backup ({ $detail }). Nothing was restored.
error-vault-newer-backup = This backup was made by a newer version of ReviewDesk. Install the newer version to restore it. Nothing was restored.
error-vault-copy-behind = Another copy of this vault — a restored backup, or this vault on another laptop — already sent package { $sequence }, so this copy cannot. Keep working in the copy that is ahead; this package stays here, set aside.
