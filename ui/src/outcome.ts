// A demand's conclusion in words, as the panel screen and the minutes an
// expert signs both say it.
import { t } from "./i18n";
import type { DemandOutcome } from "./generated/bindings";

export function outcome(value: DemandOutcome, lead: (id: string) => string, byVote: boolean): string {
  switch (value.outcome) {
    case "straight_to_signing":
    case "selected":
      return t(`panel-outcome-${value.outcome}`, { application: lead(value.application_id) });
    case "tie_unresolved":
      return t(byVote ? "panel-outcome-tie_unresolved" : "panel-outcome-tie_unresolved-no-vote", {
        applications: value.application_ids.map(lead).join(", "),
      });
    default:
      return t(`panel-outcome-${value.outcome}`);
  }
}
