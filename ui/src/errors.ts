// Turns an error from the backend into a sentence in the current language.
// Errors arrive as a code (one of the generated `ErrorCode` union) with named
// arguments; the message the Rust side localized is only a fallback.
import { has, t } from "./i18n";
import { isErrorPayload } from "./backend";
import type { Problem } from "./generated/bindings";

export function describeError(error: unknown): string {
  if (!isErrorPayload(error)) return t("error-internal", { detail: String(error) });
  return has(`error-${error.code}`) ? describeProblem(error) : error.message;
}

// A problem kept for later (a package's quarantine reason, the last sync's
// trouble), told like any error.
export function describeProblem(problem: Problem): string {
  // Whole numbers arrive as text; as numbers they choose plural forms.
  const args = Object.fromEntries(
    Object.entries(problem.args).map(([name, value]) => [name, /^(0|[1-9][0-9]*)$/.test(value) ? Number(value) : value]),
  );
  if (problem.code === "document") {
    const location = args.path ? t("document-location", { path: args.path }) : "";
    const reason = t(`document-${args.reason ?? "invalid-value"}`, args);
    return t("error-document", { location, reason });
  }
  return t(`error-${problem.code}`, args);
}
