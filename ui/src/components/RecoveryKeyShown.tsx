// The recovery key, shown once: in large grouped characters, printable, with
// the expert asked to type its last group back before going on, so a key
// that was never written down is noticed while it can still be read.
import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n";

interface Props {
  recoveryKey: string;
  /** Said above the key, when there is more to say than the title. */
  note?: string;
  onKept: () => void;
}

export function RecoveryKeyShown({ recoveryKey, note, onKept }: Props) {
  const [typed, setTyped] = useState("");
  const [wrong, setWrong] = useState(false);
  const lastGroup = recoveryKey.split("-").pop() ?? "";

  function confirm(event: Event) {
    event.preventDefault();
    // Typed as read back from paper: any case, O for 0, I or L for 1.
    const normalised = typed.trim().toUpperCase().replace(/O/g, "0").replace(/[IL]/g, "1");
    if (normalised === lastGroup) onKept();
    else setWrong(true);
  }

  return (
    <form class="recovery-key" onSubmit={confirm} aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t("recovery-title")}</h2>
      {note && <p>{note}</p>}
      <p>{t("recovery-intro")}</p>
      <code id="recovery-key" class="recovery-key-text" translate={false}>
        {recoveryKey}
      </code>
      <button type="button" class="no-print" onClick={() => window.print()}>
        {t("recovery-print")}
      </button>
      <div class="field no-print">
        <label for="recovery-confirm">{t("recovery-confirm")}</label>
        <input
          id="recovery-confirm"
          value={typed}
          maxLength={4}
          autoComplete="off"
          spellcheck={false}
          onInput={(event) => {
            setTyped(event.currentTarget.value);
            setWrong(false);
          }}
        />
      </div>
      <div role="alert" class="error">
        {wrong ? t("recovery-confirm-wrong") : null}
      </div>
      <button id="recovery-kept" type="submit" class="primary no-print">
        {t("recovery-kept")}
      </button>
    </form>
  );
}

/** A new recovery key made while the vault is open, shown in a modal dialog. */
export function RecoveryKeyDialog({ recoveryKey, onKept }: { recoveryKey: string; onKept: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog ref={dialog} class="settings recovery-dialog" aria-labelledby="recovery-title" onCancel={(event) => event.preventDefault()}>
      <div class="dialog-body">
        <RecoveryKeyShown recoveryKey={recoveryKey} note={t("recovery-new-note")} onKept={onKept} />
      </div>
    </dialog>
  );
}
