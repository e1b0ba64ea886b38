// Settings: the idle time before auto-lock, changing the passphrase, whether
// plain HTTP may reach an agency server on another machine, and for agency
// staff installing the staff key file that opens the panel's packages.
import { useEffect, useRef, useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError } from "../errors";
import { dateTime } from "../format";
import { t } from "../i18n";
import type { Settings } from "../generated/bindings";
import { PassphraseField } from "./PassphraseField";

interface Props {
  settings: Settings;
  onSave: (settings: Settings) => Promise<void>;
  onClose: () => void;
  onPassphraseChanged: () => void;
  onNewRecoveryKey: () => Promise<void>;
  onBackUp: () => Promise<void>;
  onStaffInstalled: () => void;
}

export function SettingsDialog({ settings, onSave, onClose, onPassphraseChanged, onNewRecoveryKey, onBackUp, onStaffInstalled }: Props) {
  const [lastBackup, setLastBackup] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    backend
      .backupStatus()
      .then((status) => setLastBackup(status.last_backup_at))
      .catch(() => undefined);
  }, []);
  const dialog = useRef<HTMLDialogElement>(null);
  const [minutes, setMinutes] = useState(String(Math.round(settings.auto_lock_seconds / 60)));
  const [insecureHttp, setInsecureHttp] = useState(settings.insecure_http);
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [staffPassphrase, setStaffPassphrase] = useState("");

  async function installStaffKey() {
    setError(null);
    setBusy(true);
    try {
      const installed = await backend.installStaffKey(staffPassphrase);
      if (installed) {
        setStaffPassphrase("");
        onStaffInstalled();
        dialog.current?.close();
      }
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => dialog.current?.showModal(), []);

  async function save(event: Event) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const parsed = Math.max(0, Math.min(240, Math.round(Number(minutes) || 0)));
      await onSave({ ...settings, auto_lock_seconds: parsed * 60, insecure_http: insecureHttp });
      if (next !== "" || current !== "") {
        await backend.changePassphrase(current, next, confirmation);
        onPassphraseChanged();
      }
      dialog.current?.close();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} class="settings" aria-labelledby="settings-title" onClose={onClose}>
      <form onSubmit={save}>
        <h2 id="settings-title">{t("settings-title")}</h2>
        <div class="field">
          <label for="auto-lock-minutes">{t("settings-auto-lock")}</label>
          <input
            id="auto-lock-minutes"
            type="number"
            min={0}
            max={240}
            value={minutes}
            onInput={(event) => setMinutes(event.currentTarget.value)}
          />
        </div>
        <fieldset>
          <legend>{t("settings-change-passphrase")}</legend>
          <PassphraseField id="current-passphrase" label={t("unlock-passphrase")} value={current} onInput={setCurrent} autoComplete="current-password" />
          <PassphraseField id="next-passphrase" label={t("settings-new-passphrase")} value={next} onInput={setNext} showStrength autoComplete="new-password" />
          <PassphraseField id="next-confirmation" label={t("setup-confirm")} value={confirmation} onInput={setConfirmation} autoComplete="new-password" />
        </fieldset>
        <fieldset>
          <legend>{t("settings-backup")}</legend>
          <p class="note" id="last-backup">
            {lastBackup ? t("settings-backup-last", { time: dateTime(lastBackup) }) : lastBackup === null ? t("settings-backup-never") : ""}
          </p>
          <button
            type="button"
            id="settings-backup-now"
            onClick={async () => {
              dialog.current?.close();
              await onBackUp();
            }}
          >
            {t("backup-now")}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t("settings-recovery")}</legend>
          <p class="note">{t("settings-recovery-note")}</p>
          <button
            type="button"
            id="new-recovery-key"
            onClick={async () => {
              dialog.current?.close();
              await onNewRecoveryKey();
            }}
          >
            {t("settings-recovery-new")}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t("settings-connection")}</legend>
          <label class="check">
            <input
              id="insecure-http"
              type="checkbox"
              checked={insecureHttp}
              onChange={(event) => setInsecureHttp(event.currentTarget.checked)}
            />
            {t("settings-insecure-http")}
          </label>
          <p class="note">{t("settings-insecure-http-note")}</p>
        </fieldset>
        <fieldset>
          <legend>{t("settings-staff")}</legend>
          <p class="note">{t("settings-staff-note")}</p>
          <PassphraseField id="staff-key-passphrase" label={t("settings-staff-passphrase")} value={staffPassphrase} onInput={setStaffPassphrase} autoComplete="current-password" />
          <button type="button" id="install-staff-key" onClick={installStaffKey} disabled={busy || staffPassphrase === ""}>
            {t("settings-staff-install")}
          </button>
        </fieldset>
        <div role="alert" class="error">
          {error}
        </div>
        <div class="buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
          <button type="submit" class="primary" disabled={busy}>
            {t("save")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
