// Measures the desktop app for docs/BENCHMARKS.md, next to an empty Tauri window
// built the same way: launch to first contentful paint, and memory (PSS of the
// app and every process it started, WebKit's included) once its content shows.
// Run by `cargo xtask bench`; prints JSON. Not a test: it asserts nothing.
import { readFileSync, readdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, basename } from "node:path";
import { startDriver, Session } from "../e2e/webdriver.mjs";
import { createVault, PASSPHRASE } from "../e2e/harness.mjs";

const [reviewdeskBinary, emptyBinary, launchesArg] = process.argv.slice(2);
const LAUNCHES = Number(launchesArg ?? 10);
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Milliseconds since boot, the clock /proc reports process start times on. */
function uptimeMs() {
  return Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]) * 1000;
}

function processes() {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const afterName = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return { pid: Number(pid), ppid: Number(afterName[1]), start: Number(afterName[19]), exe: readExe(pid) };
      } catch {
        return null;
      }
    })
    .filter(Boolean);
}

function readExe(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0];
  } catch {
    return "";
  }
}

/** The newest process running `binary`, and every process below it. */
function processTree(binary) {
  const all = processes();
  const roots = all.filter((p) => basename(p.exe) === basename(binary)).sort((a, b) => b.start - a.start);
  if (roots.length === 0) throw new Error(`no process of ${binary}`);
  const tree = [roots[0]];
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((p) => p.ppid === tree[i].pid));
  return tree;
}

function pssKib(pid) {
  try {
    return Number(/^Pss:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))[1]);
  } catch {
    return 0;
  }
}

async function firstContentfulPaint(app) {
  for (let attempt = 0; attempt < 300; attempt++) {
    const paint = await app.execute(
      "const e = performance.getEntriesByName('first-contentful-paint')[0]; return e ? performance.timeOrigin + e.startTime : null;",
    );
    if (paint) return paint;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("no first-contentful-paint entry");
}

/** Launches `binary` through WebDriver and returns ms from exec to first paint. */
async function launchToPaint(driver, binary, args, ready) {
  const app = await Session.start(driver.base, binary, args);
  try {
    await ready(app);
    const paintEpochMs = await firstContentfulPaint(app);
    // Move the paint from the wall clock to the boot clock, then compare with the
    // process's start (both clocks read together; /proc has 10 ms resolution).
    const paintUptimeMs = uptimeMs() - (Date.now() - paintEpochMs);
    const startUptimeMs = (processTree(binary)[0].start / TICKS_PER_SECOND) * 1000;
    return { ms: paintUptimeMs - startUptimeMs, app };
  } catch (error) {
    await app.end();
    throw error;
  }
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { median: Math.round(median), min: Math.round(sorted[0]), max: Math.round(sorted.at(-1)), runs: sorted.length };
}

async function measure(driver, binary, args, ready, showContent) {
  const paints = [];
  let memory = null;
  for (let run = 0; run < LAUNCHES; run++) {
    const { ms, app } = await launchToPaint(driver, binary, args, ready);
    paints.push(ms);
    if (run === LAUNCHES - 1) {
      await showContent(app);
      // Let the webview settle after the content shows.
      await new Promise((r) => setTimeout(r, 2000));
      const tree = processTree(binary);
      const mib = (kib) => Math.round(kib / 102.4) / 10;
      const each = Object.fromEntries(tree.map((p) => [basename(p.exe), mib(pssKib(p.pid))]));
      memory = { pss_mib: mib(tree.reduce((sum, p) => sum + pssKib(p.pid), 0)), by_process_mib: each };
    }
    await app.end();
  }
  return { first_paint_ms: summary(paints), memory };
}

const home = mkdtempSync(join(tmpdir(), "reviewdesk-bench-"));
const driver = await startDriver({ ...process.env, REVIEWDESK_HOME: home, LANG: "C.UTF-8" });
try {
  // Create the vault and import the demo call once, so later launches show the unlock screen.
  const setup = await Session.start(driver.base, resolve(reviewdeskBinary), ["--demo"]);
  await createVault(setup, PASSPHRASE);
  await setup.waitFor("[data-demand]", (found) => found.length === 10);
  await setup.end();

  const reviewdesk = await measure(
    driver,
    resolve(reviewdeskBinary),
    [],
    (app) => app.one("#unlock-passphrase"),
    async (app) => {
      await (await app.one("#unlock-passphrase")).type(PASSPHRASE);
      await (await app.one("#unlock")).click();
      await app.waitFor("[data-demand]", (found) => found.length === 10);
      await (await app.one('[data-application="A001"]')).click();
      await app.one("#application-title");
    },
  );
  const empty = await measure(driver, resolve(emptyBinary), [], (app) => app.one("#empty"), async () => undefined);
  console.log(JSON.stringify({ reviewdesk, empty }, null, 2));
} finally {
  await driver.stop();
  rmSync(home, { recursive: true, force: true });
}
