// End-to-end: staff mode in the real app next to the real agency server. An
// expert (the CLI) enrolls, scores two applications and syncs; the agency
// writes the staff key; a staff member installs it in Settings, fetches the
// panel's packages from the server, sees the ranking, records the meeting
// and the panel's vote, and finds them again after a restart.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { useApp, PASSPHRASE, SHOTS } from "./harness.mjs";
import { startServer, CLI, STAFF } from "./server.mjs";
import { assertAccessible } from "./axe.mjs";
import { assertKeyboardReachable } from "./keyboard.mjs";
import { ITEMS, fetchPanel, unlockDemo } from "./flows.mjs";


let server;
let staffKey;

const harness = useApp({
  name: "staff",
  lang: "en_US.UTF-8",
  settings: { language: "en", auto_lock_seconds: 0 },
  env: async () => {
    server = await startServer();
    const work = mkdtempSync(join(tmpdir(), "reviewdesk-e2e-staff-"));
    const cli = (...args) =>
      execFileSync(CLI, args, { cwd: work, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8", REVIEWDESK_PASSPHRASE: PASSPHRASE } });
    // The expert's side, by the command line.
    cli("vault", "create", "expert.rdvault");
    cli("enroll", "--vault", "expert.rdvault", "--expert", "E01", "--code", server.code, "--server", server.url);
    cli("sync", "--vault", "expert.rdvault");
    for (const [application, score] of [["A001", "8"], ["A002", "7"]]) {
      const sheet = {
        declaration: { kind: "no_conflict" },
        scores: Object.fromEntries(ITEMS.map((item) => [item, score])),
        vetoes: { "related-to-demand-side": false, "export-restricted": false },
        recommendation: "recommend",
        opinion: `Opinion on ${application}`,
      };
      writeFileSync(join(work, "sheet.json"), JSON.stringify(sheet));
      cli("score", application, "--vault", "expert.rdvault", "--from", "sheet.json", "--submit");
    }
    cli("sync", "--vault", "expert.rdvault");
    // The agency's side: the staff key; the staff member's vault with the call.
    staffKey = join(work, "staff.key");
    server.admin("staff-key", "--out", staffKey);
    cli("demo-data", "demo.json");
    cli("vault", "create", join(harness.data, "vault.rdvault"));
    cli("import", "demo.json", "--vault", join(harness.data, "vault.rdvault"));
    // The native file dialog cannot be driven here: the key is installed by
    // the command line, the app's Settings path is covered by the same core call.
    execFileSync(CLI, ["staff", "key", staffKey, "--vault", join(harness.data, "vault.rdvault")], {
      env: { ...process.env, LANG: "en_US.UTF-8", REVIEWDESK_PASSPHRASE: PASSPHRASE, REVIEWDESK_STAFF_KEY_PASSPHRASE: STAFF.keyPassphrase },
    });
    return {};
  },
});

after(() => server?.stop());

test("staff fetch the panel's packages, see the ranking, and record the meeting and the vote", async () => {
  await harness.withApp("staff", async (app) => {
    await unlockDemo(app);
    await (await app.one("#show-panel")).click();
    await app.waitForText("#panel-title", "Panel results");

    await fetchPanel(app, server.url, STAFF);
    await app.waitForText(".panel-view [role=status]", "2 new packages fetched, checked and imported.", 60_000);

    // D01: E01 scored A001 (8 of 10 on every item: 80) above A002 (7: 70);
    // A003 failed formal review and is not ranked.
    await app.waitForText('[data-panel-demand="D01"] [data-panel-applicant="A001"]', "80");
    await app.waitForText('[data-panel-demand="D01"] [data-panel-applicant="A002"]', "70");
    // Per criterion too: 8 of 10 on every item is 80 on each criterion.
    assert.equal(
      await app.execute("return [...document.querySelectorAll('[data-panel-demand=\"D01\"] [data-panel-applicant=\"A001\"] td.number')].map((c) => c.textContent).join(' ')"),
      "1 80.00 80.00 80.00 80.00 80.00",
    );
    // The expert matrix shows one criterion's scores when asked.
    await app.execute(
      "const select = document.getElementById('matrix-D01'); select.value = 'delivery'; select.dispatchEvent(new Event('change', { bubbles: true }));",
    );
    await app.waitFor('[data-matrix-shows="delivery"]', (found) => found.length === 1);
    await app.waitForText('[data-matrix-cell="E01-A002"]', "70");
    // Calibration beside the results: one expert so far, so no offset from
    // a panel and no agreement to measure yet.
    await app.waitForText('[data-leniency="E01"]', "75.00");
    await app.waitForText(".panel-calibration", "ICC(2,k) = not defined (experts: 1, applicants: 2)");
    await assertAccessible(app, "panel results");
    await assertKeyboardReachable(app, "panel results");
    await app.waitForText('[data-panel-demand="D01"] [data-panel-applicant="A003"]', "failed formal review");
    await app.waitForText('[data-panel-demand="D01"] .panel-outcome', "No conclusion yet");

    // A date field takes its value in the browser's own format; set it as a date picker would.
    await app.execute(
      "const field = document.getElementById('meeting-date'); field.value = '2025-12-03'; field.dispatchEvent(new Event('input', { bubbles: true }));",
    );
    await (await app.one("#meeting-place")).fill("Nanning, room 3");
    await (await app.one("#meeting-save")).click();
    await app.waitForText(".panel-view [role=status]", "Saved.");
    await (await app.one("#note-D01")).fill("Agreed by the panel.");
    await (await app.one("#vote-A001")).fill("4");
    await (await app.one("#note-save-D01")).click();
    await app.waitForText(".panel-view [role=status]", "Saved.");

    // The chair opens D01 for discussion; the demo call allows no revision round.
    await (await app.one("#round-discussion-D01")).click();
    await app.waitFor('[data-panel-demand="D01"] [data-round="discussion"]', (found) => found.length === 1);
    await app.waitForText('[data-panel-demand="D01"] .panel-round', "experts who submitted see the panel's scores");
    assert.equal(await app.execute("return document.getElementById('round-revision-D01')"), null);
    writeFileSync(join(SHOTS, "staff-panel.png"), await app.screenshot());
    await (await app.one("#round-close-D01")).click();
    await app.waitFor('[data-panel-demand="D01"] [data-round="none"]', (found) => found.length === 1);
  });

  // After a restart, everything recorded is there.
  await harness.withApp("staff-again", async (app) => {
    await unlockDemo(app);
    await (await app.one("#show-panel")).click();
    await app.waitFor("#note-D01", async () => (await app.execute("return document.getElementById('note-D01').value")) === "Agreed by the panel.");
    assert.equal(await app.execute("return document.getElementById('meeting-place').value"), "Nanning, room 3");
    assert.equal(await app.execute("return document.getElementById('meeting-date').value"), "2025-12-03");
    assert.equal(await app.execute("return document.getElementById('vote-A001').value"), "4");
  });
});
