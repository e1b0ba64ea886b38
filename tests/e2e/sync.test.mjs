// End-to-end: the real app and the real agency server (its binary, on
// 127.0.0.1 port 0). The expert connects with a one-time code, submits a
// sheet, and sees it delivered with the agency's receipt; the server counts it.
// Then the agency enrolls the expert again: the app says its key is revoked,
// and is enrolled again in place with the new code.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { submitRecusal } from "./flows.mjs";
import { useApp, createVault, PASSPHRASE, SHOTS } from "./harness.mjs";
import { startServer } from "./server.mjs";
import { assertAccessible } from "./axe.mjs";
import { assertKeyboardReachable } from "./keyboard.mjs";

const harness = useApp({ name: "sync", lang: "en_US.UTF-8", settings: { language: "en", auto_lock_seconds: 0 } });
let server;

before(async () => {
  server = await startServer();
});

after(() => server?.stop());

test("connect with a code, submit, and see the receipt come back", async () => {
  await harness.withApp("sync", async (app) => {
    await createVault(app);
    await app.waitFor("[data-demand]", (found) => found.length === 10);
    await app.waitForText("#sync-indicator", "Not connected");
    await (await app.one("#sync-indicator")).click();
    await (await app.one("dialog.sync-dialog[open] #enroll-server")).fill(server.url);
    await (await app.one("#enroll-expert")).fill("E01");
    await (await app.one("#enroll-code")).fill(server.code);
    await (await app.one("#enroll-server")).fill(server.url);
    await (await app.one("#enroll")).click();
    await app.waitForText("dialog.sync-dialog [role=status]", "Connected as E01");
    await app.waitForText("#device-key", "This laptop's key, as the agency registered it: ");
    assert.match(await (await app.one("#device-key")).text(), /: [A-Za-z0-9_-]{43}$/, "the Ed25519 key the vault signs with");
    await app.waitForText("#sync-indicator", "All synced", 60_000);
    await app.execute("document.querySelector('dialog.sync-dialog').close()");

    // Score A002 as a recusal (quickest complete sheet), and submit it.
    await submitRecusal(app, "A002");

    await app.waitForText("#sync-indicator", "All synced", 60_000);
    await (await app.one("#sync-indicator")).click();
    await app.waitForText('dialog.sync-dialog[open] [data-package="1"]', "Delivered, receipt kept");
    // The receipt itself: when the agency received it, and its signature.
    await (await app.one('[data-package="1"] .receipt summary')).click();
    await app.waitForText('[data-package="1"] .receipt', "Received by the agency");
    await assertAccessible(app, "sync with a receipt");
    await assertKeyboardReachable(app, "sync with a receipt");
    const signature = await app.execute("return document.querySelector('[data-package=\"1\"] .receipt dd:last-of-type').textContent");
    assert.match(signature, /^[A-Za-z0-9_-]{86}$/);
    writeFileSync(join(SHOTS, "sync.png"), await app.screenshot());
  });
  const progress = JSON.parse(server.admin("progress"));
  const e01 = progress.find((expert) => expert.expert_id === "E01");
  assert.equal(e01.packages, 1);
  assert.equal(e01.recused, 1);
});

test("a vault whose key the agency revoked says so and is enrolled again with a new code", async () => {
  const code = server.admin("reenroll", "E01").trim();
  await harness.withApp("revoked", async (app) => {
    await (await app.one("#unlock-passphrase")).type(PASSPHRASE);
    await (await app.one("#unlock")).click();
    await app.waitFor("[data-demand]", (found) => found.length === 10);
    await app.waitForText("#sync-indicator", "Key revoked", 60_000);
    await (await app.one("#sync-indicator")).click();
    await app.waitForText("dialog.sync-dialog[open] #sync-phase", "The agency revoked this laptop's key");
    await app.waitForText("#sync-trouble", "you were enrolled again on another device");
    await (await app.one("#enroll-again")).click();
    assert.equal(await app.execute("return document.querySelector('#enroll-expert').value"), "E01", "the same expert");
    await (await app.one("#enroll-code")).fill(code);
    await (await app.one("#enroll")).click();
    await app.waitForText("dialog.sync-dialog [role=status]", "Connected as E01");
    await app.waitForText("#continues-after", "follow package 1,");
    await (await app.one("#sync-now")).click();
    await app.waitForText("#sync-indicator", "All synced", 60_000);
  });
  const log = JSON.parse(server.admin("audit", "list", "--json"));
  assert.ok(log.some((entry) => entry.action === "key-revoked" && entry.subject === "E01"));
});
