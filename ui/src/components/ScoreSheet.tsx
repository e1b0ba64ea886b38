// The expert's score sheet for one application: the conflict declaration first,
// then the form, saved on every change with its status in a live region; a
// review step listing what is missing; submitting (which locks the version);
// revising before the deadline, with every earlier version kept.
// Ctrl+Enter anywhere in the sheet opens the review step.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError } from "../errors";
import { date, pick, points } from "../format";
import { t } from "../i18n";
import type { Declaration, ScoringView, SheetInput, SheetProgress, SheetView } from "../generated/bindings";
import { Autosaver, describeProblem, fieldOf, readScore, type SaveState } from "../scoring";
import { ConfirmDialog } from "./ConfirmDialog";
import { DeclarationDialog } from "./DeclarationDialog";
import { SheetForm } from "./SheetForm";

const EMPTY: SheetInput = {
  declaration: null,
  scores: {},
  comments: {},
  vetoes: {},
  recommendation: null,
  decision: null,
  opinion: "",
};

interface Props {
  callId: string;
  applicationId: string;
  /** Called when the sheet's progress changes, so lists can follow. */
  onProgress: (applicationId: string, progress: SheetProgress) => void;
  /** Called when the expert backs out of the declaration. */
  onLeave: () => void;
}

export function ScoreSheet({ callId, applicationId, onProgress, onLeave }: Props) {
  const [view, setView] = useState<ScoringView | null>(null);
  const [sheet, setSheet] = useState<SheetView | null>(null);
  const [input, setInput] = useState<SheetInput>(EMPTY);
  // The newest content, ahead of rendering: key events can outpace renders.
  const latest = useRef<SheetInput>(EMPTY);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [saveState, setSaveState] = useState<SaveState>({ kind: "saved" });
  const [declaring, setDeclaring] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const progress = useRef<SheetProgress | null>(null);

  const autosaver = useMemo(
    () =>
      new Autosaver(
        callId,
        applicationId,
        (saved) => setSheet(saved),
        (state) => setSaveState(state),
      ),
    [callId, applicationId],
  );

  async function load() {
    try {
      const next = await backend.scoring(callId, applicationId);
      setView(next);
      setSheet(next.sheet);
      const stored = next.sheet?.input ?? EMPTY;
      latest.current = stored;
      setInput(stored);
      setTexts({ ...stored.scores });
      setDeclaring(!stored.declaration);
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  useEffect(() => void load(), [callId, applicationId]);

  useEffect(() => {
    const current = progressOf(sheet);
    if (progress.current !== null && progress.current !== current) onProgress(applicationId, current);
    progress.current = current;
  }, [sheet]);

  function change(update: (current: SheetInput) => SheetInput) {
    const next = update(latest.current);
    if (next === latest.current) return;
    latest.current = next;
    setInput(next);
    setReviewing(false);
    autosaver.save(next);
  }

  function score(item: string, text: string) {
    setTexts((texts) => ({ ...texts, [item]: text }));
    const subItem = view?.rubric.criteria.flatMap((c) => c.items).find((i) => i.id === item);
    if (!subItem) return;
    const entry = readScore(text, subItem.scale);
    change((current) => {
      const scores = { ...current.scores };
      if (entry.kind === "valid") scores[item] = entry.value;
      else delete scores[item];
      return scores[item] === current.scores[item] ? current : { ...current, scores };
    });
  }

  function declare(declaration: Declaration) {
    setDeclaring(false);
    change((current) => ({ ...current, declaration }));
    if (declaration.kind === "no_conflict") {
      const first = view?.rubric.criteria[0]?.items[0];
      window.setTimeout(() => first && document.getElementById(`score-${first.id}`)?.focus(), 0);
    } else {
      window.setTimeout(() => document.getElementById("submit-recusal")?.focus(), 0);
    }
  }

  async function act(action: () => Promise<SheetView>) {
    setError(null);
    try {
      await autosaver.settled();
      setSheet(await action());
      setReviewing(false);
      await load();
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  const submit = () => act(() => backend.submitSheet(callId, applicationId));
  const revise = () => act(() => backend.reviseSheet(callId, applicationId));

  // Read by the Ctrl+Enter listener, which stays in place for the sheet's life.
  const scoring = useRef(false);
  scoring.current = sheet?.state !== "submitted" && input.declaration?.kind === "no_conflict";
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Enter" || !event.ctrlKey || !scoring.current || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      openReview();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  function openReview() {
    setReviewing(true);
    window.setTimeout(() => document.getElementById("review-title")?.focus(), 0);
  }

  /** Whether what is typed for `item` is not a score on its scale. */
  function typedWrong(item: string): boolean {
    const scale = view?.rubric.criteria.flatMap((c) => c.items).find((i) => i.id === item)?.scale;
    return scale !== undefined && readScore(texts[item] ?? "", scale).kind === "invalid";
  }

  if (!view) return error ? <p role="alert" class="error">{error}</p> : <p aria-busy="true" />;
  const submitted = sheet?.state === "submitted";
  const problems = sheet?.problems ?? [];
  const recused = input.declaration?.kind === "conflict";
  const status =
    saveState.kind === "saving"
      ? t("sheet-saving")
      : saveState.kind === "failed"
        ? t("sheet-save-failed", { message: describeError(saveState.error) })
        : sheet
          ? t("sheet-saved")
          : "";

  return (
    <section class="score-sheet" aria-labelledby="sheet-title">
      <header class="sheet-bar">
        <div>
          <h2 id="sheet-title">{t("sheet-title", { application: view.application.id })}</h2>
          <p class="note">
            {pick(view.rubric.title)} · {t("sheet-version", { version: sheet?.version ?? 1 })}
          </p>
        </div>
        {!recused && (
          <p class="overall" aria-live="off">
            <span>{t("sheet-overall")}</span>
            <strong id="overall-score">{points(sheet?.totals.overall)}</strong>
          </p>
        )}
        <p id="save-status" class={`save-status ${saveState.kind}`} role="status" aria-live="polite">
          {status}
        </p>
      </header>
      {error && (
        <p class="error banner" role="alert">
          {error}
        </p>
      )}

      {submitted && (
        <div class="block locked-note">
          <p>
            {t(recused ? "sheet-recusal-submitted" : "sheet-submitted", {
              version: sheet.version,
              date: sheet.submitted_at ? date(sheet.submitted_at.slice(0, 10)) : "",
            })}
          </p>
          {view.can_revise ? (
            <button id="revise" onClick={revise}>
              {t("sheet-revise")}
            </button>
          ) : (
            <p class="note">{t("sheet-revise-closed", { date: view.revise_until ? date(view.revise_until) : "" })}</p>
          )}
        </div>
      )}

      {input.declaration && (
        <p class="declared note">
          {recused && input.declaration.kind === "conflict"
            ? t("sheet-declared-conflict", { kind: t(`conflict-${input.declaration.conflict}`), details: input.declaration.details })
            : t("sheet-declared-none")}{" "}
          {!submitted && (
            <button class="link" id="change-declaration" onClick={() => setDeclaring(true)}>
              {t("declare-change")}
            </button>
          )}
        </p>
      )}

      {!input.declaration && !declaring && (
        <div class="block">
          <p>{t("sheet-undeclared")}</p>
          <button class="primary" id="start-declaration" onClick={() => setDeclaring(true)}>
            {t("sheet-declare")}
          </button>
        </div>
      )}

      {recused && !submitted && (
        <div class="block">
          <p>{t("sheet-recused")}</p>
          <button class="primary" id="submit-recusal" onClick={() => setConfirming(true)}>
            {t("sheet-submit-recusal")}
          </button>
        </div>
      )}

      {input.declaration?.kind === "no_conflict" && (
        <>
          <SheetForm
            rubric={view.rubric}
            input={input}
            texts={texts}
            problems={problems}
            totals={sheet?.totals ?? null}
            locked={submitted}
            onScore={score}
            onChange={change}
          />
          {!submitted && (
            <div class="sheet-actions">
              <button id="review" class="primary" onClick={openReview}>
                {t("sheet-review")}
              </button>
            </div>
          )}
          {reviewing && !submitted && (
            <section class="block review" aria-labelledby="review-title">
              <h2 id="review-title" tabIndex={-1}>
                {t("sheet-review-title")}
              </h2>
              {problems.length > 0 ? (
                <>
                  <p>{t("sheet-review-missing", { count: problems.length })}</p>
                  <ul class="problems">
                    {problems.map((problem, index) => {
                      const field = fieldOf(problem);
                      return (
                        <li key={index}>
                          <button class="link" onClick={() => field && document.getElementById(field)?.focus()}>
                            {describeProblem(problem, view.rubric, typedWrong)}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </>
              ) : (
                <>
                  <p>{t("sheet-review-ready")}</p>
                  <button id="submit-sheet" class="primary" onClick={() => setConfirming(true)}>
                    {t("sheet-submit")}
                  </button>
                </>
              )}
            </section>
          )}
        </>
      )}

      {view.history.length > 1 && (
        <section class="block history" aria-labelledby="history-title">
          <h2 id="history-title">{t("sheet-history")}</h2>
          <ol>
            {view.history.map((version) => (
              <li key={version.version}>
                {t("sheet-history-row", {
                  version: version.version,
                  state: t(`sheet-state-${version.state}`),
                  overall: points(version.totals.overall),
                  date: date((version.submitted_at ?? version.updated_at).slice(0, 10)),
                })}
              </li>
            ))}
          </ol>
        </section>
      )}

      <p class="shortcuts note">{t("sheet-shortcuts")}</p>

      {declaring && (
        <DeclarationDialog
          applicationId={view.application.id}
          initial={input.declaration}
          onDeclare={declare}
          onCancel={() => {
            setDeclaring(false);
            if (!input.declaration) onLeave();
          }}
        />
      )}
      {confirming && (
        <ConfirmDialog
          id="confirm-submit"
          title={t("sheet-submit-title")}
          confirm={t(recused ? "sheet-submit-recusal" : "sheet-submit")}
          onConfirm={submit}
          onClose={() => setConfirming(false)}
        >
          <p>
            {view.revise_until
              ? t("sheet-submit-confirm", { application: view.application.id, date: date(view.revise_until) })
              : t("sheet-submit-confirm-open", { application: view.application.id })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function progressOf(sheet: SheetView | null): SheetProgress {
  if (!sheet) return "not_started";
  if (sheet.recused) return "recused";
  return sheet.state === "submitted" ? "submitted" : "in_progress";
}
