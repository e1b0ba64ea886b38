// End-to-end: the real ReviewDesk app in a real WebKit webview, driven through
// tauri-driver under Xvfb. Creates a vault with the demo call, reads an
// application and its attachment, switches language, locks, unlocks, restarts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { useApp, createVault, PASSPHRASE, SHOTS } from "./harness.mjs";
import { assertNothingInClear } from "./scan.mjs";
import { assertAccessible } from "./axe.mjs";

const NEW_PASSPHRASE = "tamarind ferry opal 19 kite";
const RESET_PASSPHRASE = "banyan lantern ochre 58 reef";
/** The recovery key the first run kept, for the test that needs it. */
let recoveryKey = null;
const harness = useApp({ name: "app", lang: "zh_CN.UTF-8" });

test("first run: create a vault, read the demo call, switch language, lock and unlock", async () => {
  await harness.withApp("first-run", async (app) => {
    await app.waitForText("#create-vault-title", "创建数据保险库");
    recoveryKey = await createVault(app);

    const demands = await app.waitFor("[data-demand]", (found) => found.length === 10);
    assert.match(await demands[0].text(), /GX-ASEAN-2025-01/);
    assert.match(await demands[0].text(), /龙眼果园病虫害智能识别与预警/);
    writeFileSync(join(SHOTS, "demands.png"), await app.screenshot());

    await (await app.one('[data-application="A001"]')).click();
    await app.waitForText("#application-title", "龙眼果园病虫害智能识别与预警");
    await app.waitForText("#section-applicants", "揭榜方");
    await app.waitFor('[data-rule][data-verdict="pass"]', (found) => found.length >= 11);
    await (await app.one('[data-application="A003"]')).click();
    await app.waitForText('[data-rule="lead_applicant"][data-verdict="fail"]', "2025年3月1日");
    await (await app.one('[data-application="A001"]')).click();
    await app.waitForText("#application-title", "南宁视觉智能有限公司");
    const overview = await (await app.one(".application-view")).text();
    assert.match(overview, /สถาบันวิจัยนวัตกรรมเกษตรเชียงใหม่/, "the demand side is named in Thai too");

    await (await app.one('[data-attachment="A001-licence"]')).click();
    await app.waitFor("[data-pdf-text]", async (found) => (await app.execute("return document.querySelector('[data-pdf-text]').textContent")).includes("Unified social credit code"));
    writeFileSync(join(SHOTS, "attachment.png"), await app.screenshot());
    await assertAccessible(app, "attachment viewer");
    await (await app.one("#close-viewer")).click();

    await (await app.one('#language-select option[value="en"]')).click();
    await app.waitForText("#lock", "Lock");
    await app.waitForText("#application-title", "AI pest and disease detection for longan orchards");

    await (await app.one("#search")).type("Khmer");
    await app.waitFor("[data-demand]", (found) => found.length === 1);

    await (await app.one("#lock")).click();
    await app.waitForText("#unlock-title", "Unlock your vault");
    await (await app.one("#unlock-passphrase")).type("not my passphrase");
    await (await app.one("#unlock")).click();
    await app.waitForText("[role=alert]", "The passphrase is wrong");
    await assertAccessible(app, "unlock with an error");
    await (await app.one("#unlock-passphrase")).clear();
    await (await app.one("#unlock-passphrase")).type(PASSPHRASE);
    await (await app.one("#unlock")).click();
    await app.waitFor("[data-demand]", (found) => found.length === 10);
  });
});

test("a later run opens on the unlock screen in the remembered language", async () => {
  await harness.withApp("later-run", async (app) => {
    await app.waitForText("#unlock-title", "Unlock your vault");
    await (await app.one("#unlock-passphrase")).type(PASSPHRASE);
    await (await app.one("#unlock")).click();
    const demands = await app.waitFor("[data-demand]", (found) => found.length === 10);
    assert.match(await demands[0].text(), /AI pest and disease detection/);
  });
});

test("the vault locks itself when idle, and settings change the passphrase", async () => {
  const reviewdeskHome = harness.data;
  writeFileSync(join(reviewdeskHome, "settings.json"), JSON.stringify({ language: "en", auto_lock_seconds: 3 }));
  await harness.withApp("idle-and-settings", async (app) => {
    await (await app.one("#unlock-passphrase")).type(PASSPHRASE);
    await (await app.one("#unlock")).click();
    await app.waitFor("[data-demand]", (found) => found.length === 10);
    // No input from here on: the idle clock runs out.
    await app.waitForText(".gate .note", "locked itself", 30_000);

    await (await app.one("#unlock-passphrase")).type(PASSPHRASE);
    await (await app.one("#unlock")).click();
    await (await app.one("#open-settings")).click();
    // The dialog element renders before it opens as a modal; wait for it to open.
    const minutes = await app.one("dialog.settings[open] #auto-lock-minutes");
    await minutes.clear();
    await minutes.type("15");
    await (await app.one("#current-passphrase")).fill(PASSPHRASE);
    await (await app.one("#next-passphrase")).fill(NEW_PASSPHRASE);
    await (await app.one("#next-confirmation")).fill(NEW_PASSPHRASE);
    await (await app.one("#next-passphrase")).fill(NEW_PASSPHRASE);
    await (await app.one("#insecure-http")).click();
    await (await app.one("dialog.settings button[type=submit]")).click();
    await app.waitForText(".main > .status", "The passphrase was changed.");

    await (await app.one("#lock")).click();
    await (await app.one("#unlock-passphrase")).type(PASSPHRASE);
    await (await app.one("#unlock")).click();
    await app.waitForText("[role=alert]", "The passphrase is wrong");
    await (await app.one("#unlock-passphrase")).clear();
    await (await app.one("#unlock-passphrase")).type(NEW_PASSPHRASE);
    await (await app.one("#unlock")).click();
    await app.waitFor("[data-demand]", (found) => found.length === 10);
  });
  const saved = JSON.parse(readFileSync(join(reviewdeskHome, "settings.json"), "utf8"));
  assert.equal(saved.auto_lock_seconds, 15 * 60);
  assert.equal(saved.insecure_http, true, "plain HTTP off this machine, as chosen");
});

test("a forgotten passphrase is replaced with the recovery key, and everything is kept", async () => {
  assert.ok(recoveryKey, "the first run kept a recovery key");
  await harness.withApp("recovery", async (app) => {
    await (await app.one("#forgot-passphrase")).click();
    const fillReset = async (key) => {
      await (await app.one("#recovery-key-input")).fill(key);
      await (await app.one("#reset-new-passphrase")).fill(RESET_PASSPHRASE);
      await (await app.one("#reset-confirmation")).fill(RESET_PASSPHRASE);
      await (await app.one("#reset-new-passphrase")).fill(RESET_PASSPHRASE);
      await (await app.one("#reset-passphrase")).click();
    };
    await fillReset("ABCD-EFGH");
    await app.waitForText("[role=alert]", "That is not a recovery key");
    // As read back from paper: lower case, spaces for the dashes.
    await fillReset(recoveryKey.toLowerCase().replaceAll("-", " "));
    await app.waitFor("[data-demand]", (found) => found.length === 10);
    await (await app.one("#lock")).click();
    await (await app.one("#unlock-passphrase")).type(RESET_PASSPHRASE);
    await (await app.one("#unlock")).click();
    await app.waitFor("[data-demand]", (found) => found.length === 10);
  });
});

test("a backup written from the settings restores on a new laptop and opens as before", async () => {
  const folder = join(harness.home, "usb stick 备份");
  mkdirSync(folder, { recursive: true });
  const backup = join(folder, "expert backup.rdbackup");
  harness.answerDialog(backup);
  await harness.withApp("backup", async (app) => {
    await (await app.one("#unlock-passphrase")).type(RESET_PASSPHRASE);
    await (await app.one("#unlock")).click();
    await app.waitFor("[data-demand]", (found) => found.length === 10);
    await (await app.one("#open-settings")).click();
    await (await app.one("dialog.settings[open] #settings-backup-now")).click();
    await app.waitForText(".main > .status", "Backup written to");
  });
  assert.ok(existsSync(backup), "the backup is where the dialog said");
  // The laptop is lost: on the new one there is no vault yet.
  for (const name of readdirSync(harness.data).filter((n) => n.startsWith("vault.rdvault"))) {
    rmSync(join(harness.data, name));
  }
  await harness.withApp("restore", async (app) => {
    await (await app.one("#restore-backup")).click();
    await app.waitForText("#unlock-notice", "Restored the backup of");
    await (await app.one("#unlock-passphrase")).type(RESET_PASSPHRASE);
    await (await app.one("#unlock")).click();
    await app.waitFor("[data-demand]", (found) => found.length === 10);
  });
  harness.answerDialog("");
});

test("nothing the app wrote holds imported text in the clear", () => {
  const secrets = ["Nanning Vision Intelligence", "南宁视觉智能有限公司", "สถาบันวิจัยนวัตกรรมเกษตรเชียงใหม่", "%PDF-1.4", "Unified social credit code"];
  assertNothingInClear(harness.home, secrets);
});
