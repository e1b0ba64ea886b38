// The chair's meeting on the room's network: start the hub from this staff
// vault, show the join card (address, code, fingerprint, QR code), and the
// live board of where each expert stands on each applicant — never a score —
// pushed by the app whenever a package or a report arrives; at the end, the
// minutes fixed for signing and who has signed them.
import { useEffect, useState } from "preact/hooks";
import { backend } from "../backend";
import { ConfirmDialog } from "./ConfirmDialog";
import { describeError } from "../errors";
import { dateTime, pick } from "../format";
import { t } from "../i18n";
import type { BoardDemand, HubView, JoinCard, MinutesSigningView } from "../generated/bindings";

interface Props {
  callId: string;
  /** The board changed: the panel's results may have too. */
  onChanged: () => void;
}

export function HubSection({ callId, onChanged }: Props) {
  const [hub, setHub] = useState<HubView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [fixing, setFixing] = useState(false);

  useEffect(() => {
    backend
      .hub()
      .then(setHub)
      .catch((failure: unknown) => setError(describeError(failure)));
    const unlisten = backend.onHubBoard((view) => {
      setHub(view);
      onChanged();
    });
    return () => void unlisten.then((stop) => stop());
  }, [callId]);

  async function start() {
    setError(null);
    setBusy(true);
    try {
      setHub(await backend.startMeeting(callId, null));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  async function fixMinutes() {
    setError(null);
    setBusy(true);
    try {
      setHub(await backend.fixMinutes());
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  async function stop() {
    setBusy(true);
    try {
      await backend.stopMeeting();
      setHub(null);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="hub" aria-labelledby="hub-title">
      <h2 id="hub-title">{t("meeting-title")}</h2>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {hub ? (
        <>
          <JoinCardView card={hub.card} />
          <button id="hub-stop" onClick={() => setConfirming(true)} disabled={busy}>
            {t("meeting-stop")}
          </button>
          <h3>{t("meeting-board")}</h3>
          {hub.board.demands.map((demand) => (
            <BoardTable key={demand.demand_id} demand={demand} />
          ))}
          <MinutesSigning minutes={hub.minutes} busy={busy} onFix={() => setFixing(true)} />
        </>
      ) : (
        <>
          <p class="note">{t("meeting-intro")}</p>
          <button id="hub-start" class="primary" onClick={start} disabled={busy}>
            {t("meeting-start")}
          </button>
        </>
      )}
      {fixing && (
        <ConfirmDialog
          id="hub-fix-dialog"
          title={t("meeting-fix-confirm-title")}
          confirm={t("meeting-fix")}
          onConfirm={() => void fixMinutes()}
          onClose={() => setFixing(false)}
        >
          <p>{t(hub?.minutes ? "meeting-fix-again-confirm-body" : "meeting-fix-confirm-body")}</p>
        </ConfirmDialog>
      )}
      {confirming && (
        <ConfirmDialog
          id="hub-stop-dialog"
          title={t("meeting-stop-confirm-title")}
          confirm={t("meeting-stop")}
          onConfirm={() => void stop()}
          onClose={() => setConfirming(false)}
        >
          <p>{t("meeting-stop-confirm-body")}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function JoinCardView({ card }: { card: JoinCard }) {
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(card.qr_svg)}`;
  return (
    <div class="join-card" id="hub-card" aria-label={t("meeting-join-card")}>
      <img id="hub-qr" src={qr} alt={t("meeting-qr-alt")} width={200} height={200} />
      <dl>
        <dt>{t("meeting-code-label")}</dt>
        <dd id="hub-code" class="code">
          {card.code}
        </dd>
        <dt>{t("meeting-addresses-label")}</dt>
        <dd id="hub-addresses">
          {card.addresses.map((address) => (
            <div key={address} class="address">
              {address}
            </div>
          ))}
        </dd>
        <dt>{t("meeting-fingerprint-label")}</dt>
        <dd id="hub-fingerprint" class="fingerprint">
          {card.fingerprint}
        </dd>
      </dl>
      <p class="join-line" id="hub-join-line">
        {card.join_line}
      </p>
    </div>
  );
}

function BoardTable({ demand }: { demand: BoardDemand }) {
  const experts = [...new Set(demand.applicants.flatMap((a) => a.experts.map((c) => c.expert_id)))].sort();
  return (
    <table class="board" data-board={demand.demand_id}>
      <caption>
        {t("meeting-board-demand", {
          demand: demand.demand_id,
          title: pick(demand.title),
          done: demand.done,
          assigned: demand.assigned,
        })}
        {demand.round && ` · ${t(`panel-round-${demand.round}`)}`}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t("meeting-board-applicant")}</th>
          {experts.map((expert) => (
            <th scope="col" key={expert}>
              {expert}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {demand.applicants.map((applicant) => (
          <tr key={applicant.application_id}>
            <th scope="row">{`${applicant.application_id} ${pick(applicant.lead)}`}</th>
            {experts.map((expert) => {
              const cell = applicant.experts.find((c) => c.expert_id === expert);
              return (
                <td
                  key={expert}
                  data-board-cell={`${applicant.application_id}/${expert}`}
                  data-state={cell?.state ?? ""}
                  class={cell ? `state ${cell.state}` : "unassigned"}
                >
                  {cell ? t(`meeting-state-${cell.state}`) : ""}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The minutes fixed for signing: their digest, who signed, who has not. */
function MinutesSigning({ minutes, busy, onFix }: { minutes: MinutesSigningView | null; busy: boolean; onFix: () => void }) {
  return (
    <section class="minutes-signing" id="hub-minutes" aria-labelledby="hub-minutes-title">
      <h3 id="hub-minutes-title">{t("meeting-minutes")}</h3>
      {!minutes ? (
        <p class="empty-note">{t("meeting-minutes-intro")}</p>
      ) : (
        <>
          <p>{t("meeting-minutes-fixed", { at: dateTime(minutes.fixed_at) })}</p>
          <p class="fingerprint" id="hub-minutes-digest" data-digest={minutes.digest}>
            {t("meeting-minutes-digest", { digest: minutes.digest })}
          </p>
          {!minutes.current && (
            <p role="alert" class="warning" id="hub-minutes-stale">
              {t("meeting-minutes-stale")}
            </p>
          )}
          <ul class="signatures">
            {minutes.signed.map((entry) => (
              <li key={entry.expert_id} data-signed={entry.expert_id} class="signed">
                {t("meeting-minutes-signed-by", { name: pick(entry.name), expert: entry.expert_id, at: dateTime(entry.signed_at) })}
              </li>
            ))}
            {minutes.unsigned.map(([expert, name]) => (
              <li key={expert} data-unsigned={expert} class="unsigned">
                {t("meeting-minutes-waiting-for", { name: pick(name), expert })}
              </li>
            ))}
          </ul>
        </>
      )}
      <button id="hub-fix-minutes" onClick={onFix} disabled={busy}>
        {t(minutes ? "meeting-fix-again" : "meeting-fix")}
      </button>
    </section>
  );
}
