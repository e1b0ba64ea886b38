// An expert at a panel meeting: join the chair's hub on the room's network
// with the join card's address and code (or the line under its QR code),
// then see what the chair opens — for each open demand, once every sheet is
// submitted, the panel's scores per criterion without names, the median and
// range, the rule's flag, and the others' reasons where the call shares
// them; an applicant one is recused from shows only that. At the end, the
// minutes the chair fixed, to read and sign. The app keeps in step with the
// hub by itself, so this view follows without a button.
import { useEffect, useState } from "preact/hooks";
import { backend } from "../backend";
import { ConfirmDialog } from "./ConfirmDialog";
import { describeError, describeProblem } from "../errors";
import { dateTime, pick, points } from "../format";
import { t } from "../i18n";
import { outcome } from "../outcome";
import type {
  ApplicantDiscussion,
  DemandDiscussion,
  MeetingView,
  MinutesToSignView,
  Spread,
} from "../generated/bindings";

export function MeetingPane() {
  const [view, setView] = useState<MeetingView | null>(null);
  const [hub, setHub] = useState("");
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [signing, setSigning] = useState<string | null>(null);

  useEffect(() => {
    backend
      .meeting()
      .then(setView)
      .catch((failure: unknown) => setError(describeError(failure)));
    const unlisten = backend.onMeetingState(setView);
    return () => void unlisten.then((stop) => stop());
  }, []);

  async function act(work: () => Promise<MeetingView>) {
    setError(null);
    setBusy(true);
    try {
      setView(await work());
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  if (!view) return error ? <p role="alert" class="error">{error}</p> : <p aria-busy="true" />;
  const joined = view.joined;
  return (
    <section class="meeting-pane" aria-labelledby="meeting-pane-title">
      <h1 id="meeting-pane-title">{t("meeting-title")}</h1>
      {error && (
        <p role="alert" class="error" id="meeting-error">
          {error}
        </p>
      )}
      {!joined ? (
        <form
          class="meeting-join"
          onSubmit={(event) => {
            event.preventDefault();
            void act(() => backend.joinMeeting(hub.trim(), code.trim() || null));
          }}
        >
          <p class="note">{t("meeting-join-intro")}</p>
          <label for="meeting-hub">{t("meeting-hub-label")}</label>
          <input id="meeting-hub" required value={hub} onInput={(e) => setHub(e.currentTarget.value)} />
          <label for="meeting-code-input">{t("meeting-code-label")}</label>
          <input id="meeting-code-input" value={code} autoComplete="off" onInput={(e) => setCode(e.currentTarget.value)} />
          <button type="submit" id="meeting-join" class="primary" disabled={busy}>
            {t("meeting-join")}
          </button>
        </form>
      ) : (
        <>
          <p id="meeting-joined">
            {t("meeting-joined", { call: joined.call_id, address: joined.address, code: joined.code })}
          </p>
          {view.trouble && (
            <p role="alert" class="error" id="meeting-trouble">
              {describeProblem(view.trouble)}
            </p>
          )}
          {view.awaiting_agency > 0 && <p class="note">{t("meeting-awaiting", { count: view.awaiting_agency })}</p>}
          <button id="meeting-leave" onClick={() => void act(() => backend.leaveMeeting())} disabled={busy}>
            {t("meeting-leave")}
          </button>
          {view.discussions.length === 0 ? (
            <p class="empty-note" id="meeting-nothing-open">
              {t("meeting-nothing-open")}
            </p>
          ) : (
            view.discussions.map((discussion) => <DemandDiscussionView key={discussion.demand_id} discussion={discussion} />)
          )}
          {view.minutes && (
            <MinutesToSign minutes={view.minutes} busy={busy} onSign={() => setSigning(view.minutes?.digest ?? null)} />
          )}
        </>
      )}
      {signing && (
        <ConfirmDialog
          id="meeting-sign-dialog"
          title={t("meeting-sign-confirm-title")}
          confirm={t("meeting-sign")}
          onConfirm={() => void act(() => backend.signMinutes(signing))}
          onClose={() => setSigning(null)}
        >
          <p>{t("meeting-sign-confirm-body", { digest: signing })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function DemandDiscussionView({ discussion }: { discussion: DemandDiscussion }) {
  return (
    <section class="discussion" data-discussion={discussion.demand_id}>
      <h2>
        {discussion.demand_id} · {t(`panel-round-${discussion.round}`)}
      </h2>
      {discussion.withheld && <p class="note withheld">{describeProblem(discussion.withheld)}</p>}
      {discussion.view?.applicants.map((applicant) => (
        <ApplicantView key={applicant.application_id} applicant={applicant} />
      ))}
    </section>
  );
}

function ApplicantView({ applicant }: { applicant: ApplicantDiscussion }) {
  if (applicant.recused) {
    return (
      <div class="discussed recused" data-discussed={applicant.application_id}>
        <h3>{applicant.application_id}</h3>
        <p>{t("meeting-recused")}</p>
      </div>
    );
  }
  return (
    <div class="discussed" data-discussed={applicant.application_id}>
      <h3>
        {applicant.application_id}
        {applicant.discuss && <span class="flag"> · {t("meeting-flagged")}</span>}
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("meeting-criterion")}</th>
            <th scope="col">{t("meeting-scores")}</th>
            <th scope="col" class="number">{t("meeting-median")}</th>
            <th scope="col" class="number">{t("meeting-range")}</th>
          </tr>
        </thead>
        <tbody>
          {applicant.overall && <SpreadRow label={t("meeting-overall")} spread={applicant.overall} />}
          {applicant.criteria.map((criterion) =>
            criterion.spread ? <SpreadRow key={criterion.criterion_id} label={criterion.criterion_id} spread={criterion.spread} /> : null,
          )}
        </tbody>
      </table>
      {applicant.criteria.some((c) => c.reasons.length > 0) && (
        <>
          <h4>{t("meeting-reasons")}</h4>
          {applicant.criteria
            .filter((c) => c.reasons.length > 0)
            .map((criterion) => (
              <div key={criterion.criterion_id}>
                <strong>{criterion.criterion_id}</strong>
                <ul>
                  {criterion.reasons.map((reason, index) => (
                    <li key={index}>{reason}</li>
                  ))}
                </ul>
              </div>
            ))}
        </>
      )}
      {applicant.opinions.length > 0 && (
        <>
          <h4>{t("meeting-opinions")}</h4>
          <ul>
            {applicant.opinions.map((opinion, index) => (
              <li key={index}>{opinion}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SpreadRow({ label, spread }: { label: string; spread: Spread }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{spread.scores.map(points).join(" · ")}</td>
      <td class="number">{points(spread.median)}</td>
      <td class="number">{`${points(spread.low)}–${points(spread.high)}`}</td>
    </tr>
  );
}

/** The minutes the chair fixed, as the expert reads them before signing. */
function MinutesToSign({ minutes, busy, onSign }: { minutes: MinutesToSignView; busy: boolean; onSign: () => void }) {
  return (
    <section class="minutes-to-sign" id="meeting-minutes" data-digest={minutes.digest} aria-labelledby="meeting-minutes-title">
      <h2 id="meeting-minutes-title">{t("meeting-minutes")}</h2>
      <p>{t("meeting-minutes-fixed", { at: dateTime(minutes.fixed_at) })}</p>
      {minutes.demands.map((demand) => {
        const lead = (id: string) => `${id} ${pick(demand.leads[id])}`;
        return (
          <div key={demand.demand_id} class="minutes-demand" data-minutes-demand={demand.demand_id}>
            <h3>{`${demand.demand_id} ${pick(demand.title)}`}</h3>
            <table>
              <tbody>
                {demand.result.applicants.map((applicant) => (
                  <tr key={applicant.application_id}>
                    <td class="number">{applicant.rank ?? "—"}</td>
                    <th scope="row">{lead(applicant.application_id)}</th>
                    <td class="number">{points(applicant.overall?.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p class="panel-outcome">{outcome(demand.result.outcome, lead, false)}</p>
            {demand.chair_note.trim() && <p class="note">{demand.chair_note}</p>}
          </div>
        );
      })}
      <p class="fingerprint">{t("meeting-minutes-digest", { digest: minutes.digest })}</p>
      {minutes.signed ? (
        <p id="meeting-minutes-signed" class="signed">
          {t("meeting-minutes-you-signed")}
        </p>
      ) : (
        <button id="meeting-sign" class="primary" onClick={onSign} disabled={busy}>
          {t("meeting-sign")}
        </button>
      )}
    </section>
  );
}
