// End-to-end: the real app and the real agency server (its binary, on
// 127.0.0.1 port 0). The expert connects with a one-time code, submits a
// sheet, and sees it delivered with the agency's receipt; the server counts it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { useApp, createVault, SHOTS } from "./harness.mjs";

const SERVER = resolve(process.env.REVIEWDESK_SERVER ?? "target/debug/reviewdesk-server");
const CLI = resolve(process.env.REVIEWDESK_CLI ?? "target/debug/reviewdesk");
const harness = useApp({ name: "sync", lang: "en_US.UTF-8", settings: { language: "en", auto_lock_seconds: 0 } });

let serverHome;
let server;
let url;
let code;

function admin(...args) {
  return execFileSync(SERVER, ["--db", join(serverHome, "server.db"), ...args], {
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8" },
  });
}

before(async () => {
  serverHome = mkdtempSync(join(tmpdir(), "reviewdesk-e2e-server-"));
  admin("init");
  execFileSync(CLI, ["demo-data", join(serverHome, "demo.json")]);
  admin("load-call", join(serverHome, "demo.json"));
  code = admin("code", "E01").trim().split(" ").at(-1);
  server = spawn(SERVER, ["--db", join(serverHome, "server.db"), "serve", "--listen", "127.0.0.1:0"], {
    env: { ...process.env, LANG: "en_US.UTF-8" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  url = await new Promise((resolveUrl, reject) => {
    const lines = createInterface({ input: server.stderr });
    lines.on("line", (line) => {
      const found = line.match(/listening on (http:\/\/\S+)/);
      if (found) resolveUrl(found[1]);
    });
    server.once("exit", (status) => reject(new Error(`the server exited with ${status}`)));
  });
});

after(() => {
  server?.kill("SIGTERM");
  if (serverHome) rmSync(serverHome, { recursive: true, force: true });
});

test("connect with a code, submit, and see the receipt come back", async () => {
  await harness.withApp("sync", async (app) => {
    await createVault(app);
    await app.waitFor("[data-demand]", (found) => found.length === 10);
    await app.waitForText("#sync-indicator", "Not connected");
    await (await app.one("#sync-indicator")).click();
    await (await app.one("dialog.sync-dialog[open] #enroll-server")).fill(url);
    await (await app.one("#enroll-expert")).fill("E01");
    await (await app.one("#enroll-code")).fill(code);
    await (await app.one("#enroll-server")).fill(url);
    await (await app.one("#enroll")).click();
    await app.waitForText("dialog.sync-dialog [role=status]", "Connected as E01");
    await app.waitForText("#sync-indicator", "All synced", 60_000);
    await app.execute("document.querySelector('dialog.sync-dialog').close()");

    // Score A002 as a recusal (quickest complete sheet), and submit it.
    await (await app.one('[data-application="A002"]')).click();
    await (await app.one("#tab-score")).click();
    await (await app.one("dialog.declaration[open] #declare-conflict")).click();
    await (await app.one("#conflict-details")).fill("Former colleague of the team lead");
    await (await app.one("#declare-confirm")).click();
    await (await app.one("#submit-recusal")).click();
    await (await app.one("dialog#confirm-submit[open] #confirm-submit-confirm")).click();
    await app.waitForText(".locked-note", "Recusal submitted");

    await app.waitForText("#sync-indicator", "All synced", 60_000);
    await (await app.one("#sync-indicator")).click();
    await app.waitForText('dialog.sync-dialog[open] [data-package="1"]', "Delivered, receipt kept");
    writeFileSync(join(SHOTS, "sync.png"), await app.screenshot());
  });
  const progress = JSON.parse(admin("progress"));
  const e01 = progress.find((expert) => expert.expert_id === "E01");
  assert.equal(e01.packages, 1);
  assert.equal(e01.recused, 1);
});
