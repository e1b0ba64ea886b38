// Sync with the agency: enrollment (server, expert id, one-time code; or by
// file, a request written and the agency's response read back), the outbox
// of score packages with their state and receipts, "sync now", exporting
// undelivered packages to a folder and importing a bundle file — the
// exchange on a USB stick when there is no connection.
import { useEffect, useRef, useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError, describeProblem } from "../errors";
import { dateTime } from "../format";
import { t } from "../i18n";
import type { IdentityView, OutboxView, ReceiptView, SyncStatus } from "../generated/bindings";

interface Props {
  status: SyncStatus;
  onClose: () => void;
  /** Imports a bundle (or agency data) file, as the main screen does. */
  onImport: () => Promise<void>;
}

export function SyncDialog({ status, onClose, onImport }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [identity, setIdentity] = useState<IdentityView | null | undefined>(undefined);
  const [outbox, setOutbox] = useState<OutboxView[]>([]);
  const [server, setServer] = useState("");
  const [expertId, setExpertId] = useState("");
  const [code, setCode] = useState("");
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Enrolling this vault again, after the agency revoked its key. */
  const [again, setAgain] = useState(false);

  async function reload() {
    try {
      setIdentity(await backend.identity());
      setOutbox(await backend.outbox());
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  useEffect(() => {
    dialog.current?.showModal();
    void reload();
  }, []);
  useEffect(() => void reload(), [status]);

  async function enroll(event: Event) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const enrolled = await backend.enrollOnline(server.trim(), expertId.trim(), code);
      setIdentity(enrolled);
      setAgain(false);
      setMessage(t("sync-enrolled", { id: enrolled.expert_id }));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  /** Enrollment by file, first step: the request for the agency. */
  async function writeRequest() {
    setError(null);
    if (expertId.trim() === "" || code.trim() === "") {
      setError(t("sync-by-file-needs"));
      return;
    }
    try {
      const written = await backend.writeEnrollmentRequest(expertId.trim(), code);
      if (written) setMessage(t("sync-request-written", { path: written }));
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  /** Enrollment by file, second step: the agency's response. */
  async function readResponse() {
    setError(null);
    try {
      const enrolled = await backend.readEnrollmentResponse();
      if (enrolled) {
        setIdentity(enrolled);
        setMessage(t("sync-enrolled", { id: enrolled.expert_id }));
      }
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  async function exportOutbox() {
    setError(null);
    try {
      const count = await backend.exportOutbox();
      if (count !== null) setMessage(t("sync-exported", { count }));
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  const enrolled = identity?.agency_key != null && !again;

  function enrollAgain() {
    setExpertId(identity?.expert_id ?? "");
    setServer(identity?.server ?? "");
    setCode("");
    setAgain(true);
  }
  return (
    <dialog ref={dialog} class="sync-dialog" aria-labelledby="sync-title" onClose={onClose}>
      <div class="sync-body">
        <h2 id="sync-title">{t("sync-title")}</h2>
        {identity === undefined ? (
          <p aria-busy="true" />
        ) : enrolled ? (
          <>
            <p>
              {t("sync-identity", { id: identity?.expert_id ?? "", server: identity?.server ?? "—" })}
            </p>
            <p class="note" id="device-key">
              {t("sync-device-key", { key: identity?.signing_key ?? "" })}
            </p>
            {identity?.continues_after != null && (
              <p class="note" id="continues-after">
                {t("sync-continues-after", { sequence: identity.continues_after })}
              </p>
            )}
            <p class="note">{t("sync-agency-key", { key: identity?.agency_key ?? "" })}</p>
            <p id="sync-phase" class={`sync-phase ${status.phase}`}>
              {t(`sync-phase-${status.phase}`, { queued: status.queued, quarantined: status.quarantined })}
            </p>
            {status.last_error && (status.phase === "offline" || status.phase === "revoked") && (
              <p class="note" id="sync-trouble">
                {describeProblem(status.last_error)}
              </p>
            )}
            <div class="buttons start">
              {status.phase === "revoked" && (
                <button class="primary" id="enroll-again" onClick={enrollAgain}>
                  {t("sync-enroll-again")}
                </button>
              )}
              <button class={status.phase === "revoked" ? "" : "primary"} id="sync-now" onClick={() => void backend.syncNow()}>
                {t("sync-now")}
              </button>
              <button id="sync-export" onClick={exportOutbox} disabled={status.queued + status.quarantined === 0}>
                {t("sync-export")}
              </button>
              <button id="sync-import-bundle" onClick={() => void onImport().then(reload)}>
                {t("sync-import-bundle")}
              </button>
            </div>
            {outbox.length === 0 ? (
              <p class="note">{t("sync-empty")}</p>
            ) : (
              <table class="outbox">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t("sync-applications")}</th>
                    <th scope="col">{t("sync-state")}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...outbox].reverse().map((entry) => (
                    <tr key={entry.package_id} data-package={entry.sequence}>
                      <td class="number">{entry.sequence}</td>
                      <td>{entry.applications.join(", ")}</td>
                      <td class={entry.state}>
                        {t(`package-${entry.state}`)}
                        {entry.state === "quarantined" && entry.reason && <span class="note"> — {describeProblem(entry.reason)}</span>}
                        {entry.receipt && <Receipt receipt={entry.receipt} />}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        ) : (
          <form onSubmit={enroll}>
            <p>{t(again ? "sync-enroll-again-note" : "sync-not-enrolled")}</p>
            <div class="field">
              <label for="enroll-server">{t("sync-server")}</label>
              <input id="enroll-server" type="url" required value={server} placeholder="https://" onInput={(e) => setServer(e.currentTarget.value)} />
            </div>
            <div class="field">
              <label for="enroll-expert">{t("sync-expert-id")}</label>
              <input id="enroll-expert" required value={expertId} onInput={(e) => setExpertId(e.currentTarget.value)} />
            </div>
            <div class="field">
              <label for="enroll-code">{t("sync-code")}</label>
              <input id="enroll-code" required autoComplete="off" value={code} onInput={(e) => setCode(e.currentTarget.value)} />
            </div>
            <button type="submit" class="primary" id="enroll" disabled={busy}>
              {t("sync-enroll")}
            </button>
            <fieldset class="by-file">
              <legend>{t("sync-by-file-title")}</legend>
              <p class="note">{t("sync-by-file")}</p>
              <div class="buttons start">
                <button type="button" id="enroll-request-file" onClick={writeRequest}>
                  {t("sync-write-request")}
                </button>
                <button type="button" id="enroll-response-file" onClick={readResponse}>
                  {t("sync-read-response")}
                </button>
              </div>
            </fieldset>
          </form>
        )}
        <p role="status" class="status-line">
          {message}
        </p>
        <div role="alert" class="error">
          {error}
        </div>
        <div class="buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t("close")}
          </button>
        </div>
      </div>
    </dialog>
  );
}

/** The agency's signed receipt: when it arrived, and what the agency signed. */
function Receipt({ receipt }: { receipt: ReceiptView }) {
  return (
    <details class="receipt">
      <summary>{t("receipt-received", { at: dateTime(receipt.received_at) })}</summary>
      <dl>
        <dt>{t("receipt-digest")}</dt>
        <dd class="digest">{receipt.manifest_digest}</dd>
        <dt>{t("receipt-signature")}</dt>
        <dd class="digest">{receipt.signature}</dd>
      </dl>
      <p class="note">{t("receipt-explained")}</p>
    </details>
  );
}

/**
 * The indicator in the top bar: the sync state at a glance, and the same
 * state in words for screen readers, announced when it changes.
 */
export function SyncIndicator({ status, onOpen }: { status: SyncStatus; onOpen: () => void }) {
  return (
    <>
      <button id="sync-indicator" class={`sync-indicator ${status.phase}`} onClick={onOpen} aria-haspopup="dialog">
        <span class="dot" aria-hidden="true" />
        {t(`sync-short-${status.phase}`, { queued: status.queued })}
      </button>
      <span id="sync-announcement" class="visually-hidden" role="status" aria-live="polite">
        {t(`sync-phase-${status.phase}`, { queued: status.queued, quarantined: status.quarantined })}
      </span>
    </>
  );
}
