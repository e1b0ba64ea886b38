// First run: choose a passphrase (typed twice, with a strength hint) and create
// the encrypted vault.
import { useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError } from "../errors";
import { t, type Language } from "../i18n";
import { LanguageSelect } from "../components/LanguageSelect";
import { PassphraseField } from "../components/PassphraseField";

interface Props {
  demoOnCreate: boolean;
  onCreated: () => void;
  onLanguage: (language: Language) => void;
}

export function SetupScreen({ demoOnCreate, onCreated, onLanguage }: Props) {
  const [passphrase, setPassphrase] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await backend.createVault(passphrase, confirmation);
      setPassphrase("");
      setConfirmation("");
      onCreated();
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
      <form class="card" onSubmit={submit} aria-labelledby="setup-title">
        <p class="brand">{t("app-title")}</p>
        <h1 id="setup-title">{t("setup-title")}</h1>
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
        <div role="alert" class="error">
          {error}
        </div>
        <button id="create-vault" type="submit" class="primary" disabled={busy} aria-busy={busy}>
          {busy ? t("setup-creating") : t("setup-create")}
        </button>
      </form>
    </main>
  );
}
