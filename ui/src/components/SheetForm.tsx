// The fields of a score sheet, drawn from the rubric: a score and a reason per
// sub-item grouped by criterion with live totals, the veto questions, the
// overall recommendation (or decision) and the written opinion.
//
// Keyboard: Enter / Shift+Enter (or Alt+↓ / Alt+↑) move to the next / previous
// sub-item's score; ↑ / ↓ change a score by one step.
import { pick, points } from "../format";
import { t } from "../i18n";
import type { Decision, OverallRecommendation, Rubric, SheetInput, SheetProblem, SubItem, Totals } from "../generated/bindings";
import { readScore, stepScore } from "../scoring";

const RECOMMENDATIONS: OverallRecommendation[] = ["recommend", "recommend_with_conditions", "do_not_recommend"];
const DECISIONS: Decision[] = ["pass", "fail"];

interface Props {
  rubric: Rubric;
  input: SheetInput;
  /** What is typed in each score field, valid or not. */
  texts: Record<string, string>;
  problems: SheetProblem[];
  totals: Totals | null;
  locked: boolean;
  onScore: (item: string, text: string) => void;
  /** Applies a change to the newest content, however quickly changes come. */
  onChange: (update: (input: SheetInput) => SheetInput) => void;
}

export function SheetForm({ rubric, input, texts, problems, totals, locked, onScore, onChange }: Props) {
  const itemIds = rubric.criteria.flatMap((c) => c.items.map((i) => i.id));
  const needsComment = new Set(problems.flatMap((p) => (p.problem === "comment_required" ? [p.item] : [])));
  const contradicted = problems.some((p) => p.problem === "veto_contradicted");

  function move(from: string, by: 1 | -1) {
    const next = itemIds[itemIds.indexOf(from) + by];
    const field = next ? document.getElementById(`score-${next}`) : document.getElementById(by > 0 ? "vetoes-first" : "");
    (field as HTMLInputElement | null)?.focus();
    (field as HTMLInputElement | null)?.select?.();
  }

  function keys(item: SubItem, event: KeyboardEvent) {
    const text = texts[item.id] ?? "";
    if ((event.key === "Enter" && !event.altKey) || (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp"))) {
      event.preventDefault();
      move(item.id, event.shiftKey || event.key === "ArrowUp" ? -1 : 1);
    } else if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      event.preventDefault();
      onScore(item.id, stepScore(text, item.scale, event.key === "ArrowUp" ? 1 : -1));
    }
  }

  return (
    <fieldset class="sheet-form" disabled={locked}>
      <legend class="visually-hidden">{pick(rubric.title)}</legend>
      {rubric.criteria.map((criterion, index) => {
        const total = totals?.criteria.find((c) => c.criterion_id === criterion.id);
        return (
          <section class="criterion block" key={criterion.id} aria-labelledby={`criterion-${criterion.id}`}>
            <header class="criterion-head">
              <h2 id={`criterion-${criterion.id}`}>
                {index + 1}. {pick(criterion.title)}
              </h2>
              <p class="criterion-total" data-criterion={criterion.id}>
                {total?.score != null ? t("sheet-criterion-score", { score: points(total.score) }) : t("sheet-criterion-pending")}
                {total?.below_threshold && criterion.threshold && (
                  <span class="flag"> · {t("sheet-below-threshold", { threshold: points(criterion.threshold) })}</span>
                )}
              </p>
            </header>
            <p class="note">{pick(criterion.description)}</p>
            {criterion.items.map((item) => {
              const text = texts[item.id] ?? "";
              const entry = readScore(text, item.scale);
              const error = entry.kind === "invalid" ? entry.message : "";
              const reasonNeeded = needsComment.has(item.id);
              return (
                <div class="sub-item" key={item.id}>
                  <div class="sub-item-text">
                    <label for={`score-${item.id}`} class="sub-item-title">
                      {pick(item.title)}
                    </label>
                    <p class="note" id={`describe-${item.id}`}>
                      {pick(item.description)}
                    </p>
                  </div>
                  <div class="score-field">
                    <input
                      id={`score-${item.id}`}
                      class="score"
                      inputMode="decimal"
                      autoComplete="off"
                      value={text}
                      aria-invalid={error ? "true" : undefined}
                      aria-describedby={`scale-${item.id} error-${item.id}`}
                      onInput={(event) => onScore(item.id, event.currentTarget.value)}
                      onKeyDown={(event) => keys(item, event)}
                    />
                    <span class="scale" id={`scale-${item.id}`}>
                      {t("sheet-scale", { min: points(item.scale.min), max: points(item.scale.max), step: points(item.scale.step) })}
                    </span>
                    <span class="error" id={`error-${item.id}`} role="alert">
                      {error}
                    </span>
                  </div>
                  <div class={`comment-field${reasonNeeded ? " required" : ""}`}>
                    <label for={`comment-${item.id}`}>
                      {t("sheet-comment")}
                      {reasonNeeded && <span class="flag"> · {t("sheet-comment-required")}</span>}
                    </label>
                    <textarea
                      id={`comment-${item.id}`}
                      rows={1}
                      value={input.comments[item.id] ?? ""}
                      aria-invalid={reasonNeeded ? "true" : undefined}
                      onInput={(event) => {
                        const text = event.currentTarget.value;
                        onChange((current) => ({ ...current, comments: withText(current.comments, item.id, text) }));
                      }}
                    />
                  </div>
                </div>
              );
            })}
          </section>
        );
      })}

      {rubric.vetoes.length > 0 && (
        <section class="block vetoes" aria-labelledby="vetoes-title">
          <h2 id="vetoes-title">{t("sheet-vetoes")}</h2>
          {rubric.vetoes.map((veto, index) => (
            <fieldset class="veto" key={veto.id} id={`veto-${veto.id}`} tabIndex={-1}>
              <legend>{pick(veto.title)}</legend>
              <p class="note">{pick(veto.description)}</p>
              {[true, false].map((applies) => (
                <label class="choice" key={String(applies)}>
                  <input
                    type="radio"
                    name={`veto-${veto.id}`}
                    id={index === 0 && !applies ? "vetoes-first" : `veto-${veto.id}-${applies ? "yes" : "no"}`}
                    checked={input.vetoes[veto.id] === applies}
                    onChange={() => onChange((current) => ({ ...current, vetoes: { ...current.vetoes, [veto.id]: applies } }))}
                  />
                  {t(applies ? "veto-applies" : "veto-not-applies")}
                </label>
              ))}
            </fieldset>
          ))}
        </section>
      )}

      <section class="block conclusion" aria-labelledby="conclusion-title">
        <h2 id="conclusion-title">{t("sheet-conclusion")}</h2>
        {rubric.kind === "scored" ? (
          <fieldset id="recommendation" tabIndex={-1}>
            <legend>{t("sheet-recommendation")}</legend>
            {RECOMMENDATIONS.map((r) => (
              <label class="choice" key={r}>
                <input
                  type="radio"
                  name="recommendation"
                  id={`recommendation-${r}`}
                  checked={input.recommendation === r}
                  onChange={() => onChange((current) => ({ ...current, recommendation: r }))}
                />
                {t(`recommendation-${r}`)}
              </label>
            ))}
            {contradicted && <p class="error">{t("sheet-veto-contradicted")}</p>}
          </fieldset>
        ) : (
          <fieldset id="decision" tabIndex={-1}>
            <legend>{t("sheet-decision")}</legend>
            {DECISIONS.map((d) => (
              <label class="choice" key={d}>
                <input type="radio" name="decision" checked={input.decision === d} onChange={() => onChange((current) => ({ ...current, decision: d }))} />
                {t(`decision-${d}`)}
              </label>
            ))}
          </fieldset>
        )}
        <div class="field">
          <label for="opinion">{t("sheet-opinion")}</label>
          <textarea id="opinion" rows={5} value={input.opinion} onInput={(event) => {
              const opinion = event.currentTarget.value;
              onChange((current) => ({ ...current, opinion }));
            }} />
        </div>
      </section>
    </fieldset>
  );
}

/** `map` with `key` set to `text`, or without it when the text is empty. */
function withText(map: Record<string, string | undefined>, key: string, text: string): Record<string, string> {
  const next: Record<string, string> = {};
  for (const [k, v] of Object.entries(map)) if (k !== key && v !== undefined) next[k] = v;
  if (text !== "") next[key] = text;
  return next;
}
