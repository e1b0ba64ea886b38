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
