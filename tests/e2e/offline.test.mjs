// End-to-end, with no connection between the expert and the agency: the
// exchange on a USB stick. The app writes an enrollment request file, the
// agency answers it with its admin tool, the app reads the response, imports
// the signed bundle the agency issued, exports the submitted sheet's package,
// and the agency imports that package. Every file dialog is answered at the
// app's edge (`REVIEWDESK_TEST_DIALOG`), so the app's real code runs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { submitRecusal } from "./flows.mjs";
import { useApp, createVault } from "./harness.mjs";
import { startServer } from "./server.mjs";

const harness = useApp({ name: "offline", lang: "en_US.UTF-8", settings: { language: "en", auto_lock_seconds: 0 } });
let agency;

before(async () => {
  agency = await startServer();
});

after(() => agency?.stop());

test("enroll by file, import a bundle file and hand the outbox over on a USB stick", async () => {
  const stick = join(harness.home, "USB stick");
  mkdirSync(join(stick, "outbox"), { recursive: true });
  const request = join(stick, "enrollment request.json");
  const response = join(stick, "enrollment response.json");
  const bundle = join(stick, "bundle E01.zip");
  await harness.withApp("offline", async (app) => {
    await createVault(app);
    await app.waitFor("[data-demand]", (found) => found.length === 10);
    await (await app.one("#sync-indicator")).click();
    await (await app.one("dialog.sync-dialog[open] #enroll-expert")).fill("E01");
    await (await app.one("#enroll-code")).fill(agency.code);

    harness.answerDialog(request);
    await (await app.one("#enroll-request-file")).click();
    await app.waitForText("dialog.sync-dialog [role=status]", "Request written to");
    // At the agency.
    agency.admin("enroll", request, "--out", response);
    const call = JSON.parse(agency.admin("progress")).find((e) => e.expert_id === "E01");
    assert.ok(call, "the agency knows E01");
    agency.admin("issue-bundle", "--expert", "E01", "--call", "GX-ASEAN-AI-2025", "--out", bundle);

    harness.answerDialog(response);
    await (await app.one("#enroll-response-file")).click();
    await app.waitForText("dialog.sync-dialog [role=status]", "Connected as E01");
    harness.answerDialog(bundle);
    await (await app.one("#sync-import-bundle")).click();
    await app.waitForText(".main > .status", "applications for");
    await app.execute("document.querySelector('dialog.sync-dialog').close()");

    // Score A002 as a recusal (the quickest complete sheet) and submit it.
    await submitRecusal(app, "A002");

    harness.answerDialog(join(stick, "outbox"));
    await (await app.one("#sync-indicator")).click();
    await (await app.one("dialog.sync-dialog[open] #sync-export")).click();
    await app.waitForText("dialog.sync-dialog [role=status]", "One package was written");
    harness.answerDialog("");
  });
  const exported = readdirSync(join(stick, "outbox"));
  assert.equal(exported.length, 1, `one package on the stick: ${exported}`);
  const said = agency.admin("import-package", join(stick, "outbox", exported[0]));
  assert.match(said, /E01/);
  const e01 = JSON.parse(agency.admin("progress")).find((expert) => expert.expert_id === "E01");
  assert.equal(e01.packages, 1);
  assert.equal(e01.recused, 1);
});
