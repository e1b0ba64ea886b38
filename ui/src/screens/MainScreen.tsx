// The main screen: applications grouped by demand with search and filters on
// the left; on the right the chosen application and its score sheet, or the
// expert's progress per demand and the comparison of one demand's applicants.
//
// Ctrl+PageDown / Ctrl+PageUp open the next / previous application in the list.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError } from "../errors";
import { pick, date } from "../format";
import { t, type Language } from "../i18n";
import type { ListFilter, Overview, Settings, AseanCountry, TechField } from "../generated/bindings";
import { LanguageSelect } from "../components/LanguageSelect";
import { ApplicationList } from "../components/ApplicationList";
import { ApplicationView } from "../components/ApplicationView";
import { SettingsDialog } from "../components/SettingsDialog";
import { ScoreSheet } from "../components/ScoreSheet";
import { ProgressView } from "../components/ProgressView";
import { PanelView } from "../components/PanelView";
import { ComparisonView } from "../components/ComparisonView";
import { SyncDialog, SyncIndicator } from "../components/SyncDialog";
import type { SyncStatus } from "../generated/bindings";

type Tab = "application" | "score";
const TABS: readonly Tab[] = ["application", "score"];

interface Props {
  settings: Settings;
  onSettings: (settings: Settings) => Promise<void>;
  onLock: () => void;
  onLanguage: (language: Language) => void;
}

const NO_FILTER: ListFilter = { text: "", country: null, field: null };

export function MainScreen({ settings, onSettings, onLock, onLanguage }: Props) {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [selected, setSelected] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState<{ done: number; total: number } | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [reloads, setReloads] = useState(0);
  const [tab, setTab] = useState<Tab>("application");
  const [comparing, setComparing] = useState<string | null>(null);
  const [sync, setSync] = useState<SyncStatus>({ phase: "idle", queued: 0, quarantined: 0, delivered: 0, last_error: null });
  const [syncOpen, setSyncOpen] = useState(false);
  const [staff, setStaff] = useState(false);
  const [panelShown, setPanelShown] = useState(false);

  useEffect(() => {
    backend
      .staffStatus()
      .then((status) => setStaff(status !== null))
      .catch(() => setStaff(false));
  }, []);

  const callId = overview?.call?.id ?? null;

  useEffect(() => {
    let current = true;
    // Typing in the search box should not query on every keystroke.
    const timer = window.setTimeout(() => {
      backend
        .overview(callId, filter)
        .then((next) => current && setOverview(next))
        .catch((failure: unknown) => current && setError(describeError(failure)));
    }, filter.text ? 150 : 0);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [filter, reloads]);

  useEffect(() => {
    const unlisten = backend.onImportProgress((done, total) => setImporting({ done, total }));
    return () => void unlisten.then((stop) => stop());
  }, []);

  useEffect(() => {
    void backend.syncState().then(setSync);
    const stopState = backend.onSyncState(setSync);
    // A newer bundle arrived by sync: show what it changed.
    const stopBundles = backend.onBundlesUpdated(() => setReloads((n) => n + 1));
    void backend.syncNow();
    return () => {
      void stopState.then((stop) => stop());
      void stopBundles.then((stop) => stop());
    };
  }, []);

  async function importFile() {
    setError(null);
    setStatus("");
    try {
      const report = await backend.importAgencyFile();
      if (report) {
        const counts = { demands: report.demands, applications: report.applications };
        const id = { imported: "import-done", replaced: "import-replaced", unchanged: "import-unchanged" }[report.result];
        setStatus(t(id, counts));
        setReloads((n) => n + 1);
      }
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setImporting(null);
    }
  }

  const order = useMemo(() => overview?.demands.flatMap((d) => d.applications.map((a) => a.id)) ?? [], [overview]);

  // The shortcut reads the list as rendered last, not as it was when the
  // listener was added: keys can arrive before effects run again.
  const navigation = useRef({ order, selected });
  navigation.current = { order, selected };
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!event.ctrlKey || (event.key !== "PageDown" && event.key !== "PageUp")) return;
      if (document.querySelector("dialog[open]")) return;
      event.preventDefault();
      const { order, selected } = navigation.current;
      const at = selected ? order.indexOf(selected) : -1;
      const next = order[event.key === "PageDown" ? at + 1 : at < 0 ? order.length - 1 : at - 1];
      if (next) open(next, undefined, true);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

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
  }

  function showPanel() {
    setSelected(null);
    setComparing(null);
    setPanelShown(true);
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
          <button id="show-progress" onClick={showProgress} aria-pressed={!selected && !comparing && !panelShown}>
            {t("main-progress")}
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
                      onProgress={() => setReloads((n) => n + 1)}
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
              <PanelView callId={callId} />
            ) : callId ? (
              <ProgressView callId={callId} revision={reloads} onCompare={setComparing} />
            ) : (
              <p class="prompt">{t("select-prompt")}</p>
            )}
          </main>
        </div>
      )}
      {syncOpen && <SyncDialog status={sync} onClose={() => setSyncOpen(false)} />}
      {settingsOpen && (
        <SettingsDialog
          settings={settings}
          onSave={async (next) => {
            await onSettings(next);
            setStatus(t("settings-saved"));
          }}
          onClose={() => setSettingsOpen(false)}
          onPassphraseChanged={() => setStatus(t("settings-passphrase-changed"))}
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

function Filters({
  overview,
  filter,
  onFilter,
}: {
  overview: Overview | null;
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
}) {
  const active = filter.text !== "" || filter.country !== null || filter.field !== null;
  return (
    <div class="filters">
      <div class="field">
        <label for="search">{t("search-label")}</label>
        <input
          id="search"
          type="search"
          value={filter.text}
          placeholder={t("search-placeholder")}
          onInput={(event) => onFilter({ ...filter, text: event.currentTarget.value })}
        />
      </div>
      <div class="filter-row">
        <label>
          <span>{t("filter-country")}</span>
          <select
            id="filter-country"
            value={filter.country ?? ""}
            onChange={(event) => onFilter({ ...filter, country: (event.currentTarget.value || null) as AseanCountry | null })}
          >
            <option value="">{t("filter-all")}</option>
            {overview?.countries.map((c) => (
              <option value={c} key={c}>
                {t(`country-${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("filter-field")}</span>
          <select
            id="filter-field"
            value={filter.field ?? ""}
            onChange={(event) => onFilter({ ...filter, field: (event.currentTarget.value || null) as TechField | null })}
          >
            <option value="">{t("filter-all")}</option>
            {overview?.fields.map((f) => (
              <option value={f} key={f}>
                {t(`field-${f}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {active && (
        <button class="link" onClick={() => onFilter(NO_FILTER)}>
          {t("clear-filters")}
        </button>
      )}
    </div>
  );
}
