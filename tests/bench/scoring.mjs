// Measures scoring in the real app for docs/BENCHMARKS.md: the autosave latency
// of one change (from the input event to "All changes saved" in the page, so
// rendering, IPC, the SQLCipher transaction and its fsync are all inside), and
// the time to open the score sheet of an application (from the click in the
// list to the form showing its stored values). Times are taken in the page
// with performance.now() and a MutationObserver, i.e. when the DOM is updated.
// Run by `cargo xtask bench`; prints JSON. Not a test: it asserts nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startDriver, Session } from "../e2e/webdriver.mjs";
import { createVault, PASSPHRASE } from "../e2e/harness.mjs";

const [binary, changesArg, roundsArg] = process.argv.slice(2);
const CHANGES = Number(changesArg ?? 500);
const ROUNDS = Number(roundsArg ?? 4);

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const ms = (v) => Math.round(v * 10) / 10;
  return { p50_ms: ms(at(50)), p99_ms: ms(at(99)), max_ms: ms(sorted.at(-1)), samples: sorted.length };
}

// In the page: resolves once `ready()` holds, checking after every DOM change.
const UNTIL = `
  function until(ready) {
    return new Promise((resolve) => {
      if (ready()) return resolve();
      const observer = new MutationObserver(() => {
        if (ready()) { observer.disconnect(); resolve(); }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }`;

const home = mkdtempSync(join(tmpdir(), "reviewdesk-bench-scoring-"));
mkdirSync(join(home, "reviewdesk"));
writeFileSync(join(home, "reviewdesk", "settings.json"), JSON.stringify({ language: "en", auto_lock_seconds: 0 }));
const driver = await startDriver({ ...process.env, REVIEWDESK_HOME: join(home, "reviewdesk"), LANG: "C.UTF-8" });
try {
  const app = await Session.start(driver.base, resolve(binary), ["--demo"]);
  await createVault(app, PASSPHRASE);
  await app.waitFor("[data-demand]", (found) => found.length === 10);

  // Every application gets a declared, fully scored draft through the app's own
  // commands, so opening a sheet shows a complete form.
  const ids = await app.executeAsync(`
    const done = arguments[arguments.length - 1];
    (async () => {
      const invoke = window.__TAURI_INTERNALS__.invoke;
      const overview = await invoke("overview", { callId: null, filter: { text: "", country: null, field: null } });
      const ids = overview.demands.flatMap((d) => d.applications.map((a) => a.id));
      const view = await invoke("scoring", { callId: overview.call.id, applicationId: ids[0] });
      const items = view.rubric.criteria.flatMap((c) => c.items.map((i) => i.id));
      for (const id of ids) {
        const input = { declaration: { kind: "no_conflict" }, scores: Object.fromEntries(items.map((i) => [i, "7"])),
          comments: {}, vetoes: {}, recommendation: null, decision: null, opinion: "" };
        await invoke("save_sheet", { callId: overview.call.id, applicationId: id, input });
      }
      done(ids);
    })();`);

  await (await app.one('[data-application="A001"]')).click();
  await (await app.one("#tab-score")).click();
  await app.one("#score-benefit");

  const autosave = await app.executeAsync(`
    const [changes, done] = [arguments[0], arguments[arguments.length - 1]];
    ${UNTIL}
    (async () => {
      const field = document.getElementById("score-benefit");
      const status = document.getElementById("save-status");
      const values = ["6", "6.5", "7", "7.5", "8"];
      const times = [];
      for (let i = 0; i < changes; i++) {
        const started = performance.now();
        field.value = values[i % values.length];
        field.dispatchEvent(new Event("input", { bubbles: true }));
        await until(() => status.classList.contains("saving"));
        await until(() => status.classList.contains("saved"));
        times.push(performance.now() - started);
      }
      done(times);
    })();`, [CHANGES]);

  const opening = await app.executeAsync(`
    const [ids, rounds, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
    ${UNTIL}
    (async () => {
      const times = [];
      for (let round = 0; round < rounds; round++) {
        for (const id of ids) {
          const started = performance.now();
          document.querySelector('[data-application="' + id + '"]').click();
          await until(() => {
            const title = document.getElementById("sheet-title");
            const last = document.getElementById("score-ip-arrangement");
            return title && title.textContent.includes(id) && last && last.value !== "";
          });
          times.push(performance.now() - started);
        }
      }
      done(times);
    })();`, [ids, ROUNDS]);
  await app.end();
  console.log(JSON.stringify({ autosave_one_change: percentiles(autosave), open_score_sheet: percentiles(opening) }, null, 2));
} finally {
  await driver.stop();
  rmSync(home, { recursive: true, force: true });
}
