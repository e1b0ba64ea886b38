// The main screen: applications grouped by demand with search and filters on
// the left; on the right the chosen application and its score sheet, or the
// expert's progress per demand and the comparison of one demand's applicants.
//
// Ctrl+PageDown / Ctrl+PageUp open the next / previous application in the list
// (useListShortcuts). What the screen shows comes from hooks: the overview, the
// sync state, importing, staff mode; staff mode's own screen is PanelScreen;
// an expert's side of a panel meeting is MeetingPane.
import { useEffect, useMemo, useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError } from "../errors";
import { pick, date } from "../format";
import { t, type Language } from "../i18n";
import type { Settings } from "../generated/bindings";
import { LanguageSelect } from "../components/LanguageSelect";
import { ApplicationList } from "../components/ApplicationList";
import { ApplicationView } from "../components/ApplicationView";
import { Filters } from "../components/Filters";
import { SettingsDialog } from "../components/SettingsDialog";
import { RecoveryKeyDialog } from "../components/RecoveryKeyShown";
import { ScoreSheet } from "../components/ScoreSheet";
import { ProgressView } from "../components/ProgressView";
import { ComparisonView } from "../components/ComparisonView";
import { SyncDialog, SyncIndicator } from "../components/SyncDialog";
import { NO_FILTER, useOverview } from "../hooks/useOverview";
import { useSyncStatus } from "../hooks/useSyncStatus";
import { useAgencyImport } from "../hooks/useAgencyImport";
import { useListShortcuts } from "../hooks/useListShortcuts";
import { useStaffMode } from "../hooks/useStaffMode";
import { PanelScreen } from "./PanelScreen";
import { MeetingPane } from "../components/MeetingPane";

type Tab = "application" | "score";
const TABS: readonly Tab[] = ["application", "score"];

interface Props {
  settings: Settings;
  onSettings: (settings: Settings) => Promise<void>;
  onLock: () => void;
  onLanguage: (language: Language) => void;
}

export function MainScreen({ settings, onSettings, onLock, onLanguage }: Props) {
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  const { overview, callId, filter, setFilter, error: listError } = useOverview(reloads);
  const [selected, setSelected] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [importError, setImportError] = useState<string | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [tab, setTab] = useState<Tab>("application");
  const [comparing, setComparing] = useState<string | null>(null);
  // A newer bundle arrived by sync: show what it changed.
  const sync = useSyncStatus(reload);
  const [syncOpen, setSyncOpen] = useState(false);
  const { staff, setStaff } = useStaffMode();
  const [panelShown, setPanelShown] = useState(false);
  const [meetingShown, setMeetingShown] = useState(false);
  const { importing, importFile } = useAgencyImport((said, failed) => {
    setStatus(said);
    setImportError(failed);
  }, reload);
  const error = importError ?? listError;
  // A vault made before recovery keys has none until the expert makes one.
  const [recoveryMissing, setRecoveryMissing] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  useEffect(() => {
    backend
      .hasRecoveryKey()
      .then((has) => setRecoveryMissing(!has))
      .catch(() => undefined);
  }, []);
  // A backup more than a day old, with work since: remind, offer one.
  const [backupReminder, setBackupReminder] = useState(false);
  useEffect(() => {
    backend
      .backupStatus()
      .then((status) => setBackupReminder(status.reminder))
      .catch(() => undefined);
  }, [reloads]);
  async function backUp() {
    try {
      const written = await backend.writeBackup();
      if (written) {
        setStatus(t("backup-written", { path: written }));
        setBackupReminder(false);
      }
    } catch (failure) {
      setImportError(describeError(failure));
    }
  }
  async function makeRecoveryKey() {
    try {
      setRecoveryKey(await backend.newRecoveryKey());
      setRecoveryMissing(false);
    } catch (failure) {
      setImportError(describeError(failure));
    }
  }

  const order = useMemo(() => overview?.demands.flatMap((d) => d.applications.map((a) => a.id)) ?? [], [overview]);
  useListShortcuts(order, selected, (id) => open(id, undefined, true));

  /** Opens an application; from the keyboard, focus goes to its tabs. */
  function open(applicationId: string, nextTab?: Tab, focusTabs = false) {
    setComparing(null);
    setSelected(applicationId);
    if (nextTab) setTab(nextTab);
    document.querySelector(`[data-application="${applicationId}"]`)?.scrollIntoView({ block: "nearest" });
    if (focusTabs) window.setTimeout(() => document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus(), 0);
  }

  /** ← / → move between the tabs, as in any tab list. */
  function tabKeys(event: KeyboardEvent) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + (event.key === "ArrowRight" ? 1 : TABS.length - 1)) % TABS.length] ?? "application";
    setTab(next);
    window.setTimeout(() => document.getElementById(`tab-${next}`)?.focus(), 0);
  }

  function showProgress() {
    setSelected(null);
    setComparing(null);
    setPanelShown(false);
    setMeetingShown(false);
  }

  function showPanel() {
    setSelected(null);
    setComparing(null);
    setMeetingShown(false);
    setPanelShown(true);
  }

  function showMeeting() {
    setSelected(null);
    setComparing(null);
    setPanelShown(false);
    setMeetingShown(true);
  }

  const counts = useMemo(() => {
    const demands = overview?.demands ?? [];
    return { demands: demands.length, applications: demands.reduce((n, d) => n + d.applications.length, 0) };
  }, [overview]);

  const call = overview?.call ?? null;
  return (
    <div class="main">
      <header class="topbar">
        <div class="title">
          <span class="brand">{t("app-title")}</span>
          {call && (
            <span class="call" title={pick(call.title)}>
              {pick(call.title)} · {t("deadline", { date: date(call.application_deadline) })}
            </span>
          )}
        </div>
        <div class="actions">
          <button id="show-progress" onClick={showProgress} aria-pressed={!selected && !comparing && !panelShown && !meetingShown}>
            {t("main-progress")}
          </button>
          <button id="show-meeting" onClick={showMeeting} aria-pressed={!selected && !comparing && meetingShown}>
            {t("main-meeting")}
          </button>
          {staff && (
            <button id="show-panel" onClick={showPanel} aria-pressed={!selected && panelShown}>
              {t("main-panel")}
            </button>
          )}
          <SyncIndicator status={sync} onOpen={() => setSyncOpen(true)} />
          <button id="import" onClick={importFile} disabled={importing !== null}>
            {t("main-import")}
          </button>
          <button id="open-settings" onClick={() => setSettingsOpen(true)}>
            {t("main-settings")}
          </button>
          <LanguageSelect onLanguage={onLanguage} />
          <button id="lock" class="primary" onClick={onLock}>
            {t("main-lock")}
          </button>
        </div>
      </header>
      {backupReminder && (
        <div class="banner" role="note" id="backup-reminder">
          <span>{t("backup-reminder")}</span>
          <button id="backup-now" onClick={backUp}>
            {t("backup-now")}
          </button>
        </div>
      )}
      {recoveryMissing && (
        <div class="banner" role="note">
          <span>{t("recovery-missing")}</span>
          <button id="make-recovery-key" onClick={makeRecoveryKey}>
            {t("recovery-make")}
          </button>
        </div>
      )}
      <div class="status" role="status" aria-live="polite">
        {importing ? t("import-progress", { done: importing.done, total: importing.total }) : status}
      </div>
      {importing && <progress class="import-progress" max={importing.total} value={importing.done} />}
      {error && (
        <div class="error banner" role="alert">
          {error}
        </div>
      )}
      {overview && !call ? (
        <section class="empty">
          <h1>{t("empty-title")}</h1>
          <p>{t("empty-body")}</p>
          <button class="primary" onClick={importFile}>
            {t("main-import")}
          </button>
        </section>
      ) : (
        <div class="panes">
          <nav class="list-pane" aria-label={t("search-label")}>
            <Filters overview={overview} filter={filter} onFilter={setFilter} />
            <p class="count">{t("list-count", counts)}</p>
            {overview && (
              <ApplicationList
                demands={overview.demands}
                selected={selected}
                onSelect={(id) => open(id)}
                onClear={() => setFilter(NO_FILTER)}
              />
            )}
          </nav>
          <main class="detail-pane">
            {selected && callId ? (
              <>
                <div class="tabs" role="tablist" aria-label={selected} onKeyDown={tabKeys}>
                  {TABS.map((name) => (
                    <button
                      key={name}
                      role="tab"
                      id={`tab-${name}`}
                      aria-selected={tab === name}
                      aria-controls="detail-panel"
                      tabIndex={tab === name ? 0 : -1}
                      onClick={() => setTab(name)}
                    >
                      {t(`tab-${name}`)}
                    </button>
                  ))}
                </div>
                <div id="detail-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
                  {tab === "application" ? (
                    <ApplicationView key={selected} callId={callId} applicationId={selected} />
                  ) : (
                    <ScoreSheet
                      key={selected}
                      callId={callId}
                      applicationId={selected}
                      onProgress={reload}
                      onLeave={() => setTab("application")}
                    />
                  )}
                </div>
              </>
            ) : callId && comparing ? (
              <ComparisonView
                callId={callId}
                demandId={comparing}
                onOpen={(id) => open(id, "score")}
                onBack={() => setComparing(null)}
              />
            ) : callId && panelShown ? (
              <PanelScreen callId={callId} />
            ) : meetingShown ? (
              <MeetingPane />
            ) : callId ? (
              <ProgressView callId={callId} revision={reloads} onCompare={setComparing} />
            ) : (
              <p class="prompt">{t("select-prompt")}</p>
            )}
          </main>
        </div>
      )}
      {syncOpen && <SyncDialog status={sync} onClose={() => setSyncOpen(false)} onImport={importFile} />}
      {recoveryKey && <RecoveryKeyDialog recoveryKey={recoveryKey} onKept={() => setRecoveryKey(null)} />}
      {settingsOpen && (
        <SettingsDialog
          settings={settings}
          onSave={async (next) => {
            await onSettings(next);
            setStatus(t("settings-saved"));
          }}
          onClose={() => setSettingsOpen(false)}
          onPassphraseChanged={() => setStatus(t("settings-passphrase-changed"))}
          onNewRecoveryKey={makeRecoveryKey}
          onBackUp={backUp}
          onStaffInstalled={() => {
            setStaff(true);
            showPanel();
            setStatus(t("settings-staff-installed"));
          }}
        />
      )}
    </div>
  );
}
