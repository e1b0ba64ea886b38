// The only place that talks to the Rust side. Components call these typed
// functions; errors arrive as ErrorPayload {code, message, args}. Command
// names, their arguments and results, and event names and payloads come from
// the app's source (generated/ipc.ts): a mismatch fails the type check.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { ErrorPayload, ListFilter, MeetingInput, DemandNote, PanelDocument, Round, Settings, SheetInput } from "./generated/bindings";
import type { Commands, Events } from "./generated/ipc";

export type { ErrorPayload };

export function isErrorPayload(value: unknown): value is ErrorPayload {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

async function call<C extends keyof Commands>(command: C, args: Commands[C]["args"]): Promise<Commands[C]["result"]> {
  try {
    return await invoke<Commands[C]["result"]>(command, args);
  } catch (error) {
    if (isErrorPayload(error)) throw error;
    const payload: ErrorPayload = { code: "internal", message: String(error), args: { detail: String(error) } };
    throw payload;
  }
}

function on<E extends keyof Events>(event: E, handler: (payload: Events[E]) => void): Promise<UnlistenFn> {
  return listen<Events[E]>(event, (received) => handler(received.payload));
}

export const backend = {
  appStatus: () => call("app_status", {}),
  saveSettings: (settings: Settings) => call("save_settings", { settings }),
  passphraseStrength: (passphrase: string) => call("passphrase_strength", { passphrase }),
  createVault: (passphrase: string, confirmation: string) => call("create_vault", { passphrase, confirmation }),
  unlockVault: (passphrase: string) => call("unlock_vault", { passphrase }),
  resetPassphrase: (recoveryKey: string, passphrase: string, confirmation: string) =>
    call("reset_passphrase", { recoveryKey, passphrase, confirmation }),
  newRecoveryKey: () => call("new_recovery_key", {}),
  hasRecoveryKey: () => call("has_recovery_key", {}),
  writeBackup: () => call("write_backup", {}),
  restoreBackup: () => call("restore_backup", {}),
  backupStatus: () => call("backup_status", {}),
  lockVault: () => call("lock_vault", {}),
  changePassphrase: (current: string, next: string, confirmation: string) =>
    call("change_passphrase", { current, new: next, confirmation }),
  importAgencyFile: () => call("import_agency_file", {}),
  overview: (callId: string | null, filter: ListFilter) => call("overview", { callId, filter }),
  application: (callId: string, applicationId: string) => call("application", { callId, applicationId }),
  attachment: (callId: string, attachmentId: string) => call("attachment", { callId, attachmentId }),
  scoring: (callId: string, applicationId: string) => call("scoring", { callId, applicationId }),
  saveSheet: (callId: string, applicationId: string, input: SheetInput) =>
    call("save_sheet", { callId, applicationId, input }),
  submitSheet: (callId: string, applicationId: string) => call("submit_sheet", { callId, applicationId }),
  reviseSheet: (callId: string, applicationId: string) => call("revise_sheet", { callId, applicationId }),
  progress: (callId: string) => call("progress", { callId }),
  comparison: (callId: string, demandId: string) => call("comparison", { callId, demandId }),
  identity: () => call("identity", {}),
  enrollOnline: (server: string, expertId: string, code: string) => call("enroll_online", { server, expertId, code }),
  writeEnrollmentRequest: (expertId: string, code: string) => call("write_enrollment_request", { expertId, code }),
  readEnrollmentResponse: () => call("read_enrollment_response", {}),
  outbox: () => call("outbox", {}),
  syncState: () => call("sync_state", {}),
  syncNow: () => call("sync_now", {}),
  exportOutbox: () => call("export_outbox", {}),
  staffStatus: () => call("staff_status", {}),
  installStaffKey: (passphrase: string) => call("install_staff_key", { passphrase }),
  importPanelPackages: () => call("import_panel_packages", {}),
  fetchPanel: (callId: string, server: string, user: string, password: string) =>
    call("fetch_panel", { callId, server, user, password }),
  panel: (callId: string) => call("panel", { callId }),
  saveMeeting: (callId: string, meeting: MeetingInput) => call("save_meeting", { callId, meeting }),
  saveDemandNote: (callId: string, demandId: string, note: DemandNote) =>
    call("save_demand_note", { callId, demandId, note }),
  setRound: (callId: string, demandId: string, round: Round | null) => call("set_round", { callId, demandId, round }),
  exportPanelDocument: (callId: string, kind: PanelDocument) => call("export_panel_document", { callId, kind }),
  startMeeting: (callId: string, port: number | null) => call("start_meeting", { callId, port }),
  hub: () => call("hub", {}),
  stopMeeting: () => call("stop_meeting", {}),
  fixMinutes: () => call("fix_minutes", {}),
  signMinutes: (digest: string) => call("sign_minutes", { digest }),
  joinMeeting: (hub: string, code: string | null) => call("join_meeting", { hub, code }),
  leaveMeeting: () => call("leave_meeting", {}),
  meeting: () => call("meeting", {}),
  onHubBoard: (handler: (view: Events["hub-board"]) => void) => on("hub-board", handler),
  onMeetingState: (handler: (view: Events["meeting-state"]) => void) => on("meeting-state", handler),
  onSyncState: (handler: (status: Events["sync-state"]) => void) => on("sync-state", handler),
  onBundlesUpdated: (handler: () => void) => on("bundles-updated", () => handler()),
  onImportProgress: (handler: (done: number, total: number) => void) =>
    on("import-progress", (progress) => handler(progress.done, progress.total)),
};
