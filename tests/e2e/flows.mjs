// Flows several end-to-end tests walk through, in any language: scoring the
// first application with the keyboard only; and, in English, unlocking the
// demo call's vault and staff fetching from the agency server.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Key } from "./webdriver.mjs";
import { createVault, PASSPHRASE, SHOTS } from "./harness.mjs";
import { assertAccessible } from "./axe.mjs";
import { assertKeyboardReachable } from "./keyboard.mjs";
import { messages, localDate } from "./messages.mjs";

// The pre-review rubric's sub-items in form order, with the score typed for each.
// 5 of 10 is below 60% of the maximum, so its sub-item needs a reason.
export const SCORES = [
  ["rnd-investment", "8"],
  ["ip-and-cases", "7.5"],
  ["integrity", "9"],
  ["team-and-languages", "8"],
  ["route-and-schedule", "7"],
  ["budget-and-matching", "6.5"],
  ["agreements", "8"],
  ["deployments", "8.5"],
  ["local-team", "7"],
  ["demand-resources", "6"],
  ["technical-risk", "9"],
  ["compliance-risk", "8"],
  ["benefit", "7.5"],
  ["ip-arrangement", "5"],
];

/** The pre-review rubric's sub-item ids in form order. */
export const ITEMS = SCORES.map(([item]) => item);

/** Waits until the element with `id` has focus. */
export async function focusOn(app, id) {
  await app.waitFor(`#${id}`, async () => (await app.focused()) === id, 10_000).catch(async (error) => {
    throw new Error(`${error.message}; focus is on #${await app.focused()}`);
  });
}

/**
 * From the main screen, with keys only: opens the first application, declares
 * no conflict, types every score, the reason the low score needs, answers the
 * vetoes "does not apply", recommends, writes the opinion, and waits until the
 * sheet says it saved (`saved`, in the screen's language).
 */
export async function scoreFirstApplicationByKeyboard(app, { reason, opinion, saved }) {
  await app.keys([Key.Control, Key.PageDown]);
  await focusOn(app, "tab-application");
  await app.keys(Key.ArrowRight);
  await app.one("dialog.declaration[open]");
  await focusOn(app, "declare-none");
  await app.keys(Key.Space, Key.Enter);

  await focusOn(app, `score-${SCORES[0][0]}`);
  for (const [index, [item, score]] of SCORES.entries()) {
    await focusOn(app, `score-${item}`);
    await app.keys(score, index + 1 < SCORES.length ? Key.Enter : "");
  }
  await app.waitForText(`[data-criterion="qualification"]`, "/ 100");
  await app.keys(Key.Tab);
  await focusOn(app, "comment-ip-arrangement");
  await app.keys(reason, Key.Tab);
  // Veto questions: Tab reaches each radio group, ↓ answers "does not apply".
  await focusOn(app, "veto-related-to-demand-side-yes");
  await app.keys(Key.ArrowDown, Key.Tab);
  await focusOn(app, "veto-export-restricted-yes");
  await app.keys(Key.ArrowDown, Key.Tab);
  await focusOn(app, "recommendation-recommend");
  await app.keys(Key.Space, Key.Tab);
  await focusOn(app, "opinion");
  await app.keys(opinion);
  await app.waitForText("#save-status", saved);
  await app.waitFor("#overall-score", async ([overall]) => /^\d+[.,]\d\d$/.test(await overall.text()));
}

/** Reviews the open sheet (Ctrl+Enter), submits it and confirms, with keys only. */
export async function reviewAndSubmitByKeyboard(app, { ready, onConfirm }) {
  await app.keys([Key.Control, Key.Enter]);
  await app.waitForText(".review", ready);
  await app.keys(Key.Tab);
  await focusOn(app, "submit-sheet");
  await app.keys(Key.Enter);
  await app.one("dialog#confirm-submit[open]");
  if (onConfirm) await onConfirm();
  await app.keys(Key.Tab, Key.Enter);
  await app.waitFor(".locked-note");
  assert.equal(await app.execute("return document.getElementById('score-benefit').matches(':disabled')"), true, "a submitted sheet is read-only");
}

/**
 * The expert's main flow in `language`, the app having started in it: create
 * the vault, score the first application by keyboard, review and submit,
 * read an application's checklist with its dates and money written the
 * language's way, open settings and sync, lock — with axe run on every
 * screen. Keeps the scoring screen in SHOTS as score-sheet-<tag>.png, and
 * again in each of `alsoShow`'s languages.
 */
export async function mainFlow(app, language, { alsoShow = [] } = {}) {
  const m = messages(language);
  await app.waitForText("#create-vault-title", m("setup-title"));
  await assertAccessible(app, `create vault (${language})`);
  await createVault(app);
  await app.waitFor("[data-demand]", (found) => found.length === 10);
  await app.waitForText("#progress-title", m("progress-title"));
  await assertAccessible(app, `progress (${language})`);
  await assertKeyboardReachable(app, `progress (${language})`);

  await scoreFirstApplicationByKeyboard(app, { reason: m("sheet-comment"), opinion: m("sheet-opinion"), saved: m("sheet-saved") });
  await assertAccessible(app, `score sheet (${language})`);
  writeFileSync(join(SHOTS, `score-sheet-${language}.png`), await app.screenshot());
  await reviewAndSubmitByKeyboard(app, {
    ready: m("sheet-review-ready"),
    onConfirm: () => assertAccessible(app, `confirm submission (${language})`),
  });
  await app.waitForText('[data-application="A001"] .badge', m("progress-submitted"));
  await assertAccessible(app, `submitted sheet (${language})`);

  // The checklist writes dates and money the language's way.
  // (The application tab first: choosing an application keeps the tab.)
  await (await app.one("#tab-application")).click();
  await (await app.one('[data-application="A003"]')).click();
  await app.waitForText('[data-rule="lead_applicant"][data-verdict="fail"]', localDate(language, 2025, 3, 1));
  await assertAccessible(app, `application (${language})`);
  await assertKeyboardReachable(app, `application (${language})`);
  await (await app.one('[data-application="A014"]')).click();
  const money = new Intl.NumberFormat(language, { style: "currency", currency: "CNY" }).format(1_600_000);
  await app.waitForText('[data-rule="funding"][data-verdict="fail"]', money);

  await (await app.one("#open-settings")).click();
  await app.one("dialog.settings[open]");
  await assertAccessible(app, `settings (${language})`);
  await assertKeyboardReachable(app, `settings (${language})`);
  await app.keys(Key.Escape);
  await (await app.one("#sync-indicator")).click();
  await app.one("dialog.sync-dialog[open]");
  await assertAccessible(app, `sync (${language})`);
  await assertKeyboardReachable(app, `sync (${language})`);
  await app.keys(Key.Escape);

  for (const other of alsoShow) {
    await (await app.one(`#language-select option[value="${other}"]`)).click();
    await app.waitForText("#lock", messages(other)("main-lock"));
    await (await app.one('[data-application="A001"]')).click();
    await (await app.one("#tab-score")).click();
    await app.one(".locked-note");
    await assertAccessible(app, `score sheet (${other})`);
    writeFileSync(join(SHOTS, `score-sheet-${other}.png`), await app.screenshot());
  }
  await (await app.one(`#language-select option[value="${language}"]`)).click();

  await (await app.one("#lock")).click();
  await app.waitForText("#unlock-title", m("unlock-title"));
  await assertAccessible(app, `unlock (${language})`);
}

/**
 * Declares a conflict for `application` and submits the recusal: the
 * quickest complete sheet, for tests about what happens to it next.
 * The app is in English.
 */
export async function submitRecusal(app, application) {
  await (await app.one(`[data-application="${application}"]`)).click();
  // The score tab stays chosen from one application to the next; there the
  // declaration opens at once, and the tabs behind it take no click.
  const onScoreTab = await app.execute("return document.getElementById('tab-score')?.getAttribute('aria-selected') === 'true'");
  if (!onScoreTab) await (await app.one("#tab-score")).click();
  await (await app.one("dialog.declaration[open] #declare-conflict")).click();
  await (await app.one("#conflict-details")).fill("Former colleague of the team lead");
  await (await app.one("#declare-confirm")).click();
  // The declaration is a modal dialog: a click before it has closed would
  // land on it, not on the page behind.
  await app.waitFor("#submit-recusal", async () => app.execute("return document.querySelector('dialog[open]') === null"));
  await (await app.one("#submit-recusal")).click();
  await (await app.one("dialog#confirm-submit[open] #confirm-submit-confirm")).click();
  await app.waitForText(".locked-note", "Recusal submitted");
}

/** Unlocks a vault holding the demo call and waits for its ten demands. */
export async function unlockDemo(app) {
  await (await app.one("#unlock-passphrase")).fill(PASSPHRASE);
  await (await app.one("#unlock")).click();
  await app.waitFor("[data-demand]", (found) => found.length === 10);
}

/** On the panel screen: fetches from the agency server at `url` as `user`. */
export async function fetchPanel(app, url, { user, password }) {
  await (await app.one("#panel-fetch-open")).click();
  await (await app.one("#fetch-server")).fill(url);
  await (await app.one("#fetch-user")).fill(user);
  await (await app.one("#fetch-password")).fill(password);
  await (await app.one("#panel-fetch")).click();
}
