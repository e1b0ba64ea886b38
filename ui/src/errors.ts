// Turns an error from the backend into a sentence in the current language.
import { has, t } from "./i18n";
import { isErrorPayload } from "./backend";

export function describeError(error: unknown): string {
  if (!isErrorPayload(error)) return t("error-internal", { detail: String(error) });
  const args = error.args;
  if (error.code === "document") {
    const location = args.path ? t("document-location", { path: args.path }) : "";
    const reason = t(`document-${args.reason ?? "invalid-value"}`, args);
    return t("error-document", { location, reason });
  }
  const id = `error-${error.code}`;
  return has(id) ? t(id, args) : error.message;
}
