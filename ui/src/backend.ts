// The only place that talks to the Rust side. Components call these typed
// functions; errors arrive as ErrorPayload {code, message, args}.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type {
  AppStatus,
  ApplicationDetail,
  Comparison,
  DemandProgress,
  IdentityView,
  OutboxView,
  SyncStatus,
  ScoringView,
  SheetInput,
  SheetView,
  ErrorPayload,
  ImportReport,
  ListFilter,
  MeetingInput,
  DemandNote,
  PanelView,
  PanelDocument,
  PanelImportTally,
  StaffView,
  Overview,
  PassphraseStrength,
  Settings,
} from "./generated/bindings";

export type { ErrorPayload };

export function isErrorPayload(value: unknown): value is ErrorPayload {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    if (isErrorPayload(error)) throw error;
    const payload: ErrorPayload = { code: "internal", message: String(error), args: { detail: String(error) } };
    throw payload;
  }
}

export const backend = {
  appStatus: () => call<AppStatus>("app_status"),
  saveSettings: (settings: Settings) => call<Settings>("save_settings", { settings }),
  passphraseStrength: (passphrase: string) => call<PassphraseStrength>("passphrase_strength", { passphrase }),
  createVault: (passphrase: string, confirmation: string) => call<null>("create_vault", { passphrase, confirmation }),
  unlockVault: (passphrase: string) => call<null>("unlock_vault", { passphrase }),
  lockVault: () => call<null>("lock_vault"),
  changePassphrase: (current: string, next: string, confirmation: string) =>
    call<null>("change_passphrase", { current, new: next, confirmation }),
  importAgencyFile: () => call<ImportReport | null>("import_agency_file"),
  overview: (callId: string | null, filter: ListFilter) => call<Overview>("overview", { callId, filter }),
  application: (callId: string, applicationId: string) =>
    call<ApplicationDetail>("application", { callId, applicationId }),
  attachment: (callId: string, attachmentId: string) =>
    call<ArrayBuffer>("attachment", { callId, attachmentId }),
  scoring: (callId: string, applicationId: string) => call<ScoringView>("scoring", { callId, applicationId }),
  saveSheet: (callId: string, applicationId: string, input: SheetInput) =>
    call<SheetView>("save_sheet", { callId, applicationId, input }),
  submitSheet: (callId: string, applicationId: string) => call<SheetView>("submit_sheet", { callId, applicationId }),
  reviseSheet: (callId: string, applicationId: string) => call<SheetView>("revise_sheet", { callId, applicationId }),
  progress: (callId: string) => call<DemandProgress[]>("progress", { callId }),
  comparison: (callId: string, demandId: string) => call<Comparison>("comparison", { callId, demandId }),
  identity: () => call<IdentityView | null>("identity"),
  enrollOnline: (server: string, expertId: string, code: string) =>
    call<IdentityView>("enroll_online", { server, expertId, code }),
  outbox: () => call<OutboxView[]>("outbox"),
  syncState: () => call<SyncStatus>("sync_state"),
  syncNow: () => call<null>("sync_now"),
  exportOutbox: () => call<number | null>("export_outbox"),
  staffStatus: () => call<StaffView | null>("staff_status"),
  installStaffKey: (passphrase: string) => call<StaffView | null>("install_staff_key", { passphrase }),
  importPanelPackages: () => call<PanelImportTally | null>("import_panel_packages"),
  fetchPanel: (callId: string, server: string, user: string, password: string) =>
    call<PanelImportTally>("fetch_panel", { callId, server, user, password }),
  panel: (callId: string) => call<PanelView>("panel", { callId }),
  saveMeeting: (callId: string, meeting: MeetingInput) => call<null>("save_meeting", { callId, meeting }),
  saveDemandNote: (callId: string, demandId: string, note: DemandNote) =>
    call<null>("save_demand_note", { callId, demandId, note }),
  exportPanelDocument: (callId: string, kind: PanelDocument) =>
    call<string | null>("export_panel_document", { callId, kind }),
  onSyncState: (handler: (status: SyncStatus) => void): Promise<UnlistenFn> =>
    listen<SyncStatus>("sync-state", (event) => handler(event.payload)),
  onBundlesUpdated: (handler: () => void): Promise<UnlistenFn> => listen("bundles-updated", () => handler()),
  onImportProgress: (handler: (done: number, total: number) => void): Promise<UnlistenFn> =>
    listen<{ done: number; total: number }>("import-progress", (event) =>
      handler(event.payload.done, event.payload.total),
    ),
};
