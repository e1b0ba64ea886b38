# Errors, keyed by the code that crosses from the Rust core to the UI and the CLI.
error-vault-wrong-passphrase = The passphrase is wrong. Nothing was changed.
error-vault-not-found = No vault at { $path }.
error-vault-exists = A vault already exists at { $path }.
error-vault-encryption-unavailable = Encryption is not available in this build, so ReviewDesk will not store any data.
error-vault-key-file-damaged = The vault's key file is damaged ({ $detail }).
error-vault-newer-schema = This vault was written by a newer version of ReviewDesk. Please update ReviewDesk.
error-vault-locked = The vault is locked. Unlock it first.
error-vault-corrupt = The vault data is damaged ({ $detail }).
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
