// Score sheet helpers that need no screen: reading typed scores against a
// scale, describing what is missing, and saving changes one at a time.
// The backend stays the authority: it validates every save again and computes
// the totals exactly; the checks here only give instant feedback while typing.
import { backend } from "./backend";
import { pick, points } from "./format";
import { t } from "./i18n";
import type { Rubric, Scale, SheetInput, SheetProblem, SheetView } from "./generated/bindings";

/** A typed score: empty, a valid value on the scale, or why it is wrong. */
export type ScoreEntry = { kind: "empty" } | { kind: "valid"; value: string } | { kind: "invalid"; message: string };

/** Reads what was typed in a score field; a decimal comma is accepted. */
export function readScore(text: string, scale: Scale): ScoreEntry {
  const typed = text.trim().replace(",", ".");
  if (typed === "") return { kind: "empty" };
  if (!/^\d+(\.\d+)?$/.test(typed)) return { kind: "invalid", message: t("sheet-not-a-number") };
  const places = Math.max(decimals(typed), decimals(scale.min), decimals(scale.step));
  const [value, min, max, step] = [typed, scale.min, scale.max, scale.step].map((n) => scaled(n, places)) as [
    number,
    number,
    number,
    number,
  ];
  if (value < min || value > max) return { kind: "invalid", message: t("sheet-out-of-range", { min: points(scale.min), max: points(scale.max) }) };
  if ((value - min) % step !== 0) return { kind: "invalid", message: t("sheet-off-step", { step: points(scale.step) }) };
  return { kind: "valid", value: canonical(typed) };
}

/** The score one step up or down from `text`, kept within the scale. */
export function stepScore(text: string, scale: Scale, direction: 1 | -1): string {
  const places = Math.max(decimals(scale.min), decimals(scale.step), decimals(scale.max));
  const [min, max, step] = [scale.min, scale.max, scale.step].map((n) => scaled(n, places)) as [number, number, number];
  const entry = readScore(text, scale);
  const current = entry.kind === "valid" ? scaled(entry.value, places) : null;
  const next = current === null ? (direction > 0 ? min : max) : Math.min(max, Math.max(min, current + direction * step));
  return canonical((next / 10 ** places).toFixed(places));
}

function decimals(number: string): number {
  return number.split(".")[1]?.length ?? 0;
}

function scaled(number: string, places: number): number {
  const [whole = "0", fraction = ""] = number.split(".");
  return Number(whole + fraction.padEnd(places, "0"));
}

function canonical(number: string): string {
  return number.includes(".") ? number.replace(/\.?0+$/, "") : number.replace(/^0+(?=\d)/, "");
}

/** Where a problem sits on the form, for focusing it from the review list. */
export function fieldOf(problem: SheetProblem): string | null {
  switch (problem.problem) {
    case "unscored":
    case "invalid_score":
    case "unknown_item":
      return `score-${problem.item}`;
    case "comment_required":
      return `comment-${problem.item}`;
    case "veto_unanswered":
    case "veto_contradicted":
    case "unknown_veto":
      return `veto-${problem.veto}`;
    case "recommendation_missing":
      return "recommendation";
    case "decision_missing":
      return "decision";
    case "opinion_missing":
      return "opinion";
    case "undeclared":
      return null;
  }
}

/**
 * One line naming a problem, with the item's title from the rubric. An item
 * whose typed score is wrong (and so not saved) is named as such, not as unscored.
 */
export function describeProblem(problem: SheetProblem, rubric: Rubric, typedWrong: (item: string) => boolean): string {
  const itemTitle = (id: string) => {
    const item = rubric.criteria.flatMap((c) => c.items).find((i) => i.id === id);
    return item ? pick(item.title) : id;
  };
  const vetoTitle = (id: string) => {
    const veto = rubric.vetoes.find((v) => v.id === id);
    return veto ? pick(veto.title) : id;
  };
  switch (problem.problem) {
    case "unscored":
      return t(typedWrong(problem.item) ? "problem-invalid_score" : "problem-unscored", { item: itemTitle(problem.item) });
    case "comment_required":
    case "unknown_item":
    case "invalid_score":
      return t(`problem-${problem.problem}`, { item: itemTitle(problem.item) });
    case "veto_unanswered":
    case "veto_contradicted":
    case "unknown_veto":
      return t(`problem-${problem.problem}`, { veto: vetoTitle(problem.veto) });
    default:
      return t(`problem-${problem.problem}`);
  }
}

export type SaveState = { kind: "saved" } | { kind: "saving" } | { kind: "failed"; error: unknown };

/** Autosavers with saves under way, whatever screen created them. */
const busy = new Set<Autosaver>();

/** Resolves once every save handed over so far, on any sheet, is stored (or has failed). */
export async function settleAllSaves(): Promise<void> {
  await Promise.all([...busy].map((saver) => saver.settled()));
}

/**
 * Saves a sheet after every change, never two saves at once: a change made
 * while a save is under way is saved right after it, and only the newest
 * content is sent. The backend stores each save in its own transaction.
 */
export class Autosaver {
  private pending: SheetInput | null = null;
  private running = false;
  private drained: Promise<void> = Promise.resolve();

  constructor(
    private readonly callId: string,
    private readonly applicationId: string,
    private readonly onSaved: (view: SheetView) => void,
    private readonly onState: (state: SaveState) => void,
  ) {}

  save(input: SheetInput): void {
    this.pending = input;
    this.onState({ kind: "saving" });
    if (!this.running) this.drained = this.drain();
  }

  /** Resolves once everything handed over so far is stored (or has failed). */
  settled(): Promise<void> {
    return this.drained;
  }

  private async drain(): Promise<void> {
    this.running = true;
    busy.add(this);
    try {
      while (this.pending) {
        const input = this.pending;
        this.pending = null;
        try {
          const view = await backend.saveSheet(this.callId, this.applicationId, input);
          this.onSaved(view);
          if (!this.pending) this.onState({ kind: "saved" });
        } catch (error) {
          this.onState({ kind: "failed", error });
        }
      }
    } finally {
      this.running = false;
      busy.delete(this);
    }
  }
}
