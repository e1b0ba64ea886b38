// A passphrase input with an optional live strength hint.
import { useEffect, useState } from "preact/hooks";
import { backend } from "../backend";
import { t } from "../i18n";
import type { PassphraseStrength } from "../generated/bindings";

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  showStrength?: boolean;
  autoFocus?: boolean;
  autoComplete: "new-password" | "current-password";
}

export function PassphraseField({ id, label, value, onInput, showStrength, autoFocus, autoComplete }: Props) {
  const [strength, setStrength] = useState<PassphraseStrength | null>(null);
  useEffect(() => {
    if (!showStrength || value === "") {
      setStrength(null);
      return;
    }
    let current = true;
    backend.passphraseStrength(value).then((s) => current && setStrength(s)).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [value, showStrength]);

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        value={value}
        autoFocus={autoFocus ?? false}
        autoComplete={autoComplete}
        aria-describedby={showStrength ? `${id}-strength` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {showStrength && (
        <div id={`${id}-strength`} class="strength" aria-live="polite">
          {strength && (
            <>
              <meter min={0} max={4} low={2} high={3} optimum={4} value={strength.level} aria-hidden="true" />
              <span>{t("strength-label", { level: strength.level })}</span>
              <span class="hint">{t(`strength-hint-${strength.hint}`)}</span>
            </>
          )}
        </div>
      )}
    </div>
  );
}
