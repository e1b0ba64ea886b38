// First run: choose a passphrase (typed twice, with a strength hint), create
// the encrypted vault, then keep its recovery key — or, on a new laptop,
// restore the backup made on the old one.
import { useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError } from "../errors";
import type { BackupView } from "../generated/bindings";
import { t, type Language } from "../i18n";
import { Gate } from "../components/Gate";
import { PassphraseField } from "../components/PassphraseField";
import { RecoveryKeyShown } from "../components/RecoveryKeyShown";

interface Props {
  demoOnCreate: boolean;
  onCreated: () => void;
  onRestored: (backup: BackupView) => void;
  onLanguage: (language: Language) => void;
}

export function SetupScreen({ demoOnCreate, onCreated, onRestored, onLanguage }: Props) {
  const [restoreError, setRestoreError] = useState<string | null>(null);
  async function restore() {
    setRestoreError(null);
    try {
      const restored = await backend.restoreBackup();
      if (restored) onRestored(restored);
    } catch (failure) {
      setRestoreError(describeError(failure));
    }
  }
  const [passphrase, setPassphrase] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  async function create() {
    const made = await backend.createVault(passphrase, confirmation);
    setPassphrase("");
    setConfirmation("");
    setRecoveryKey(made);
  }

  if (recoveryKey !== null) {
    return (
      <main class="gate">
        <div class="card">
          <p class="brand">{t("app-title")}</p>
          <RecoveryKeyShown
            recoveryKey={recoveryKey}
            onKept={() => {
              setRecoveryKey(null);
              onCreated();
            }}
          />
        </div>
      </main>
    );
  }

  return (
    <Gate
      id="create-vault"
      title={t("setup-title")}
      submitLabel={t("setup-create")}
      busyLabel={t("setup-creating")}
      onSubmit={create}
      onLanguage={onLanguage}
    >
      <p>{t("setup-intro")}</p>
      <PassphraseField
        id="new-passphrase"
        label={t("setup-passphrase")}
        value={passphrase}
        onInput={setPassphrase}
        showStrength
        autoFocus
        autoComplete="new-password"
      />
      <PassphraseField
        id="confirm-passphrase"
        label={t("setup-confirm")}
        value={confirmation}
        onInput={setConfirmation}
        autoComplete="new-password"
      />
      {demoOnCreate && <p class="note">{t("setup-demo-note")}</p>}
      <div class="restore">
        <p class="note">{t("setup-restore-note")}</p>
        <button type="button" id="restore-backup" onClick={restore}>
          {t("setup-restore")}
        </button>
        {restoreError && (
          <p role="alert" class="error">
            {restoreError}
          </p>
        )}
      </div>
    </Gate>
  );
}
