// Later runs and after locking: the passphrase unlocks the vault.
import { useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError } from "../errors";
import { t, type Language } from "../i18n";
import { LanguageSelect } from "../components/LanguageSelect";
import { PassphraseField } from "../components/PassphraseField";

interface Props {
  notice: string | null;
  onUnlocked: () => void;
  onLanguage: (language: Language) => void;
}

export function UnlockScreen({ notice, onUnlocked, onLanguage }: Props) {
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await backend.unlockVault(passphrase);
      setPassphrase("");
      onUnlocked();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="gate">
      <div class="gate-top">
        <LanguageSelect onLanguage={onLanguage} />
      </div>
      <form class="card" onSubmit={submit} aria-labelledby="unlock-title">
        <p class="brand">{t("app-title")}</p>
        <h1 id="unlock-title">{t("unlock-title")}</h1>
        {notice && <p class="note">{notice}</p>}
        <PassphraseField
          id="unlock-passphrase"
          label={t("unlock-passphrase")}
          value={passphrase}
          onInput={setPassphrase}
          autoFocus
          autoComplete="current-password"
        />
        <div role="alert" class="error">
          {error}
        </div>
        <button id="unlock" type="submit" class="primary" disabled={busy} aria-busy={busy}>
          {busy ? t("unlock-working") : t("unlock-button")}
        </button>
      </form>
    </main>
  );
}
