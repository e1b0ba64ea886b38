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
