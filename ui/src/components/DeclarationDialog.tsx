// The conflict-of-interest declaration an expert makes before the score sheet
// of an application opens: no conflict, or a conflict (kind and details) that
// recuses them from it.
import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n";
import type { ConflictKind, Declaration } from "../generated/bindings";

const KINDS: ConflictKind[] = ["same_unit", "former_employer", "collaborator", "relative", "financial_interest", "other"];

interface Props {
  applicationId: string;
  initial: Declaration | null;
  onDeclare: (declaration: Declaration) => void;
  onCancel: () => void;
}

export function DeclarationDialog({ applicationId, initial, onDeclare, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<Declaration["kind"] | null>(initial?.kind ?? null);
  const [kind, setKind] = useState<ConflictKind>(initial?.kind === "conflict" ? initial.conflict : "same_unit");
  const [details, setDetails] = useState(initial?.kind === "conflict" ? initial.details : "");
  const [error, setError] = useState("");
  const declared = useRef(false);

  useEffect(() => dialog.current?.showModal(), []);

  function confirm(event: Event) {
    event.preventDefault();
    if (choice === null) return setError(t("declare-choose"));
    if (choice === "conflict" && details.trim() === "") {
      document.getElementById("conflict-details")?.focus();
      return setError(t("declare-details-required"));
    }
    declared.current = true;
    onDeclare(choice === "no_conflict" ? { kind: "no_conflict" } : { kind: "conflict", conflict: kind, details: details.trim() });
    dialog.current?.close();
  }

  return (
    <dialog
      ref={dialog}
      class="declaration"
      aria-labelledby="declare-title"
      onClose={() => declared.current || onCancel()}
      onKeyDown={(event) => {
        // Enter confirms from the choices too, not only from text fields.
        const target = event.target as HTMLElement;
        if (event.key === "Enter" && target instanceof HTMLInputElement && target.type === "radio") confirm(event);
      }}
    >
      <form onSubmit={confirm}>
        <h2 id="declare-title">{t("declare-title")}</h2>
        <p>{t("declare-intro", { application: applicationId })}</p>
        <fieldset>
          <legend class="visually-hidden">{t("declare-title")}</legend>
          <label class="choice">
            <input
              type="radio"
              name="declaration"
              id="declare-none"
              checked={choice === "no_conflict"}
              onChange={() => setChoice("no_conflict")}
            />
            {t("declare-none")}
          </label>
          <label class="choice">
            <input
              type="radio"
              name="declaration"
              id="declare-conflict"
              checked={choice === "conflict"}
              onChange={() => setChoice("conflict")}
            />
            {t("declare-conflict")}
          </label>
        </fieldset>
        {choice === "conflict" && (
          <div class="conflict">
            <div class="field">
              <label for="conflict-kind">{t("declare-kind")}</label>
              <select id="conflict-kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as ConflictKind)}>
                {KINDS.map((k) => (
                  <option value={k} key={k}>
                    {t(`conflict-${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="conflict-details">{t("declare-details")}</label>
              <textarea id="conflict-details" rows={3} value={details} onInput={(event) => setDetails(event.currentTarget.value)} />
            </div>
            <p class="note">{t("declare-recusal-note")}</p>
          </div>
        )}
        <div role="alert" class="error">
          {error}
        </div>
        <div class="buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
          <button type="submit" class="primary" id="declare-confirm">
            {t("declare-confirm")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
