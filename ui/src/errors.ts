// Turns an error from the backend into a sentence in the current language.
import { has, t } from "./i18n";
import { isErrorPayload } from "./backend";

export function describeError(error: unknown): string {
  if (!isErrorPayload(error)) return t("error-internal", { detail: String(error) });
  // Whole numbers arrive as text; as numbers they choose plural forms.
  const args = Object.fromEntries(
    Object.entries(error.args).map(([name, value]) => [name, /^(0|[1-9][0-9]*)$/.test(value) ? Number(value) : value]),
  );
  if (error.code === "document") {
    const location = args.path ? t("document-location", { path: args.path }) : "";
    const reason = t(`document-${args.reason ?? "invalid-value"}`, args);
    return t("error-document", { location, reason });
  }
  const id = `error-${error.code}`;
  return has(id) ? t(id, args) : error.message;
}
