// First run: choose a passphrase (typed twice, with a strength hint) and create
// the encrypted vault.
import { useState } from "preact/hooks";
import { backend } from "../backend";
import { t, type Language } from "../i18n";
import { Gate } from "../components/Gate";
import { PassphraseField } from "../components/PassphraseField";

interface Props {
  demoOnCreate: boolean;
  onCreated: () => void;
  onLanguage: (language: Language) => void;
}

export function SetupScreen({ demoOnCreate, onCreated, onLanguage }: Props) {
  const [passphrase, setPassphrase] = useState("");
  const [confirmation, setConfirmation] = useState("");

  async function create() {
    await backend.createVault(passphrase, confirmation);
    setPassphrase("");
    setConfirmation("");
    onCreated();
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
    </Gate>
  );
}
