// Staff mode's screen: the panel's result per demand — each expert's overall score,
// the aggregated ranking with exclusions and discussion flags, the missing
// sheets and the conclusion — with the meeting's particulars, the chair's
// discussion and revision rounds, the meeting's hub on the room's network
// with its live board, the panel's note and vote per demand, the
// panel's calibration and agreement, and the
// documents to write: the review minutes, the opinion forms and the score matrix.
import { useEffect, useState } from "preact/hooks";
import { backend } from "../backend";
import { CalibrationSection } from "../components/CalibrationSection";
import { HubSection } from "../components/HubSection";
import { describeError } from "../errors";
import { pick, points } from "../format";
import { t } from "../i18n";
import { outcome } from "../outcome";
import type {
  DemandPanel,
  Exclusion,
  MeetingInput,
  PanelDocument,
  PanelImportTally,
  PanelView as Panel,
  Round,
} from "../generated/bindings";

interface Props {
  callId: string;
}

export function PanelScreen({ callId }: Props) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const [meeting, setMeeting] = useState<MeetingInput | null>(null);
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function reload() {
    try {
      const next = await backend.panel(callId);
      setPanel(next);
      setMeeting(next.meeting);
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  useEffect(() => void reload(), [callId]);

  /** Runs `work`, shows its message or its error, then reloads. */
  async function act(work: () => Promise<string | null>) {
    setError(null);
    setBusy(true);
    try {
      const said = await work();
      if (said) setMessage(said);
      await reload();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  const importFiles = () =>
    act(async () => {
      const tally = await backend.importPanelPackages();
      return tally === null ? null : described("panel-imported", tally.imported, tally);
    });
  const exportDocument = (kind: PanelDocument) =>
    act(async () => {
      const path = await backend.exportPanelDocument(callId, kind);
      return path === null ? null : t("panel-written", { path });
    });

  if (!panel || !meeting) {
    return error ? <p role="alert" class="error">{error}</p> : <p aria-busy="true" />;
  }
  return (
    <section class="panel-view" aria-labelledby="panel-title">
      <h1 id="panel-title">{t("panel-title")}</h1>
      <div class="buttons start">
        <button id="panel-import" onClick={importFiles} disabled={busy}>
          {t("panel-import")}
        </button>
        <FetchForm callId={callId} busy={busy} onFetch={(work) => act(work)} />
        <button id="panel-minutes" class="primary" onClick={() => exportDocument("minutes")} disabled={busy}>
          {t("panel-export-minutes")}
        </button>
        <button id="panel-opinions" onClick={() => exportDocument("opinions")} disabled={busy}>
          {t("panel-export-opinions")}
        </button>
        <button id="panel-matrix" onClick={() => exportDocument("matrix")} disabled={busy}>
          {t("panel-export-matrix")}
        </button>
      </div>
      <p role="status" class="status-line">
        {message}
      </p>
      <div role="alert" class="error">
        {error}
      </div>

      <HubSection callId={callId} onChanged={() => void reload()} />

      <form
        class="meeting"
        onSubmit={(event) => {
          event.preventDefault();
          void act(async () => {
            await backend.saveMeeting(callId, meeting);
            return t("panel-saved");
          });
        }}
      >
        <h2>{t("panel-meeting")}</h2>
        <div class="field">
          <label for="meeting-date">{t("panel-meeting-date")}</label>
          <input id="meeting-date" type="date" value={meeting.date} onInput={(e) => setMeeting({ ...meeting, date: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="meeting-place">{t("panel-meeting-place")}</label>
          <input
            id="meeting-place"
            value={meeting.place ?? ""}
            placeholder={t("panel-meeting-online")}
            onInput={(e) => setMeeting({ ...meeting, place: e.currentTarget.value.trim() ? e.currentTarget.value : null })}
          />
        </div>
        <div class="field">
          <label for="meeting-chair">{t("panel-meeting-chair")}</label>
          <select id="meeting-chair" value={meeting.chair} onChange={(e) => setMeeting({ ...meeting, chair: e.currentTarget.value })}>
            <option value="">—</option>
            {panel.experts.map(([id, name]) => (
              <option key={id} value={id}>
                {id} {pick(name)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="meeting-staff">{t("panel-meeting-staff")}</label>
          <input
            id="meeting-staff"
            value={meeting.staff.join("; ")}
            onInput={(e) => setMeeting({ ...meeting, staff: e.currentTarget.value.split(/[;；]/).map((s) => s.trim()).filter(Boolean) })}
          />
        </div>
        <button type="submit" id="meeting-save" disabled={busy}>
          {t("panel-save")}
        </button>
      </form>

      {panel.demands.map((demand) => (
        <DemandSection
          key={demand.demand_id}
          demand={demand}
          criteria={panel.criteria}
          byVote={panel.rule.tie_break.some((step) => step.by === "panel_vote")}
          allowRevision={panel.discussion.allow_revision}
          onRound={(round) =>
            act(async () => {
              await backend.setRound(callId, demand.demand_id, round);
              return t("panel-saved");
            })
          }
          busy={busy}
          onSave={(note) =>
            act(async () => {
              await backend.saveDemandNote(callId, demand.demand_id, note);
              return t("panel-saved");
            })
          }
        />
      ))}

      <CalibrationSection
        calibration={panel.calibration}
        demands={panel.demands}
        expertName={(id) => pick(panel.experts.find(([expert]) => expert === id)?.[1])}
      />
    </section>
  );
}

function FetchForm({
  callId,
  busy,
  onFetch,
}: {
  callId: string;
  busy: boolean;
  onFetch: (work: () => Promise<string | null>) => void;
}) {
  const [open, setOpen] = useState(false);
  const [server, setServer] = useState("");
  const [user, setUser] = useState("");
  const [password, setPassword] = useState("");
  if (!open) {
    return (
      <button id="panel-fetch-open" onClick={() => setOpen(true)} disabled={busy}>
        {t("panel-fetch")}
      </button>
    );
  }
  return (
    <form
      class="fetch-form"
      onSubmit={(event) => {
        event.preventDefault();
        onFetch(async () => {
          const tally = await backend.fetchPanel(callId, server.trim(), user.trim(), password);
          setPassword("");
          const fetched = tally.imported + tally.already_imported + tally.waiting + tally.refused;
          return described("panel-fetched", fetched, tally);
        });
      }}
    >
      <label for="fetch-server">{t("sync-server")}</label>
      <input id="fetch-server" type="url" required value={server} onInput={(e) => setServer(e.currentTarget.value)} />
      <label for="fetch-user">{t("panel-fetch-user")}</label>
      <input id="fetch-user" required value={user} onInput={(e) => setUser(e.currentTarget.value)} />
      <label for="fetch-password">{t("panel-fetch-password")}</label>
      <input id="fetch-password" type="password" required autoComplete="off" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      <button type="submit" id="panel-fetch" disabled={busy}>
        {t("panel-fetch")}
      </button>
    </form>
  );
}

function DemandSection({
  demand,
  criteria,
  byVote,
  allowRevision,
  onRound,
  busy,
  onSave,
}: {
  demand: DemandPanel;
  criteria: Panel["criteria"];
  /** The call's tie-break chain ends in the panel's vote; otherwise no vote is recorded. */
  byVote: boolean;
  /** The call allows the chair to open a revision round. */
  allowRevision: boolean;
  onRound: (round: Round | null) => void;
  busy: boolean;
  onSave: (note: DemandPanel["note"]) => void;
}) {
  const [note, setNote] = useState(demand.note);
  useEffect(() => setNote(demand.note), [demand]);
  // Which score the expert matrix shows: the overall, or one criterion's.
  const [shown, setShown] = useState("overall");
  const experts = [...new Set(demand.applicants.flatMap((a) => [...a.assigned_experts, ...a.scores.map((s) => s.expert_id)]))].sort();
  const lead = (id: string) => `${id} ${pick(demand.leads[id])}`;
  return (
    <section class="panel-demand" data-panel-demand={demand.demand_id} aria-labelledby={`panel-${demand.demand_id}`}>
      <h2 id={`panel-${demand.demand_id}`}>
        {demand.demand_id} {pick(demand.title)}
      </h2>
      <div class="field inline">
        <label for={`matrix-${demand.demand_id}`}>{t("panel-matrix-shows")}</label>
        <select id={`matrix-${demand.demand_id}`} value={shown} onChange={(e) => setShown(e.currentTarget.value)}>
          <option value="overall">{t("panel-overall")}</option>
          {criteria.map(([id, title]) => (
            <option key={id} value={id}>
              {pick(title)}
            </option>
          ))}
        </select>
      </div>
      <table class="panel-matrix" data-matrix-shows={shown}>
        <caption>{t("panel-scores-by-expert")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("panel-expert")}</th>
            {demand.applicants.map((a) => (
              <th scope="col" class="number" key={a.application_id}>
                {a.application_id}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {experts.map((expert) => (
            <tr key={expert}>
              <th scope="row">{expert}</th>
              {demand.applicants.map((a) => {
                const score = a.scores.find((s) => s.expert_id === expert);
                const value = shown === "overall" ? score?.overall : score?.criteria[shown];
                const text = score ? (score.recused ? t("panel-recused") : points(value)) : a.assigned_experts.includes(expert) ? t("panel-missing") : "";
                return (
                  <td class="number" key={a.application_id} data-matrix-cell={`${expert}-${a.application_id}`}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <table class="panel-result">
        <caption>{t("panel-result")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("panel-rank")}</th>
            <th scope="col">{t("panel-applicant")}</th>
            {criteria.map(([id, title]) => (
              <th scope="col" class="number" key={id}>
                {pick(title)}
              </th>
            ))}
            <th scope="col" class="number">{t("panel-overall")}</th>
            <th scope="col">{t("panel-status")}</th>
          </tr>
        </thead>
        <tbody>
          {demand.result.applicants.map((result) => (
            <tr key={result.application_id} data-panel-applicant={result.application_id} class={result.discuss ? "discuss" : undefined}>
              <td class="number">{result.rank ?? ""}</td>
              <td>{lead(result.application_id)}</td>
              {criteria.map(([id]) => (
                <td class="number" key={id}>
                  {points(result.criteria[id]?.value)}
                </td>
              ))}
              <td class="number">{points(result.overall?.value)}</td>
              <td>
                {status(result.exclusion, result.discuss)}
                {result.missing.length > 0 && result.exclusion?.reason !== "failed_formal_review" && (
                  <span class="note"> · {t("panel-missing-experts", { experts: result.missing.join(", ") })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="panel-outcome" data-outcome={demand.result.outcome.outcome}>
        {outcome(demand.result.outcome, lead, byVote)}
      </p>
      <div class="panel-round" data-round={demand.round ?? "none"}>
        <span>{t(`panel-round-${demand.round ?? "none"}`)}</span>
        {demand.round !== "discussion" && (
          <button type="button" id={`round-discussion-${demand.demand_id}`} disabled={busy} onClick={() => onRound("discussion")}>
            {t("panel-open-discussion")}
          </button>
        )}
        {allowRevision && demand.round !== "revision" && (
          <button type="button" id={`round-revision-${demand.demand_id}`} disabled={busy} onClick={() => onRound("revision")}>
            {t("panel-open-revision")}
          </button>
        )}
        {demand.round !== null && (
          <button type="button" id={`round-close-${demand.demand_id}`} disabled={busy} onClick={() => onRound(null)}>
            {t("panel-close-round")}
          </button>
        )}
      </div>
      <form
        class="panel-note"
        onSubmit={(event) => {
          event.preventDefault();
          onSave(note);
        }}
      >
        <label for={`note-${demand.demand_id}`}>{t("panel-note")}</label>
        <textarea id={`note-${demand.demand_id}`} rows={2} value={note.note} onInput={(e) => setNote({ ...note, note: e.currentTarget.value })} />
        {byVote && (
          <fieldset class="votes">
            <legend>{t("panel-votes")}</legend>
            {demand.applicants.map((a) => (
              <label key={a.application_id}>
                {a.application_id}{" "}
                <input
                  type="number"
                  min={0}
                  class="vote"
                  id={`vote-${a.application_id}`}
                  value={note.votes[a.application_id] ?? ""}
                  onInput={(e) => {
                    const votes = { ...note.votes };
                    const value = e.currentTarget.value;
                    if (value === "") delete votes[a.application_id];
                    else votes[a.application_id] = Number(value);
                    setNote({ ...note, votes });
                  }}
                />
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" id={`note-save-${demand.demand_id}`} disabled={busy}>
          {t("panel-save")}
        </button>
      </form>
    </section>
  );
}

function status(exclusion: Exclusion | null, discuss: boolean): string {
  if (!exclusion) return t(discuss ? "panel-status-discuss" : "panel-status-ranked");
  return t(`panel-status-${exclusion.reason}`);
}

// What a batch of packages did: the count the message is about, and those
// set aside (waiting for an earlier package, or in place but not counted).
function described(message: string, count: number, tally: PanelImportTally): string {
  const parts = [t(message, { count })];
  if (tally.forwarded > 0) parts.push(t("panel-forwarded", { count: tally.forwarded }));
  if (tally.waiting + tally.refused > 0) {
    parts.push(t("panel-import-aside", { waiting: tally.waiting, refused: tally.refused }));
  }
  return parts.join(" ");
}
