// End-to-end: a panel meeting in a room without internet. First the staff
// app is the hub: the chair starts it, two experts (the command line) join
// with the join card's address and code, and the live board follows each
// submission, draft and recusal; the chair opens a demand for discussion,
// an expert who has not submitted everything is told so and sees nothing
// else; the meeting ends, and staff forward what it took to the agency
// server. Then the expert's app joins a hub run from the shell
// (`reviewdesk-server meeting`) and sees an applicant it recused from blanked.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { useApp, PASSPHRASE, SHOTS } from "./harness.mjs";
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
    server = await startServer();
    work = mkdtempSync(join(tmpdir(), "reviewdesk-e2e-meeting-"));
    enrolledVault("e01.rdvault", "E01", server.code);
    enrolledVault("e02.rdvault", "E02", server.admin("code", "E02").trim());
    // Enrolled before the staff key is written, so the key knows them.
    server.admin("staff-key", "--out", join(work, "staff.key"));
    cli("demo-data", "demo.json");
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
    stdio: ["ignore", "pipe", "ignore"],
  });
  process.once("exit", () => hub.kill("SIGTERM"));
  const card = {};
  await new Promise((resolveCard, reject) => {
    createInterface({ input: hub.stdout }).on("line", (line) => {
      const found = line.match(/^(Address|Meeting code): (\S+)/);
      if (found) card[found[1]] = found[2];
      if (card.Address && card["Meeting code"]) resolveCard();
    });
    hub.once("exit", (status) => reject(new Error(`the hub exited with ${status}`)));
  });
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
    });
  } finally {
    hub.kill("SIGTERM");
  }
});
