// What every end-to-end test file needs: a hermetic home folder (the app's
// vault and settings, WebKit's data and cache all below it), tauri-driver
// started once per file, and the app launched per step with a screenshot kept
// when a step fails.
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startDriver, Session } from "./webdriver.mjs";

export const APP = resolve(process.env.REVIEWDESK_APP ?? "target/debug/reviewdesk-desktop");
export const SHOTS = resolve(process.env.REVIEWDESK_SHOTS ?? "target/e2e");
export const PASSPHRASE = "lychee harbour violet tram 42";

/**
 * Registers the file's setup and teardown. `settings`, when given, is written
 * as the app's settings before the first launch; `env()`, when given, adds to
 * the app's environment (awaited when the driver starts).
 */
export function useApp({ name, lang, settings, env }) {
  const harness = {
    home: "",
    /** The app's own data folder (REVIEWDESK_HOME). */
    get data() {
      return join(harness.home, "reviewdesk");
    },
    driver: null,
    /** Answers the app's next file dialogs with `path` (see the app's `dialogs.rs`). */
    answerDialog(path) {
      writeFileSync(join(harness.home, "dialog-answer"), path);
    },
    /** The environment the driver (and so the app) runs in, kept to start a fresh driver. */
    driverEnv: null,
    async withApp(step, run) {
      for (let attempt = 1; ; attempt += 1) {
        const session = await startSession(harness);
        try {
          await run(session);
          await session.end();
          return;
        } catch (error) {
          writeFileSync(join(SHOTS, `failure-${step}.png`), await session.screenshot().catch(() => Buffer.alloc(0)));
          await session.end();
          if (attempt > 1 || !isDriverSilence(error)) throw error;
          // WebKitWebDriver now and then stops answering mid-step, screenshots
          // included (seen here in about one run in six of the idle-lock
          // step; the cause is not known). The step runs once more on a fresh
          // driver and app, saying so; a failure of the app fails again.
          console.error(`${step}: ${error.message}; running the step again with a fresh driver`);
          await harness.driver.stop();
          harness.driver = await startDriver(harness.driverEnv);
        }
      }
    },
  };
  before(async () => {
    assert.ok(existsSync(APP), `the app is built at ${APP}`);
    harness.home = mkdtempSync(join(tmpdir(), `reviewdesk-e2e-${name}-`));
    mkdirSync(SHOTS, { recursive: true });
    mkdirSync(harness.data, { recursive: true });
    if (settings) writeFileSync(join(harness.data, "settings.json"), JSON.stringify(settings));
    harness.driverEnv = {
      ...process.env,
      REVIEWDESK_HOME: harness.data,
      XDG_DATA_HOME: join(harness.home, "data"),
      XDG_CACHE_HOME: join(harness.home, "cache"),
      XDG_CONFIG_HOME: join(harness.home, "config"),
      LANG: lang,
      REVIEWDESK_TEST_DIALOG: join(harness.home, "dialog-answer"),
      // LANG alone decides the language: nothing of the machine's own wins.
      LANGUAGE: undefined,
      LC_ALL: undefined,
      LC_MESSAGES: undefined,
      ...(env ? await env() : {}),
    };
    harness.driver = await startDriver(harness.driverEnv);
  });
  after(async () => {
    await harness.driver?.stop();
    if (harness.home) rmSync(harness.home, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  });
  return harness;
}

/** Whether `error` is the driver giving no answer, rather than the app's. */
function isDriverSilence(error) {
  return /no answer from the driver/.test(error?.message ?? "");
}

/**
 * Launches the app in a new WebDriver session. Rarely WebKitWebDriver never
 * answers a new session (seen once in CI after a quit and relaunch); then the
 * driver is replaced and the launch tried once more.
 */
async function startSession(harness) {
  try {
    return await Session.start(harness.driver.base, APP, ["--demo"]);
  } catch (error) {
    console.error(`launch failed (${error.message}); starting a fresh driver and trying again`);
    await harness.driver.stop();
    harness.driver = await startDriver(harness.driverEnv);
    return Session.start(harness.driver.base, APP, ["--demo"]);
  }
}

/**
 * Creates the vault on the first-run screen (with `--demo` it gets the demo
 * call) and keeps its recovery key as the expert does: typing its last group
 * back. Returns the recovery key.
 */
export async function createVault(app, passphrase = PASSPHRASE) {
  await (await app.one("#new-passphrase")).fill(passphrase);
  await (await app.one("#confirm-passphrase")).fill(passphrase);
  // Filling the confirmation can disturb the first field; make sure of it again.
  await (await app.one("#new-passphrase")).fill(passphrase);
  await (await app.one("#create-vault")).click();
  const [shown] = await app.waitFor("#recovery-key", undefined, 120_000);
  const recoveryKey = (await shown.text()).trim();
  assert.match(recoveryKey, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/, "eight groups of four");
  writeFileSync(join(SHOTS, "recovery-key.png"), await app.screenshot());
  await (await app.one("#recovery-confirm")).fill(recoveryKey.slice(-4).toLowerCase());
  await (await app.one("#recovery-kept")).click();
  return recoveryKey;
}
