// End-to-end: an expert scores a whole application in the real app with the
// keyboard only — declaration, fourteen scores, a required reason, vetoes,
// recommendation, opinion — quits, restarts, unlocks and finds every value;
// then reviews, submits, and sees the sheet locked and the progress counted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Key } from "./webdriver.mjs";
import { useApp, createVault, PASSPHRASE, SHOTS } from "./harness.mjs";
import { SCORES, focusOn, scoreFirstApplicationByKeyboard, reviewAndSubmitByKeyboard } from "./flows.mjs";
import { assertNothingInClear } from "./scan.mjs";
import { assertAccessible } from "./axe.mjs";

const harness = useApp({ name: "scoring", lang: "en_US.UTF-8", settings: { language: "en", auto_lock_seconds: 0 } });

const REASON = "IP sharing with the demand side is left open";
const OPINION = "A credible route with a real local partner";

function value(app, id) {
  return app.execute("return document.getElementById(arguments[0]).value", [id]);
}

function checked(app, id) {
  return app.execute("return document.getElementById(arguments[0]).checked", [id]);
}

test("score a whole application with the keyboard, restart, and find every value", async () => {
  await harness.withApp("keyboard-scoring", async (app) => {
    // Setup: a new vault with the demo call.
    await createVault(app);
    await app.waitFor("[data-demand]", (found) => found.length === 10);
    await app.waitForText("#progress-title", "My progress");

    // From here on, only keys.
    await scoreFirstApplicationByKeyboard(app, { reason: REASON, opinion: OPINION, saved: "All changes saved" });
    await app.waitForText("#sheet-title", "A001");
    writeFileSync(join(SHOTS, "score-sheet.png"), await app.screenshot());
  });

  await harness.withApp("keyboard-scoring-restart", async (app) => {
    await focusOn(app, "unlock-passphrase");
    await app.keys(PASSPHRASE, Key.Enter);
    await app.waitFor("[data-demand]", (found) => found.length === 10);
    await app.waitForText('[data-application="A001"] .badge', "In progress");
    await app.keys([Key.Control, Key.PageDown]);
    await focusOn(app, "tab-application");
    await app.keys(Key.ArrowRight);
    await app.one("#score-rnd-investment");
    for (const [item, score] of SCORES) {
      assert.equal(await value(app, `score-${item}`), score, `${item} kept its score`);
    }
    assert.equal(await value(app, "comment-ip-arrangement"), REASON);
    assert.equal(await checked(app, "vetoes-first"), true, "the first veto was answered “does not apply”");
    assert.equal(await checked(app, "veto-export-restricted-no"), true, "the second veto too");
    assert.equal(await checked(app, "recommendation-recommend"), true, "the recommendation was kept");
    assert.equal(await value(app, "opinion"), OPINION);

    // Review (Ctrl+Enter), then submit after confirming.
    await reviewAndSubmitByKeyboard(app, { ready: "Everything is complete" });
    await app.waitForText(".locked-note", "Version 1 submitted");
    // The demo call's pre-review closed in 2025: no revision any more.
    await app.waitForText(".locked-note", "can no longer be revised");
    await app.waitForText('[data-application="A001"] .badge', "Submitted");

    await (await app.one("#show-progress")).click();
    await app.waitForText('[data-progress-demand="D01"]', "1");
  });
});

test("a declared conflict recuses; progress and the comparison show every applicant", async () => {
  await harness.withApp("recusal-and-comparison", async (app) => {
    await (await app.one("#unlock-passphrase")).fill(PASSPHRASE);
    await (await app.one("#unlock")).click();
    await (await app.one('[data-application="A002"]')).click();
    await (await app.one("#tab-score")).click();
    await (await app.one("dialog.declaration[open] #declare-conflict")).click();
    await (await app.one("#conflict-kind option[value='former_employer']")).click();
    await (await app.one("#declare-confirm")).click();
    await app.waitForText("dialog.declaration[open] [role=alert]", "Describe the conflict");
    await assertAccessible(app, "declaration with an error");
    await (await app.one("#conflict-details")).fill("Worked for the lead applicant until 2024");
    await (await app.one("#declare-confirm")).click();
    await app.waitForText(".declared", "I worked there in the last three years — Worked for the lead applicant until 2024");
    assert.equal((await app.findAll("#score-rnd-investment")).length, 0, "a recused expert gets no score fields");
    await (await app.one("#submit-recusal")).click();
    await (await app.one("dialog#confirm-submit[open] #confirm-submit-confirm")).click();
    await app.waitForText(".locked-note", "Recusal submitted");
    await app.waitForText('[data-application="A002"] .badge', "Recused");

    await (await app.one("#show-progress")).click();
    const cells = await app.waitFor('[data-progress-demand="D01"] td.number', (found) => found.length === 4);
    const counts = await Promise.all(cells.map((cell) => cell.text()));
    assert.deepEqual(counts, ["1", "1", "0", "2"], "submitted, recused, in progress, not started");
    writeFileSync(join(SHOTS, "progress.png"), await app.screenshot());
    await assertAccessible(app, "progress with counts");

    await (await app.one('[data-compare="D01"]')).click();
    await app.waitForText("#comparison-title", "AI pest and disease detection for longan orchards");
    const headers = await app.findAll(".comparison-table th[data-application]");
    assert.equal(headers.length, 4, "all four applicants of the demand");
    assert.match(await (await app.one('[data-overall="A001"]')).text(), /^\d+\.\d\d$/);
    assert.equal(await (await app.one('[data-overall="A002"]')).text(), "—");
    assert.match(await headers[1].text(), /Recused/);
    writeFileSync(join(SHOTS, "comparison.png"), await app.screenshot());
    await assertAccessible(app, "comparison");

    // A change typed in the same moment as locking is stored before the lock.
    // (The score sheet tab stays chosen from one application to the next.)
    await (await app.one('[data-application="A003"]')).click();
    await (await app.one("dialog.declaration[open] #declare-none")).click();
    await (await app.one("#declare-confirm")).click();
    await app.one("#opinion");
    await app.execute(`
      const opinion = document.getElementById("opinion");
      opinion.value = "Typed just before locking";
      opinion.dispatchEvent(new Event("input", { bubbles: true }));
      document.getElementById("lock").click();`);
    await (await app.one("#unlock-passphrase")).fill(PASSPHRASE);
    await (await app.one("#unlock")).click();
    await (await app.one('[data-application="A003"]')).click();
    await (await app.one('#tab-score')).click();
    await app.waitFor("#opinion", async () => (await value(app, "opinion")) === "Typed just before locking");
  });
});

test("no score, reason, opinion or recusal detail is written in the clear", () => {
  assertNothingInClear(harness.home, [REASON, OPINION, "Worked for the lead applicant", "ip-arrangement"]);
});
