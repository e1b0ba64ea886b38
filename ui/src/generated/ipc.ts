// Generated from the app's commands and events by `cargo xtask codegen`;
// do not edit. A test fails when this file is stale.

import type { AppStatus, ApplicationDetail, BackupStatus, BackupView, Comparison, DemandNote, DemandProgress, IdentityView, ImportReport, ListFilter, MeetingInput, OutboxView, Overview, PanelDocument, PanelImportTally, PanelView, PassphraseStrength, ScoringView, Settings, SheetInput, SheetView, StaffView, SyncStatus } from "./bindings";

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
  write_enrollment_request: { args: { expertId: string; code: string }; result: string | null };
  read_enrollment_response: { args: Record<string, never>; result: IdentityView | null };
  write_backup: { args: Record<string, never>; result: string | null };
  restore_backup: { args: Record<string, never>; result: BackupView | null };
  backup_status: { args: Record<string, never>; result: BackupStatus };
  import_agency_file: { args: Record<string, never>; result: ImportReport | null };
  overview: { args: { callId: string | null; filter: ListFilter }; result: Overview };
  application: { args: { callId: string; applicationId: string }; result: ApplicationDetail };
  attachment: { args: { callId: string; attachmentId: string }; result: ArrayBuffer };
  scoring: { args: { callId: string; applicationId: string }; result: ScoringView };
  save_sheet: { args: { callId: string; applicationId: string; input: SheetInput }; result: SheetView };
  submit_sheet: { args: { callId: string; applicationId: string }; result: SheetView };
  revise_sheet: { args: { callId: string; applicationId: string }; result: SheetView };
  progress: { args: { callId: string }; result: Array<DemandProgress> };
  comparison: { args: { callId: string; demandId: string }; result: Comparison };
  identity: { args: Record<string, never>; result: IdentityView | null };
  enroll_online: { args: { server: string; expertId: string; code: string }; result: IdentityView };
  outbox: { args: Record<string, never>; result: Array<OutboxView> };
  sync_state: { args: Record<string, never>; result: SyncStatus };
  sync_now: { args: Record<string, never>; result: null };
  export_outbox: { args: Record<string, never>; result: number | null };
  staff_status: { args: Record<string, never>; result: StaffView | null };
  install_staff_key: { args: { passphrase: string }; result: StaffView | null };
  import_panel_packages: { args: Record<string, never>; result: PanelImportTally | null };
  fetch_panel: { args: { callId: string; server: string; user: string; password: string }; result: PanelImportTally };
  panel: { args: { callId: string }; result: PanelView };
  save_meeting: { args: { callId: string; meeting: MeetingInput }; result: null };
  save_demand_note: { args: { callId: string; demandId: string; note: DemandNote }; result: null };
  export_panel_document: { args: { callId: string; kind: PanelDocument }; result: string | null };
}

export interface Events {
  "sync-state": SyncStatus;
  "bundles-updated": null;
  "import-progress": { done: number; total: number };
}
