# The desktop app's interface.
app-title = ReviewDesk
app-tagline = Expert review for the cross-border open competition
language-label = Language
language-zh-CN = 中文
language-en = English
language-vi = Tiếng Việt
language-th = ไทย
language-id = Bahasa Indonesia
language-ms = Bahasa Melayu
language-fil = Filipino
language-km = ខ្មែរ
language-lo = ລາວ
language-my = မြန်မာ
yes = Yes
no = No
none = None
close = Close
cancel = Cancel
save = Save
months = { $count } months

## First run: creating the vault
setup-title = Create your vault
setup-intro = ReviewDesk keeps the applications assigned to you in an encrypted vault on this computer. Choose a passphrase to protect it. If you forget it, the recovery key shown next opens the vault.
setup-passphrase = Passphrase
setup-confirm = Repeat the passphrase
setup-create = Create vault
setup-creating = Creating the vault…
setup-demo-note = The demo call will be imported into the new vault.
strength-label = Strength: { $level ->
        [0] very weak
        [1] weak
        [2] fair
        [3] good
       *[4] strong
    }
strength-hint-short = Use at least 12 characters.
strength-hint-words = Several unrelated words are strong and easy to remember.
strength-hint-ok = A good passphrase.

## Unlocking
unlock-title = Unlock your vault
unlock-passphrase = Passphrase
unlock-button = Unlock
unlock-working = Unlocking…
unlock-auto-locked = The vault locked itself after a period without activity.
unlock-locked = The vault is locked.

## Main screen
main-lock = Lock
main-import = Import agency data…
main-settings = Settings
import-progress = Importing… { $done } of { $total }
import-done = Imported { $applications } applications for { $demands } demands.
import-replaced = Updated the call with the new file: { $applications } applications for { $demands } demands.
import-unchanged = This file was already imported; nothing changed.
search-label = Search applications
search-placeholder = Name, credit code, team member, demand…
filter-country = Country
filter-field = Field
filter-all = All
clear-filters = Clear filters
list-count = { $applications } applications · { $demands } demands
list-no-match = No application matches. Clear the search or the filters to see them all.
empty-title = No agency data yet
empty-body = Import the agency data file you received for this call. It stays encrypted on this computer.
demand-applicants = { $count ->
        [one] 1 applicant
       *[other] { $count } applicants
    }
demand-single = Single applicant: goes straight to signing after formal review.
select-prompt = Select an application on the left to read it here.
deadline = Application deadline: { $date }

## Settings
settings-title = Settings
settings-auto-lock = Lock after this many minutes without activity
settings-saved = Settings saved.
settings-change-passphrase = Change passphrase
settings-new-passphrase = New passphrase
settings-passphrase-changed = The passphrase was changed.

## Application view
app-section-overview = Overview
app-demand = Demand
app-demand-side = Demand side
app-country = Country
app-field = Field
app-need = Technical need
app-goals = Goals
app-scenario = Scenario
app-resource-line = { $kind }: { $description }
app-resources = Resources committed by the demand side
app-submitted = Submitted on
app-recommendation = Recommended by
app-self-recommended = Self-recommended
app-section-applicants = Applicants
app-lead = Lead applicant
app-member = Consortium member
app-unit-kind = Type
app-credit-code = Unified social credit code
app-credit-valid = check character correct
app-credit-invalid = not a valid code: { $reason }
app-registered-on = Registered on
app-address = Registered address
app-legal-person = Independent legal person
app-section-finance = R&D investment (last year)
app-unit = Unit
app-year = Year
app-revenue = Main business revenue
app-rnd-spend = R&D spend
app-rnd-intensity = R&D intensity
app-section-team = Team
app-leader = Project leader
app-name = Name
app-role = Role
app-full-time = Full-time R&D
app-languages = Languages
app-international = International experience
app-can-work-in-asean = Can work in ASEAN
app-team-summary = { $people } people, { $fulltime } full-time R&D
app-section-ip = Intellectual property
app-ip-line = { $kind }, number { $number }, held by { $holder }, granted on { $date }
app-section-cases = Commercialisation cases
app-case-line = { $year } · customer: { $customer } · contract value: { $value }
app-section-integrity = Research integrity
app-sanction = Active sanction declared
app-commitment-letter = Integrity commitment letter
app-credit-report = Public credit report
app-supplied = Supplied
app-missing = Missing
app-section-feasibility = Feasibility report
app-section-not-supplied = Section not supplied
app-section-budget = Budget and period
app-public-request = Public funding requested
app-self-raised = Self-raised funds
app-matching = Matching ratio (self-raised : public)
app-period = Implementation period
app-funding-sources = Funding sources
app-section-cooperation = Cooperation modes
app-section-partnership = ASEAN partnership base
app-agreements = Cooperation agreements and joint projects
app-deployments = Deployments in ASEAN
app-local-teams = Local teams and partners
app-since = since { $date }
app-section-relation = Relation with the demand side
app-no-relation = No relation declared
app-section-attachments = Attachments
app-open-attachment = Open
attachment-loading = Opening the attachment…
attachment-page = Page { $page } of { $pages }
attachment-previous = Previous page
attachment-next = Next page
attachment-unsupported = This attachment cannot be shown here.

## Countries
country-BN = Brunei
country-KH = Cambodia
country-ID = Indonesia
country-LA = Laos
country-MY = Malaysia
country-MM = Myanmar
country-PH = Philippines
country-SG = Singapore
country-TH = Thailand
country-VN = Vietnam

## Fields
field-smart_agriculture = Smart agriculture
field-healthcare = Healthcare
field-smart_manufacturing = Smart manufacturing
field-logistics = Logistics
field-energy = Energy
field-education = Education
field-finance = Finance
field-tourism = Tourism
field-environment = Environment
field-smart_city = Smart city
field-language_technology = Language technology
field-other = Other

## Kinds of organisation
demand-side-university = University
demand-side-research_institute = Research institute
demand-side-enterprise = Enterprise
demand-side-government_body = Government body
unit-enterprise = Enterprise
unit-university = University
unit-research_institute = Research institute
unit-other = Other

## Resources, cooperation, relations, IP, attachments
resource-funds = Funds
resource-site = Site
resource-data = Data
resource-personnel = People
resource-policy_coordination = Policy coordination
mode-technology_transfer = Technology transfer
mode-joint_rnd = Joint R&D
mode-training = Training
mode-technology_licensing = Technology licensing
mode-technology_investment = Technology investment
mode-other = Other
relation-same_unit = Same unit
relation-subsidiary = Subsidiary
relation-control = Control
relation-joint_control = Joint control
relation-significant_influence = Significant influence
relation-equity = Equity relation
relation-related_party_transactions = Related-party transactions
ip-invention_patent = Invention patent
ip-utility_patent = Utility model patent
ip-software_copyright = Software copyright
ip-other = Other
attachment-business_licence = Business licence
attachment-audited_financial_report = Audited financial report
attachment-staff_list = Staff list
attachment-ip_certificate = IP certificate
attachment-commercialisation_evidence = Commercialisation evidence
attachment-integrity_commitment = Integrity commitment letter
attachment-credit_report = Public credit report
attachment-feasibility_report = Feasibility report
attachment-cooperation_agreement = Cooperation agreement
attachment-relation_declaration = Relation declaration
attachment-other = Other

## Feasibility report sections
section-technology_status = Technology status and trends
section-research_base = Applicant's research base
section-asean_market_feasibility = Feasibility for the ASEAN target market
section-rnd_content_and_route = R&D content and technical route
section-organisation = Organisation
section-innovations = Innovations
section-schedule = Schedule
section-economic_benefit = Expected economic benefit
section-deployment_plan = Deployment plan for the scenario
section-budget_and_funding = Budget and funding sources
section-risk_response = Risk response
section-local_partners = Local ASEAN partners
section-ip_and_benefit_sharing = IP ownership and benefit sharing

## Credit code problems
credit-wrong-length = it must have 18 characters
credit-bad-character = it has a character that codes do not use
credit-bad-division = characters 3 to 8 must be digits
credit-check-mismatch = the check character is wrong

## Sync with the agency
sync-title = Sync with the agency
sync-short-idle = Not connected
sync-short-sending = Sending…
sync-short-offline = { $queued ->
    [0] Offline
   *[other] Offline · { $queued } waiting
}
sync-short-all_synced = All synced
sync-short-needs_attention = Needs attention
sync-short-revoked = Key revoked
sync-phase-idle = Not connected to an agency server.
sync-phase-sending = Sending score packages…
sync-phase-offline = The agency server cannot be reached. { $queued ->
    [0] Nothing is waiting.
    [one] One package waits and is sent when the connection returns.
   *[other] { $queued } packages wait and are sent when the connection returns.
}
sync-phase-all_synced = Everything submitted has reached the agency, with a signed receipt.
sync-phase-revoked = The agency revoked this laptop's key, so this vault sends nothing more. { $queued ->
    [0] Nothing was waiting.
    [one] One package stays here, unsent.
   *[other] { $queued } packages stay here, unsent.
}
sync-phase-needs_attention = { $quarantined ->
    [one] The agency refused one package; see the reason below.
   *[other] The agency refused { $quarantined } packages; see the reasons below.
}
sync-not-enrolled = This vault is not yet connected to an agency. Enter the server address, your expert id and the one-time code the agency gave you. Without a network, use the command line: reviewdesk enroll --request.
sync-server = Agency server address
sync-expert-id = Expert id
sync-code = One-time code
sync-enroll = Connect
sync-enrolled = Connected as { $id }. The agency's key is now pinned.
sync-identity = Expert { $id } · server { $server }
sync-agency-key = Agency key: { $key }
sync-now = Sync now
sync-export = Export packages to a folder…
sync-exported = { $count ->
    [0] No package needed exporting.
    [one] One package was written. Hand it to the agency.
   *[other] { $count } packages were written. Hand them to the agency.
}
sync-empty = No score package yet: submitting a sheet makes one.
sync-applications = Applications
sync-state = State
package-queued = Waiting to be sent
package-at_meeting = Received by the meeting's hub; goes to the agency server at the next sync
package-delivered = Delivered, receipt kept
package-quarantined = Refused by the agency
receipt-received = Received by the agency { $at }
receipt-digest = Package fingerprint (SHA-256 of its manifest)
receipt-signature = Agency signature
receipt-explained = The agency signed this receipt with its key, which this vault checked on arrival: proof that the package reached the agency unchanged.

## Staff mode: the panel's results
main-panel = Panel results
settings-staff = Agency staff
settings-staff-note = Staff of the agency install the staff key file the agency server writes; with it this vault opens and checks the panel's score packages and writes the review minutes.
settings-staff-passphrase = Passphrase of the staff key file
settings-staff-install = Install staff key…
settings-staff-installed = Staff key installed.
settings-connection = Connection
settings-insecure-http = Allow plain HTTP to an agency server on another machine
settings-insecure-http-note = Only when the agency asks for it, on a network you trust: passwords and scores would cross it unprotected. This machine's own server is always allowed.
panel-title = Panel results
panel-import = Import package files…
panel-fetch = Fetch from the server
panel-fetch-user = Staff account
panel-fetch-password = Password
panel-imported = { $count ->
    [0] No new package: every one was imported before.
    [one] One package checked and imported.
   *[other] { $count } packages checked and imported.
}
panel-fetched = { $count ->
    [0] No new package on the server.
    [one] One new package fetched, checked and imported.
   *[other] { $count } new packages fetched, checked and imported.
}
panel-import-aside = Set aside: { $waiting } waiting for an earlier package of the same expert, { $refused } kept in place but not counted because their scores were refused.
panel-forwarded = Packages taken at the meeting and forwarded to the agency server: { $count }.
panel-export-minutes = Write the review minutes…
panel-export-opinions = Write the opinion forms…
panel-export-matrix = Export the score matrix…
panel-written = Written: { $path }
panel-saved = Saved.
panel-save = Save
panel-meeting = Meeting
panel-meeting-date = Date
panel-meeting-place = Place
panel-meeting-online = Online meeting
panel-meeting-chair = Chair
panel-meeting-staff = Agency staff present (separate names with ;)
panel-scores-by-expert = Overall scores by expert
panel-expert = Expert
panel-recused = recused
panel-missing = missing
panel-result = Aggregated result
panel-rank = Rank
panel-applicant = Applicant
panel-overall = Overall
panel-status = Status
panel-status-ranked = ranked
panel-status-discuss = ranked; scores spread widely, for discussion
panel-status-failed_formal_review = not ranked: failed formal review
panel-status-no_scores = not ranked: no scores yet
panel-status-vetoed = not ranked: vetoed
panel-status-below_pass_mark = not ranked: below the pass mark
panel-status-below_threshold = not ranked: below a criterion's threshold
panel-missing-experts = waiting for { $experts }
panel-outcome-straight_to_signing = The only applicant that passed formal review goes straight to signing: { $application }
panel-outcome-selected = Selected: { $application }
panel-outcome-tie_unresolved = Equal after every tie-break: { $applications }. Record the panel's vote.
panel-outcome-tie_unresolved-no-vote = Equal after every tie-break: { $applications }. The call's rule breaks the tie no further: the panel decides, and the chair's note records how.
panel-round-none = Experts score alone.
panel-round-discussion = Open for discussion: experts who submitted see the panel's scores.
panel-round-revision = Open for revision: experts see the panel's scores and may revise their sheets.
panel-open-discussion = Open for discussion
panel-open-revision = Open for revision
panel-close-round = Close the round
panel-outcome-awaiting_scores = No conclusion yet: sheets are missing.
panel-outcome-none_selectable = No applicant can be selected.
panel-note = Panel's note (chair)
panel-votes = Panel vote (votes per applicant, when held)
panel-matrix-shows = Scores shown
recovery-title = Your recovery key
recovery-intro = If you forget your passphrase, this key opens your vault and lets you choose a new one. Write it down or print this page, and keep it apart from this computer. It is shown only now.
recovery-print = Print…
recovery-confirm = To confirm you kept it, type its last four characters
recovery-kept = I have kept it
recovery-confirm-wrong = That is not the end of your recovery key. Look again at what you wrote down.
unlock-forgot = Forgot your passphrase?
reset-title = Set a new passphrase
reset-intro = Type the recovery key you kept when the vault was made, then choose a new passphrase. Everything in the vault is kept.
reset-recovery-key = Recovery key
reset-button = Set it and unlock
reset-working = Opening the vault…
reset-back = Back to unlocking with the passphrase
recovery-missing = This vault has no recovery key yet: without one, a forgotten passphrase cannot be reset.
recovery-make = Make a recovery key
settings-recovery = Recovery key
settings-recovery-note = Make a new recovery key if the one you kept is lost or someone else has seen it. The old one stops working.
settings-recovery-new = Make a new recovery key…
recovery-new-note = Your new recovery key. Any earlier one no longer works.
backup-reminder = Your last backup is more than a day old and there is work since. A lost or broken laptop would lose it.
backup-now = Back up now…
backup-written = Backup written to { $path }.
settings-backup = Backup
settings-backup-last = Last backup: { $time }.
settings-backup-never = This vault has never been backed up. A backup is encrypted like the vault; keep it away from this laptop.
setup-restore = Restore a backup…
setup-restore-note = Moving to a new laptop? Restore the backup you made on the old one instead.
unlock-restored = Restored the backup of { $time }. Unlock it with the passphrase it had then, or with its recovery key.
sync-by-file-title = No connection? Enroll by file
sync-by-file = Write a request file with your expert id and one-time code and send it to the agency (by e-mail or on a USB stick); then read the response file they send back.
sync-by-file-needs = Fill in your expert id and one-time code first.
sync-write-request = Write request file…
sync-read-response = Read response file…
sync-request-written = Request written to { $path }. Send it to the agency, then read their response file here.
sync-import-bundle = Import bundle file…
sync-device-key = This laptop's key, as the agency registered it: { $key }
sync-continues-after = Enrolled again after a lost device: this vault's packages follow package { $sequence }, the last the agency received, and the sheets you had sent came back with your bundle.
sync-enroll-again = Enroll this vault again…
sync-enroll-again-note = Enter the one-time code the agency gave you for enrolling again. This vault gets new keys; your sheets stay, and what was not sent goes with the new key, after the last package the agency received.

## The Windows installer (src-tauri/windows/installer.nsi, through cargo xtask windows)
installer-webview2-missing = ReviewDesk needs the Microsoft Edge WebView2 Runtime, which this computer does not have yet. Install it from https://go.microsoft.com/fwlink/p/?LinkId=2124703, then start ReviewDesk. The command-line tools in the bin folder work without it.
installer-shortcut-description = Offline expert review for the cross-border open competition
installer-remove-data = Also delete my vaults and settings
installer-remove-data-description = Deletes the vaults on this computer, with any scores not yet sent to the agency. Leave it unticked to keep them for a later installation.
installer-remove-data-confirm = Delete every vault and setting in { $folder }? Scores not yet sent to the agency will be lost.
main-meeting = Meeting
meeting-title = Panel meeting
meeting-intro = Run the meeting on this room's network: experts' apps send their scores to this laptop, with no internet needed.
meeting-start = Start a meeting
meeting-stop = End the meeting
meeting-stop-confirm-title = End the meeting?
meeting-stop-confirm-body = Experts' apps stop reaching this laptop. Nothing is lost: their scores stay in their vaults and reach the agency server when they sync, and the packages taken here stay in this vault, to forward with “Fetch from the server”.
meeting-join-card = Join card
meeting-code-label = Meeting code
meeting-addresses-label = Address
meeting-fingerprint-label = Certificate fingerprint (SHA-256)
meeting-qr-alt = QR code of the address and meeting code
meeting-board = Live board
meeting-board-demand = { $demand } { $title }: { $done } of { $assigned } sheets in
meeting-board-applicant = Applicant
meeting-state-not_started = Not started
meeting-state-scoring = Scoring
meeting-state-submitted = Submitted
meeting-state-revising = Revising
meeting-state-recused = Recused
meeting-join-intro = Type the address and the code from the chair's join card, or paste the line under its QR code. Your scores still reach the agency server when you sync.
meeting-hub-label = Address or join line
meeting-join = Join
meeting-joined = In the meeting on call { $call } at { $address } — meeting code { $code }.
meeting-leave = Leave the meeting
meeting-awaiting = Packages still to reach the agency server itself: { $count }. They go at the next sync.
meeting-nothing-open = The chair has opened no demand of yours for discussion yet. Keep scoring: the hub receives your sheets as you submit them.
meeting-recused = You are recused.
meeting-flagged = flagged for discussion
meeting-overall = Overall
meeting-criterion = Criterion
meeting-scores = Scores, lowest first
meeting-median = Median
meeting-range = Range
meeting-reasons = The others' reasons
meeting-opinions = The others' opinions
meeting-minutes = Minutes for signing
meeting-minutes-intro = When the panel has decided, fix the minutes: each expert's app shows their content to sign, and the minutes PDF lists every signature.
meeting-minutes-fixed = Fixed for signing { $at }.
meeting-minutes-digest = Content SHA-256: { $digest }
meeting-minutes-stale = The panel's data changed since the minutes were fixed (a package, a note or a vote): fix them again, and the panel signs the new content.
meeting-minutes-signed-by = { $name } ({ $expert }) signed { $at }
meeting-minutes-waiting-for = { $name } ({ $expert }) has not signed yet
meeting-fix = Fix the minutes for signing
meeting-fix-again = Fix the minutes again
meeting-fix-confirm-title = Fix the minutes for signing?
meeting-fix-confirm-body = The minutes' content is fixed as the panel's data gives it now, and every expert's app shows it to sign. Record the meeting's particulars and the chair's notes first: a later change means fixing again and signing again.
meeting-fix-again-confirm-body = The content is fixed anew as the panel's data gives it now. Signatures of the earlier content no longer count: every expert signs again.
meeting-sign = Sign the minutes
meeting-sign-confirm-title = Sign these minutes?
meeting-sign-confirm-body = Your key signs exactly the content shown (SHA-256 { $digest }). The signature cannot be taken back; if the chair changes the minutes, you are asked to sign again.
meeting-minutes-you-signed = You signed these minutes.
