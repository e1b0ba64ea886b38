// The formal-review checklist of one application: each hard rule with its
// verdict and the reason with the figures it rests on, then the priority items.
import { figureArg, t, type Args } from "../i18n";
import type { Checklist, Finding, Verdict } from "../generated/bindings";

function reason(finding: Finding): string {
  const args: Args = {};
  for (const [name, figure] of Object.entries(finding.figures)) args[name] = figureArg(figure);
  const text = t(`check-${finding.reason}`, args);
  const missing = finding.figures["missing"];
  if (!missing) return text;
  const sections = String(missing.value).split(",").map((code) => t(`section-${code}`));
  return `${text} ${t("check-missing-sections", { sections: sections.join(", ") })}`;
}

function count(checklist: Checklist, verdict: Verdict): number {
  return checklist.hard_rules.filter((f) => f.verdict === verdict).length;
}

export function ChecklistView({ checklist }: { checklist: Checklist }) {
  return (
    <section class="block checklist" aria-labelledby="section-checklist">
      <h2 id="section-checklist">{t("check-title")}</h2>
      <p class="summary">
        {t("check-summary", {
          pass: String(count(checklist, "pass")),
          fail: String(count(checklist, "fail")),
          missing: String(count(checklist, "missing_evidence")),
        })}
      </p>
      <ol class="findings">
        {checklist.hard_rules.map((finding) => (
          <FindingRow key={finding.rule} finding={finding} verdicts="check-verdict" style={finding.verdict} />
        ))}
      </ol>
      <h3>{t("check-priorities")}</h3>
      <ul class="findings priorities">
        {checklist.priorities.map((finding) => (
          <FindingRow
            key={finding.rule}
            finding={finding}
            verdicts="check-priority"
            style={finding.verdict === "pass" ? "pass" : "absent"}
          />
        ))}
      </ul>
    </section>
  );
}

/** One rule: its verdict (worded by the `verdicts` message family), title and reason. */
function FindingRow({ finding, verdicts, style }: { finding: Finding; verdicts: string; style: string }) {
  return (
    <li class={`finding ${style}`} data-rule={finding.rule} data-verdict={finding.verdict}>
      <span class="verdict">{t(`${verdicts}-${finding.verdict}`)}</span>
      <div>
        <strong>{t(`check-rule-${finding.rule}`)}</strong>
        <p>{reason(finding)}</p>
      </div>
    </li>
  );
}
