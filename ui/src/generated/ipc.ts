// Generated from the app's commands and events by `cargo xtask codegen`;
// do not edit. A test fails when this file is stale.

import type { AppStatus, ApplicationDetail, ApplicationId, BackupStatus, BackupView, CallId, Comparison, DemandId, DemandNote, DemandProgress, ExpertId, HubView, IdentityView, ImportReport, ListFilter, MeetingInput, MeetingView, OutboxView, Overview, PanelDocument, PanelImportTally, PanelView, PassphraseStrength, Round, ScoringView, Settings, SheetInput, SheetView, StaffView, SyncStatus } from "./bindings";

export interface Commands {
  app_status: { args: Record<string, never>; result: AppStatus };
  save_settings: { args: { settings: Settings }; result: Settings };
  passphrase_strength: { args: { passphrase: string }; result: PassphraseStrength };
  create_vault: { args: { passphrase: string; confirmation: string }; result: string };
  unlock_vault: { args: { passphrase: string }; result: null };
  lock_vault: { args: Record<string, never>; result: null };
  change_passphrase: { args: { current: string; new: string; confirmation: string }; result: null };
  reset_passphrase: { args: { recoveryKey: string; passphrase: string; confirmation: string }; result: null };
  new_recovery_key: { args: Record<string, never>; result: string };
  has_recovery_key: { args: Record<string, never>; result: boolean };
  write_enrollment_request: { args: { expertId: ExpertId; code: string }; result: string | null };
  read_enrollment_response: { args: Record<string, never>; result: IdentityView | null };
  write_backup: { args: Record<string, never>; result: string | null };
  restore_backup: { args: Record<string, never>; result: BackupView | null };
  backup_status: { args: Record<string, never>; result: BackupStatus };
  import_agency_file: { args: Record<string, never>; result: ImportReport | null };
  overview: { args: { callId: CallId | null; filter: ListFilter }; result: Overview };
  application: { args: { callId: CallId; applicationId: ApplicationId }; result: ApplicationDetail };
  attachment: { args: { callId: CallId; attachmentId: string }; result: ArrayBuffer };
  scoring: { args: { callId: CallId; applicationId: ApplicationId }; result: ScoringView };
  save_sheet: { args: { callId: CallId; applicationId: ApplicationId; input: SheetInput }; result: SheetView };
  submit_sheet: { args: { callId: CallId; applicationId: ApplicationId }; result: SheetView };
  revise_sheet: { args: { callId: CallId; applicationId: ApplicationId }; result: SheetView };
  progress: { args: { callId: CallId }; result: Array<DemandProgress> };
  comparison: { args: { callId: CallId; demandId: DemandId }; result: Comparison };
  identity: { args: Record<string, never>; result: IdentityView | null };
  enroll_online: { args: { server: string; expertId: ExpertId; code: string }; result: IdentityView };
  outbox: { args: Record<string, never>; result: Array<OutboxView> };
  sync_state: { args: Record<string, never>; result: SyncStatus };
  sync_now: { args: Record<string, never>; result: null };
  export_outbox: { args: Record<string, never>; result: number | null };
  staff_status: { args: Record<string, never>; result: StaffView | null };
  install_staff_key: { args: { passphrase: string }; result: StaffView | null };
  import_panel_packages: { args: Record<string, never>; result: PanelImportTally | null };
  fetch_panel: { args: { callId: CallId; server: string; user: string; password: string }; result: PanelImportTally };
  panel: { args: { callId: CallId }; result: PanelView };
  save_meeting: { args: { callId: CallId; meeting: MeetingInput }; result: null };
  save_demand_note: { args: { callId: CallId; demandId: DemandId; note: DemandNote }; result: null };
  set_round: { args: { callId: CallId; demandId: DemandId; round: Round | null }; result: null };
  export_panel_document: { args: { callId: CallId; kind: PanelDocument }; result: string | null };
  start_meeting: { args: { callId: CallId; port: number | null }; result: HubView };
  hub: { args: Record<string, never>; result: HubView | null };
  stop_meeting: { args: Record<string, never>; result: null };
  fix_minutes: { args: Record<string, never>; result: HubView };
  sign_minutes: { args: { digest: string }; result: MeetingView };
  join_meeting: { args: { hub: string; code: string | null }; result: MeetingView };
  leave_meeting: { args: Record<string, never>; result: MeetingView };
  meeting: { args: Record<string, never>; result: MeetingView };
}

export interface Events {
  "sync-state": SyncStatus;
  "bundles-updated": null;
  "hub-board": HubView;
  "meeting-state": MeetingView;
  "import-progress": { done: number; total: number };
}
