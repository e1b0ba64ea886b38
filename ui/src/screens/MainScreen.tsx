// The main screen: applications grouped by demand with search and filters on
// the left, the chosen application on the right.
import { useEffect, useMemo, useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError } from "../errors";
import { pick, date } from "../format";
import { t, type Language } from "../i18n";
import type { ListFilter, Overview, Settings, AseanCountry, TechField } from "../generated/bindings";
import { LanguageSelect } from "../components/LanguageSelect";
import { ApplicationList } from "../components/ApplicationList";
import { ApplicationView } from "../components/ApplicationView";
import { SettingsDialog } from "../components/SettingsDialog";

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
                onSelect={setSelected}
                onClear={() => setFilter(NO_FILTER)}
              />
            )}
          </nav>
          <main class="detail-pane">
            {selected && callId ? (
              <ApplicationView key={selected} callId={callId} applicationId={selected} />
            ) : (
              <p class="prompt">{t("select-prompt")}</p>
            )}
          </main>
        </div>
      )}
      {settingsOpen && (
        <SettingsDialog
          settings={settings}
          onSave={async (next) => {
            await onSettings(next);
            setStatus(t("settings-saved"));
          }}
          onClose={() => setSettingsOpen(false)}
          onPassphraseChanged={() => setStatus(t("settings-passphrase-changed"))}
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
