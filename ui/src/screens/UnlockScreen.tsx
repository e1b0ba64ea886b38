// Later runs and after locking: the passphrase unlocks the vault; with the
// recovery key, a forgotten passphrase is replaced.
import { useState } from "preact/hooks";
import { backend } from "../backend";
import { t, type Language } from "../i18n";
import { Gate } from "../components/Gate";
import { PassphraseField } from "../components/PassphraseField";

interface Props {
  notice: string | null;
  onUnlocked: () => void;
  onLanguage: (language: Language) => void;
}

export function UnlockScreen({ notice, onUnlocked, onLanguage }: Props) {
  const [passphrase, setPassphrase] = useState("");
  const [forgotten, setForgotten] = useState(false);

  async function unlock() {
    await backend.unlockVault(passphrase);
    setPassphrase("");
    onUnlocked();
  }

  if (forgotten) {
    return <ResetPassphrase onUnlocked={onUnlocked} onLanguage={onLanguage} onBack={() => setForgotten(false)} />;
  }

  return (
    <Gate
      id="unlock"
      title={t("unlock-title")}
      submitLabel={t("unlock-button")}
      busyLabel={t("unlock-working")}
      onSubmit={unlock}
      onLanguage={onLanguage}
    >
      {notice && (
        <p class="note" id="unlock-notice">
          {notice}
        </p>
      )}
      <PassphraseField
        id="unlock-passphrase"
        label={t("unlock-passphrase")}
        value={passphrase}
        onInput={setPassphrase}
        autoFocus
        autoComplete="current-password"
      />
      <button type="button" id="forgot-passphrase" class="link" onClick={() => setForgotten(true)}>
        {t("unlock-forgot")}
      </button>
    </Gate>
  );
}

interface ResetProps {
  onUnlocked: () => void;
  onLanguage: (language: Language) => void;
  onBack: () => void;
}

/** The recovery key and a new passphrase (typed twice): the vault opens, everything kept. */
function ResetPassphrase({ onUnlocked, onLanguage, onBack }: ResetProps) {
  const [recoveryKey, setRecoveryKey] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [confirmation, setConfirmation] = useState("");

  async function reset() {
    await backend.resetPassphrase(recoveryKey, passphrase, confirmation);
    setRecoveryKey("");
    setPassphrase("");
    setConfirmation("");
    onUnlocked();
  }

  return (
    <Gate
      id="reset-passphrase"
      title={t("reset-title")}
      submitLabel={t("reset-button")}
      busyLabel={t("reset-working")}
      onSubmit={reset}
      onLanguage={onLanguage}
    >
      <p>{t("reset-intro")}</p>
      <div class="field">
        <label for="recovery-key-input">{t("reset-recovery-key")}</label>
        <input
          id="recovery-key-input"
          class="recovery-key-text"
          value={recoveryKey}
          autoFocus
          autoComplete="off"
          spellcheck={false}
          onInput={(event) => setRecoveryKey(event.currentTarget.value)}
        />
      </div>
      <PassphraseField
        id="reset-new-passphrase"
        label={t("settings-new-passphrase")}
        value={passphrase}
        onInput={setPassphrase}
        showStrength
        autoComplete="new-password"
      />
      <PassphraseField
        id="reset-confirmation"
        label={t("setup-confirm")}
        value={confirmation}
        onInput={setConfirmation}
        autoComplete="new-password"
      />
      <button type="button" id="back-to-unlock" class="link" onClick={onBack}>
        {t("reset-back")}
      </button>
    </Gate>
  );
}
