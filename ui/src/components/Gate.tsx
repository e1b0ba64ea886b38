// The frame of the screens shown before the vault is open (create, unlock): the
// language menu, a card with a title, and a form whose action reports busy and
// errors the same way everywhere.
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { describeError } from "../errors";
import { t, type Language } from "../i18n";
import { LanguageSelect } from "./LanguageSelect";

interface Props {
  id: string;
  title: string;
  submitLabel: string;
  busyLabel: string;
  onSubmit: () => Promise<void>;
  onLanguage: (language: Language) => void;
  children: ComponentChildren;
}

export function Gate({ id, title, submitLabel, busyLabel, onSubmit, onLanguage, children }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
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
      <form class="card" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <p class="brand">{t("app-title")}</p>
        <h1 id={`${id}-title`}>{title}</h1>
        {children}
        <div role="alert" class="error">
          {error}
        </div>
        <button id={id} type="submit" class="primary" disabled={busy} aria-busy={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
      </form>
    </main>
  );
}
