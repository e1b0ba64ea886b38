// End-to-end: a panel meeting in a room without internet. First the staff
// app is the hub: the chair starts it, two experts (the command line) join
// with the join card's address and code, and the live board follows each
// submission, draft and recusal; the chair opens a demand for discussion,
// an expert who has not submitted everything is told so and sees nothing
// else; the meeting ends, and staff forward what it took to the agency
// server. Then the expert's app joins a hub run from the shell
// (`reviewdesk-server meeting`) and sees an applicant it recused from blanked.
// At each meeting's end the chair fixes the minutes and the experts sign
// them — on the command line and in the app — and the minutes PDF's
// signatures are checked with the agency's public key alone. Last, a whole
// meeting: the staff app is the hub while the expert's app, beside it as on
// another laptop, takes part with two experts on the command line — scoring,
// the board, a recusal blanked, a discussion round with a revision, the
// calibration, the panel's signatures, the minutes verified, and the
// packages forwarded to the agency server and accepted once. The call is the
// demo dated today, so it is open and allows a revision round.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { useApp, APP, PASSPHRASE, SHOTS } from "./harness.mjs";
import { startDriver, Session } from "./webdriver.mjs";
import { startServer, CLI, STAFF } from "./server.mjs";
import { ITEMS, fetchPanel, submitRecusal, unlockDemo } from "./flows.mjs";
import { assertAccessible } from "./axe.mjs";

const SERVER = resolve(process.env.REVIEWDESK_SERVER ?? "target/debug/reviewdesk-server");
const CALL = "GX-ASEAN-AI-2025";

let server;
let work;
const env = { ...process.env, LANG: "en_US.UTF-8", REVIEWDESK_PASSPHRASE: PASSPHRASE };
const cli = (...args) => execFileSync(CLI, args, { cwd: work, encoding: "utf8", env });

/** Writes a complete sheet (every item `score`) or a recusal, for `score --from`. */
function sheet(name, score) {
  const body =
    score === "recused"
      ? { declaration: { kind: "conflict", conflict: "former_employer", details: "Worked there until 2024" } }
      : {
          declaration: { kind: "no_conflict" },
          scores: Object.fromEntries(ITEMS.map((item) => [item, score])),
          vetoes: { "related-to-demand-side": false, "export-restricted": false },
          recommendation: "recommend",
          opinion: `Scored ${score} in the room.`,
        };
  writeFileSync(join(work, name), JSON.stringify(body));
  return name;
}

/** An expert's vault enrolled online as `expert`, with the call's bundle. */
function enrolledVault(vault, expert, code) {
  cli("vault", "create", vault);
  cli("enroll", "--vault", vault, "--expert", expert, "--code", code, "--server", server.url);
  cli("sync", "--vault", vault);
}

const harness = useApp({
  name: "meeting",
  lang: "en_US.UTF-8",
  settings: { language: "en", auto_lock_seconds: 0 },
  env: async () => {
    server = await startServer({ today: true });
    work = mkdtempSync(join(tmpdir(), "reviewdesk-e2e-meeting-"));
    enrolledVault("e01.rdvault", "E01", server.code);
    enrolledVault("e02.rdvault", "E02", server.admin("code", "E02").trim());
    enrolledVault("e03.rdvault", "E03", server.admin("code", "E03").trim());
    // Enrolled before the staff key is written, so the key knows them.
    server.admin("staff-key", "--out", join(work, "staff.key"));
    cli("demo-data", "demo.json", "--today");
    const staffVault = join(harness.data, "vault.rdvault");
    cli("vault", "create", staffVault);
    cli("import", "demo.json", "--vault", staffVault);
    execFileSync(CLI, ["staff", "key", join(work, "staff.key"), "--vault", staffVault], {
      env: { ...env, REVIEWDESK_STAFF_KEY_PASSPHRASE: STAFF.keyPassphrase },
    });
    return {};
  },
});

after(() => server?.stop());

const cell = (application, expert) => `[data-board-cell="${application}/${expert}"]`;


async function stateOf(app, application, expert) {
  return app.execute(`return document.querySelector('${cell(application, expert)}')?.dataset.state ?? null`);
}

async function waitForState(app, application, expert, state) {
  await app.waitFor(cell(application, expert), async () => (await stateOf(app, application, expert)) === state, 15_000);
}

test("the staff app is the meeting's hub: experts join, the board follows, the packages reach the agency once", async () => {
  await harness.withApp("hub", async (app) => {
    await unlockDemo(app);
    await (await app.one("#show-panel")).click();
    await app.waitForText("#panel-title", "Panel results");
    await (await app.one("#hub-start")).click();
    await app.waitFor("#hub-code", async () => /^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/.test(await app.execute("return document.getElementById('hub-code').textContent")));
    const code = await app.execute("return document.getElementById('hub-code').textContent");
    const addresses = await app.execute("return [...document.querySelectorAll('#hub-addresses .address')].map((a) => a.textContent)");
    const local = addresses.find((a) => a.startsWith("https://127.0.0.1:"));
    assert.ok(local, `the card lists this machine: ${addresses}`);
    assert.match(await app.execute("return document.getElementById('hub-join-line').textContent"), new RegExp(`#${code}$`));
    await app.waitFor("#hub-qr", async () => (await app.execute("return document.getElementById('hub-qr').naturalWidth")) > 0);
    // Nobody has done anything yet.
    await waitForState(app, "A001", "E01", "not_started");

    // A wrong code is refused before anything is sent.
    const refused = (() => {
      try {
        cli("meeting", "join", "--vault", "e01.rdvault", local, "--code", "AAAA-BBBB-CCCC");
        return "";
      } catch (error) {
        return String(error.stderr);
      }
    })();
    assert.match(refused, /does not answer with the certificate of meeting code/);

    cli("meeting", "join", "--vault", "e01.rdvault", local, "--code", code.toLowerCase());
    cli("meeting", "join", "--vault", "e02.rdvault", local, "--code", code);
    // E01 submits A001 in the room; the board follows.
    cli("score", "A001", "--vault", "e01.rdvault", "--from", sheet("eight.json", "8"), "--submit");
    const sent = cli("meeting", "status", "--vault", "e01.rdvault");
    assert.match(sent, /Packages sent to the meeting's hub: 1; still to send: 0\./);
    await waitForState(app, "A001", "E01", "submitted");
    // E02 recuses from A001 and starts on A002.
    cli("score", "A001", "--vault", "e02.rdvault", "--from", sheet("recused.json", "recused"), "--submit");
    cli("score", "A002", "--vault", "e02.rdvault", "--from", sheet("seven.json", "7"));
    cli("meeting", "status", "--vault", "e02.rdvault");
    await waitForState(app, "A001", "E02", "recused");
    await waitForState(app, "A002", "E02", "scoring");
    await app.waitForText('[data-board="D01"] caption', "2 of");
    // The panel's results follow too: E01's 80 for A001.
    await app.waitForText('[data-panel-demand="D01"] [data-panel-applicant="A001"]', "80");
    await assertAccessible(app, "meeting board");
    writeFileSync(join(SHOTS, "meeting-board.png"), await app.screenshot());

    // The chair opens D01: E01 has not submitted all of it, so sees nothing of others.
    await (await app.one("#round-discussion-D01")).click();
    await app.waitFor('[data-panel-demand="D01"] [data-round="discussion"]', (found) => found.length === 1);
    const withheld = cli("meeting", "status", "--vault", "e01.rdvault");
    assert.match(withheld, /D01 — Open for discussion/);
    assert.match(withheld, /A002, A004/);
    assert.doesNotMatch(withheld, /median/);

    // The chair fixes the minutes; E01 reads them on the command line and
    // signs their digest; the board lists who has signed.
    await (await app.one("#hub-fix-minutes")).click();
    await (await app.one("dialog#hub-fix-dialog[open] #hub-fix-dialog-confirm")).click();
    await app.waitFor("#hub-minutes-digest", (found) => found.length === 1);
    const digest = await app.execute("return document.getElementById('hub-minutes-digest').dataset.digest");
    assert.match(digest, /^[0-9a-f]{64}$/);
    await app.waitFor('[data-unsigned="E01"]', (found) => found.length === 1);
    const shown = cli("meeting", "status", "--vault", "e01.rdvault");
    assert.match(shown, new RegExp(`fixed the minutes of call ${CALL} for signing .*${digest}`));
    assert.match(shown, new RegExp(`meeting sign --vault e01.rdvault --digest ${digest}`));
    assert.match(cli("meeting", "sign", "--vault", "e01.rdvault", "--digest", digest), /You signed the minutes/);
    await app.waitFor('[data-signed="E01"]', (found) => found.length === 1, 15_000);
    assert.match(cli("meeting", "status", "--vault", "e01.rdvault"), /You signed these minutes\./);

    // The meeting ends; nothing is lost.
    await (await app.one("#hub-stop")).click();
    await (await app.one("dialog#hub-stop-dialog[open] #hub-stop-dialog-confirm")).click();
    await app.waitFor("#hub-start", (found) => found.length === 1);
    const away = (() => {
      try {
        cli("meeting", "status", "--vault", "e01.rdvault");
        return "";
      } catch (error) {
        return String(error.stderr);
      }
    })();
    assert.match(away, /The meeting's hub at https:\/\/127\.0\.0\.1:\d+ could not be reached/);

    // Back online, staff forward what the meeting took: accepted once.
    await fetchPanel(app, server.url, STAFF);
    await app.waitForText(".panel-view [role=status]", "forwarded to the agency server: 2", 60_000);
  });
  // The expert's vault, back online, sends the same package: the agency
  // answers with what it holds.
  assert.match(cli("sync", "--vault", "e01.rdvault"), /1 delivered, 0 refused/);
});

/** Moves a vault (its database and key file) to `to`. */
function moveVault(from, to) {
  for (const suffix of ["", ".kdf", "-wal", "-shm"]) {
    if (existsSync(from + suffix)) renameSync(from + suffix, to + suffix);
  }
}

test("an expert's app joins a hub run from the shell and sees an applicant it recused from blanked", async () => {
  // The chair opened D01 before the meeting; the hub runs from the staff vault.
  const hubStaff = join(work, "hub.rdvault");
  moveVault(join(harness.data, "vault.rdvault"), hubStaff);
  cli("staff", "round", "--vault", hubStaff, "--demand", "D01", "discussion");
  const hub = spawn(SERVER, ["meeting", "--vault", hubStaff, "--call", CALL, "--listen", "127.0.0.1:0"], {
    env,
    stdio: ["pipe", "pipe", "ignore"],
  });
  process.once("exit", () => hub.kill("SIGTERM"));
  const card = {};
  const said = [];
  await new Promise((resolveCard, reject) => {
    createInterface({ input: hub.stdout }).on("line", (line) => {
      said.push(line);
      const found = line.match(/^(Address|Meeting code): (\S+)/);
      if (found) card[found[1]] = found[2];
      if (card.Address && card["Meeting code"]) resolveCard();
    });
    hub.once("exit", (status) => reject(new Error(`the hub exited with ${status}`)));
  });
  /** Waits for the hub to print a line matching `pattern` (from line `from` on). */
  async function hubSays(pattern, from = 0) {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const line = said.slice(from).find((l) => pattern.test(l));
      if (line) return line;
      await new Promise((wait) => setTimeout(wait, 100));
    }
    throw new Error(`the hub did not say ${pattern}: ${said.slice(from).join("\n")}`);
  }
  /** Types a command at the hub and waits for the line answering it. */
  async function chair(command, answer) {
    const from = said.length;
    hub.stdin.write(`${command}\n`);
    return hubSays(answer, from);
  }
  try {
    // E01's own vault now goes into the app: A001 submitted in the first meeting.
    moveVault(join(work, "e01.rdvault"), join(harness.data, "vault.rdvault"));
    await harness.withApp("expert", async (app) => {
      await unlockDemo(app);
      await (await app.one("#show-meeting")).click();
      await app.waitForText("#meeting-pane-title", "Panel meeting");
      // Still joined to the first meeting, whose hub is gone: the app says so
      // and keeps everything; the expert leaves it for the new one.
      await app.waitForText("#meeting-trouble", "could not be reached", 15_000);
      await (await app.one("#meeting-leave")).click();
      await (await app.one("#meeting-hub")).fill(`${card.Address}#${card["Meeting code"]}`);
      await (await app.one("#meeting-join")).click();
      await app.waitForText("#meeting-joined", `In the meeting on call ${CALL}`);
      // Not everything of D01 is submitted: nothing of the others shows.
      await app.waitForText('[data-discussion="D01"] .withheld', "A002, A004", 15_000);
      await assertAccessible(app, "meeting, expert");
      for (const application of ["A002", "A004"]) await submitRecusal(app, application);
      await (await app.one("#show-meeting")).click();
      await app.waitForText('[data-discussed="A002"]', "You are recused.", 15_000);
      await app.waitForText('[data-discussed="A001"]', "Overall");
      writeFileSync(join(SHOTS, "meeting-expert.png"), await app.screenshot());

      // The chair, at the shell, fixes the minutes; the app shows them and
      // the expert signs after a confirmation naming the digest.
      const fixed = await chair("fix-minutes", /fixed for signing: content SHA-256 ([0-9a-f]{64})/);
      const digest = fixed.match(/([0-9a-f]{64})/)[1];
      // The minutes fixed at the first meeting no longer match the panel's
      // data, so they were never offered; these are the ones just fixed.
      await app.waitFor(`#meeting-minutes[data-digest="${digest}"]`, (found) => found.length === 1, 15_000);
      await app.waitForText('[data-minutes-demand="D01"]', "A001");
      await assertAccessible(app, "minutes to sign");
      await (await app.one("#meeting-sign")).click();
      await app.waitForText("dialog#meeting-sign-dialog[open]", digest);
      await (await app.one("dialog#meeting-sign-dialog[open] #meeting-sign-dialog-confirm")).click();
      await app.waitForText("#meeting-minutes-signed", "You signed these minutes.", 15_000);
      writeFileSync(join(SHOTS, "meeting-minutes-signed.png"), await app.screenshot());
    });
    // E02, on the command line, joins this hub and signs too.
    cli("meeting", "leave", "--vault", "e02.rdvault");
    cli("meeting", "join", "--vault", "e02.rdvault", card.Address, "--code", card["Meeting code"]);
    const shown = cli("meeting", "status", "--vault", "e02.rdvault");
    const digest = shown.match(/Content SHA-256: ([0-9a-f]{64})/)[1];
    cli("meeting", "sign", "--vault", "e02.rdvault", "--digest", digest);
    await hubSays(/Minutes: 2 of 2 experts signed/);
    await chair("round D01 close", /Demand D01: saved/);
  } finally {
    hub.kill("SIGTERM");
  }
  await new Promise((stopped) => (hub.exitCode === null ? hub.once("exit", stopped) : stopped()));

  // The minutes PDF lists both signatures as verified; anyone with the
  // agency's public key checks a copy, and an altered copy is refused.
  cli("staff", "minutes", "--vault", hubStaff, "--out", "signed.pdf");
  writeFileSync(join(work, "agency.json"), server.admin("agency-key"));
  const text = execFileSync("pdftotext", [join(work, "signed.pdf"), "-enc", "UTF-8", "-"], { encoding: "utf8" });
  assert.equal(text.match(/Signed electronically/g)?.length, 2, text);
  const checked = cli("verify-minutes", "signed.pdf", "--agency-key", "agency.json");
  assert.match(checked, /as the agency sealed them/);
  assert.match(checked, /E01 .*signature verified/);
  assert.match(checked, /E02 .*signature verified/);
  assert.match(execFileSync("pdfdetach", ["-list", join(work, "signed.pdf")], { encoding: "utf8" }), /reviewdesk-minutes-seal\.json/);
});

test("the staff app hosts the meeting while an expert's app takes part: the panel signs, and the minutes written are verified", async () => {
  // The staff vault comes back to the staff app; E01's vault goes to an
  // app of its own, running beside it as on another laptop.
  const expertHome = mkdtempSync(join(tmpdir(), "reviewdesk-e2e-meeting-expert-"));
  const expertData = join(expertHome, "reviewdesk");
  mkdirSync(expertData, { recursive: true });
  writeFileSync(join(expertData, "settings.json"), JSON.stringify({ language: "en", auto_lock_seconds: 0 }));
  moveVault(join(harness.data, "vault.rdvault"), join(expertData, "vault.rdvault"));
  moveVault(join(work, "hub.rdvault"), join(harness.data, "vault.rdvault"));
  const expertDriver = await startDriver({
    ...harness.driverEnv,
    REVIEWDESK_HOME: expertData,
    XDG_DATA_HOME: join(expertHome, "data"),
    XDG_CACHE_HOME: join(expertHome, "cache"),
    XDG_CONFIG_HOME: join(expertHome, "config"),
    REVIEWDESK_TEST_DIALOG: join(expertHome, "dialog-answer"),
  });
  try {
    await harness.withApp("hub-beside-expert", async (chair) => {
      const expert = await Session.start(expertDriver.base, APP, ["--demo"]);
      try {
        await unlockDemo(chair);
        await (await chair.one("#show-panel")).click();
        await chair.waitForText("#panel-title", "Panel results");
        // A note recorded after the last signing changes the minutes.
        await (await chair.one("#note-D01")).fill("Agreed by the panel in the room.");
        await (await chair.one("#note-save-D01")).click();
        await chair.waitForText(".panel-view [role=status]", "Saved.");
        await (await chair.one("#hub-start")).click();
        await chair.waitFor("#hub-code", async () => /^[A-Z2-7]{4}(-[A-Z2-7]{4}){2}$/.test(await chair.execute("return document.getElementById('hub-code').textContent")));
        const code = await chair.execute("return document.getElementById('hub-code').textContent");
        const addresses = await chair.execute("return [...document.querySelectorAll('#hub-addresses .address')].map((a) => a.textContent)");
        const local = addresses.find((a) => a.startsWith("https://127.0.0.1:"));
        // The minutes fixed at the last meeting no longer match the data: the chair is told.
        await chair.waitFor("#hub-minutes-stale", (found) => found.length === 1);

        // The expert's app leaves the last meeting's hub (gone) and joins this one.
        await unlockDemo(expert);
        await (await expert.one("#show-meeting")).click();
        await expert.waitForText("#meeting-pane-title", "Panel meeting");
        await (await expert.one("#meeting-leave")).click();
        await (await expert.one("#meeting-hub")).fill(local);
        await (await expert.one("#meeting-code-input")).fill(code);
        await (await expert.one("#meeting-join")).click();
        await expert.waitForText("#meeting-joined", `In the meeting on call ${CALL}`);
        assert.equal(await expert.execute("return document.getElementById('meeting-minutes')"), null, "stale minutes are not offered");

        // A third expert scores on the command line; the board follows.
        cli("meeting", "join", "--vault", "e03.rdvault", local, "--code", code);
        cli("score", "A001", "--vault", "e03.rdvault", "--from", sheet("six.json", "6"), "--submit");
        cli("meeting", "status", "--vault", "e03.rdvault");
        await waitForState(chair, "A001", "E03", "submitted");
        // The chair opens D01: the expert's app shows the panel's scores
        // without names, and the applicants E01 is recused from blanked.
        await (await chair.one("#round-discussion-D01")).click();
        await expert.waitForText('[data-discussed="A001"]', "Overall", 15_000);
        await expert.waitForText('[data-discussed="A002"]', "You are recused.");
        // A revision round: E03 revises A001 after the discussion; the
        // results and the calibration follow.
        await (await chair.one("#round-revision-D01")).click();
        await chair.waitFor('[data-panel-demand="D01"] [data-round="revision"]', (found) => found.length === 1);
        cli("score", "A001", "--vault", "e03.rdvault", "--revise", "--from", sheet("seven.json", "7"), "--submit");
        cli("meeting", "status", "--vault", "e03.rdvault");
        // E01's 80 with E03's revised 70 (60 before): 75.
        await chair.waitForText('[data-panel-demand="D01"] [data-panel-applicant="A001"]', "75.00", 15_000);
        await chair.waitForText('[data-leniency="E03"]', "70");
        await (await chair.one("#round-close-D01")).click();
        await chair.waitFor('[data-panel-demand="D01"] [data-round="none"]', (found) => found.length === 1);

        // The chair fixes the minutes again; the expert's app shows them at
        // once and the expert signs while the chair watches the board.
        const digestOf = () => chair.execute("return document.getElementById('hub-minutes-digest').dataset.digest");
        const stale = await digestOf();
        await (await chair.one("#hub-fix-minutes")).click();
        await (await chair.one("dialog#hub-fix-dialog[open] #hub-fix-dialog-confirm")).click();
        await chair.waitFor("#hub-minutes-digest", async () => (await digestOf()) !== stale);
        assert.equal(await chair.execute("return document.getElementById('hub-minutes-stale')"), null);
        const digest = await digestOf();
        await expert.waitFor(`#meeting-minutes[data-digest="${digest}"]`, (found) => found.length === 1, 15_000);
        await expert.waitForText('[data-minutes-demand="D01"]', "Agreed by the panel in the room.");
        await (await expert.one("#meeting-sign")).click();
        await (await expert.one("dialog#meeting-sign-dialog[open] #meeting-sign-dialog-confirm")).click();
        await expert.waitForText("#meeting-minutes-signed", "You signed these minutes.", 15_000);
        await chair.waitFor('[data-signed="E01"]', (found) => found.length === 1, 15_000);
        await chair.waitFor('[data-unsigned="E02"]', (found) => found.length === 1);

        // E02 and E03 sign on the command line.
        cli("meeting", "leave", "--vault", "e02.rdvault");
        cli("meeting", "join", "--vault", "e02.rdvault", local, "--code", code);
        for (const vault of ["e02.rdvault", "e03.rdvault"]) {
          assert.match(cli("meeting", "status", "--vault", vault), new RegExp(`Content SHA-256: ${digest}`));
          cli("meeting", "sign", "--vault", vault, "--digest", digest);
        }
        await chair.waitFor('[data-signed="E02"]', (found) => found.length === 1, 15_000);
        await chair.waitFor('[data-signed="E03"]', (found) => found.length === 1, 15_000);
        await assertAccessible(chair, "minutes signed, chair");
        writeFileSync(join(SHOTS, "meeting-minutes-board.png"), await chair.screenshot());

        // The chair writes the minutes: both signatures, verified.
        harness.answerDialog(join(work, "room.pdf"));
        await (await chair.one("#panel-minutes")).click();
        await chair.waitForText(".panel-view [role=status]", "room.pdf", 60_000);

        // The meeting ends; back online, staff forward what it took.
        await (await chair.one("#hub-stop")).click();
        await (await chair.one("dialog#hub-stop-dialog[open] #hub-stop-dialog-confirm")).click();
        await chair.waitFor("#hub-start", (found) => found.length === 1);
        await fetchPanel(chair, server.url, STAFF);
        await chair.waitForText(".panel-view [role=status]", "forwarded to the agency server", 60_000);
      } finally {
        await expert.end();
      }
    });
  } finally {
    await expertDriver.stop();
    rmSync(expertHome, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
  const text = execFileSync("pdftotext", [join(work, "room.pdf"), "-enc", "UTF-8", "-"], { encoding: "utf8" });
  assert.equal(text.match(/Signed electronically/g)?.length, 3, text);
  const checked = cli("verify-minutes", "room.pdf", "--agency-key", "agency.json");
  for (const expert of ["E01", "E02", "E03"]) assert.match(checked, new RegExp(`${expert} .*signature verified`));
  // E03's vault, back online, sends its two packages: the agency already
  // holds them, forwarded, and answers with its receipts — accepted once.
  assert.match(cli("sync", "--vault", "e03.rdvault"), /2 delivered, 0 refused/);
});
