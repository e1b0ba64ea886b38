// The language menu, present on every screen.
import { LANGUAGES, language, t, type Language } from "../i18n";

export function LanguageSelect({ onLanguage }: { onLanguage: (language: Language) => void }) {
  return (
    <label class="language">
      <span>{t("language-label")}</span>
      <select
        id="language-select"
        value={language()}
        onChange={(event) => onLanguage(event.currentTarget.value as Language)}
      >
        {LANGUAGES.map((tag) => (
          <option value={tag} key={tag}>
            {t(`language-${tag}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
