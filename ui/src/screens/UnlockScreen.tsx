// Later runs and after locking: the passphrase unlocks the vault.
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

  async function unlock() {
    await backend.unlockVault(passphrase);
    setPassphrase("");
    onUnlocked();
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
      {notice && <p class="note">{notice}</p>}
      <PassphraseField
        id="unlock-passphrase"
        label={t("unlock-passphrase")}
        value={passphrase}
        onInput={setPassphrase}
        autoFocus
        autoComplete="current-password"
      />
    </Gate>
  );
}
