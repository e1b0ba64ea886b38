# The agency server's admin tools.

server-error = Error ({ $code }): { $message }
server-listening = ReviewDesk agency server listening on http://{ $address }
server-call-loaded = Loaded call { $call }: { $applications } applications, { $experts } experts.
server-code = One-time enrollment code for { $expert }: { $code }
server-enrolled = { $expert } is enrolled; give them { $path }.
server-bundle-issued = Bundle { $sequence } for { $expert } written to { $path }.
server-package-accepted = Accepted { $path }: package { $sequence } of { $expert }.
server-password-prompt = Staff password:
server-staff-added = Staff account { $name } saved.
server-assigned = { $expert } now reviews { $count } applications of { $call }; the next bundle carries them.

## Command-line help of reviewdesk-server
server-help = The ReviewDesk agency server and its admin tools.
server-help-db = The server's database file.
server-help-init = Create the database and the agency's keys (once); print the public keys.
server-help-init-url = The address experts reach this server at, sent to them at enrollment.
server-help-serve = Run the HTTP API.
server-help-serve-listen = The address and port to listen on.
server-help-agency-key = Print the agency's public keys (JSON), to give to experts and verifiers.
server-help-load-call = Load (or reload) a call from an agency data file, with its experts and assignments.
server-help-load-call-file = The agency data file (JSON).
server-help-assign = Set exactly which applications of a call an expert reviews.
server-help-assign-call = The call's id.
server-help-assign-expert = The expert's id.
server-help-assign-applications = Application ids, separated by commas.
server-help-code = Issue a one-time enrollment code for an expert (printed alone on standard output).
server-help-code-expert = The expert's id.
server-help-enroll = Answer an enrollment request file with a response file (offline enrollment).
server-help-enroll-request = The expert's enrollment request file.
server-help-enroll-out = Where to write the response file.
server-help-issue-bundle = Seal a new assignment bundle of a call for an expert.
server-help-issue-bundle-expert = The expert's id.
server-help-issue-bundle-call = The call's id.
server-help-issue-bundle-out = Where to write the bundle.
server-help-import-package = Accept score package files brought by hand.
server-help-import-package-files = The package files.
server-help-progress = Show each expert's progress (JSON).
server-help-add-staff = Add or replace a staff account (password from REVIEWDESK_STAFF_PASSWORD or a prompt).
server-help-add-staff-name = The staff member's user name.
server-staff-key-prompt = Passphrase for the staff key file (at least 12 characters):
server-staff-key-weak = The staff key passphrase must have at least 12 characters.
server-staff-key-written = Staff key file written to { $path }. Hand it over with its passphrase told separately.
server-help-staff-key = Write the staff key file: the agency's keys and the experts' public keys, sealed with a passphrase (REVIEWDESK_STAFF_KEY_PASSPHRASE or a prompt).
server-help-staff-key-out = Where to write the staff key file.
