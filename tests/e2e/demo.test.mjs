// End-to-end: the demo as `cargo xtask demo` runs it — the app next to a local
// agency server. The new vault enrolls by itself and receives the call as a
// signed bundle; a submission comes back with a receipt.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { useApp, createVault } from "./harness.mjs";
import { startServer } from "./server.mjs";

let server;

const harness = useApp({
  name: "demo",
  lang: "en_US.UTF-8",
  settings: { language: "en", auto_lock_seconds: 0 },
  // The server starts first: the app learns its address from the environment.
  env: async () => {
    server = await startServer();
    return { REVIEWDESK_DEMO_SERVER: server.url, REVIEWDESK_DEMO_CODE: server.code };
  },
});

after(() => server?.stop());

test("the demo's vault enrolls with its server and receives the call as a bundle", async () => {
  await harness.withApp("demo", async (app) => {
    await createVault(app);
    await app.waitFor("[data-demand]", (found) => found.length === 10);
    await app.waitForText("#sync-indicator", "All synced", 60_000);
    await (await app.one("#sync-indicator")).click();
    await app.waitForText("dialog.sync-dialog[open]", "Expert E01 · server " + server.url);
  });
  const progress = JSON.parse(server.admin("progress"));
  const e01 = progress.find((expert) => expert.expert_id === "E01");
  assert.equal(e01.enrolled, true);
  assert.equal(e01.bundles, 1, "the call came as the server's bundle, not the built-in data");
});
