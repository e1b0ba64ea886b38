// The Windows installer and the programs it installs, under Wine: a silent
// per-user install, then a whole review with the installed reviewdesk.exe —
// a vault in a folder whose path holds a Chinese user name and spaces,
// enrolled with the installed reviewdesk-server.exe, the demo call, scores
// submitted, the outbox exported, staff import and the minutes as a PDF that
// poppler on Linux reads back — and a silent uninstall that keeps the vaults.
//
// Run by `cargo xtask windows-test` (and `cargo xtask test`), which builds the
// installer and names it in REVIEWDESK_WINDOWS_INSTALLER, with WINEPREFIX set
// to a prefix of its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { createInterface } from "node:readline";

const PREFIX = process.env.WINEPREFIX;
const INSTALLER = process.env.REVIEWDESK_WINDOWS_INSTALLER;
const DRIVE_C = join(PREFIX ?? "", "drive_c");
const PASSPHRASE = "lychee harbour violet tram 42";
const STAFF_KEY_PASSPHRASE = "mango river seventeen kites";
const PUBLISHER = "Department of Science and Technology of Guangxi Zhuang Autonomous Region";

/** A path on the prefix's drive C, as Windows programs name it. */
const windowsPath = (linuxPath) => `C:\\${relative(DRIVE_C, linuxPath).split(sep).join("\\")}`;

const baseEnv = {
  ...process.env,
  WINEDEBUG: "-all",
  LANG: "en_US.UTF-8",
  REVIEWDESK_PASSPHRASE: PASSPHRASE,
  REVIEWDESK_STAFF_KEY_PASSPHRASE: STAFF_KEY_PASSPHRASE,
};
delete baseEnv.LANGUAGE;
delete baseEnv.LC_ALL;
delete baseEnv.LC_MESSAGES;

/** Runs a Windows program under Wine; its standard output, or a failure with its error. */
function wine(program, args, env = {}) {
  try {
    return execFileSync("wine", [program, ...args], {
      encoding: "utf8",
      env: { ...baseEnv, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    throw new Error(`${program} ${args.join(" ")} failed: ${error.stderr}`);
  }
}

/** Waits until every program in the prefix has ended (and Wine has saved its registry). */
const settle = () => execFileSync("wineserver", ["-w"], { env: baseEnv });

/** The user's Windows folders in the prefix (Wine names the user after the Unix one). */
function userFolder() {
  const users = readdirSync(join(DRIVE_C, "users")).filter(
    (name) => name !== "Public" && existsSync(join(DRIVE_C, "users", name, "AppData")),
  );
  assert.equal(users.length, 1, `one user in the prefix: ${users}`);
  return join(DRIVE_C, "users", users[0]);
}

/** The registry key's text in the prefix's user.reg, or undefined. */
function userRegistryKey(key) {
  const registry = readFileSync(join(PREFIX, "user.reg"), "utf8");
  const escaped = key.replaceAll("\\", "\\\\");
  const start = registry.indexOf(`[${escaped}]`);
  if (start < 0) return undefined;
  const end = registry.indexOf("\n[", start + 1);
  return registry.slice(start, end < 0 ? undefined : end);
}

/** The demo call's scored items (as in the command line's own tests). */
const ITEMS = [
  "rnd-investment", "ip-and-cases", "integrity", "team-and-languages", "route-and-schedule",
  "budget-and-matching", "agreements", "deployments", "local-team", "demand-resources",
  "technical-risk", "compliance-risk", "benefit", "ip-arrangement",
];

const utf16 = (text) => Buffer.from(text, "utf16le");

test("the installer installs for the user, and ReviewDesk runs a whole review on Windows", { skip: !PREFIX || !INSTALLER }, async (t) => {
  const setup = readFileSync(INSTALLER);
  await t.test("its file properties name the version and the publisher", () => {
    for (const text of ["ProductVersion", "0.1.0", "CompanyName", PUBLISHER, "ReviewDesk"]) {
      assert.ok(setup.includes(utf16(text)), `${text} in the version resource`);
    }
  });

  // Installed silently, per user: no administrator rights are asked for.
  execFileSync("wine", [INSTALLER, "/S"], { env: baseEnv });
  settle();
  const home = userFolder();
  const local = join(home, "AppData", "Local");
  const installed = join(local, "Programs", "ReviewDesk");
  const cli = join(installed, "bin", "reviewdesk.exe");
  const server = join(installed, "bin", "reviewdesk-server.exe");

  await t.test("the app, its WebView2 loader, fonts, tools, uninstaller and Start-menu entry are in place", () => {
    for (const file of ["ReviewDesk.exe", "WebView2Loader.dll", "uninstall.exe", "fonts/OFL.txt", "fonts/NotoSansSC-Common.otf"]) {
      assert.ok(existsSync(join(installed, file)), `${file} installed`);
    }
    assert.ok(existsSync(cli) && existsSync(server), "the command-line tools in bin");
    const startMenu = join(home, "AppData", "Roaming", "Microsoft", "Windows", "Start Menu", "Programs", "ReviewDesk.lnk");
    assert.ok(existsSync(startMenu), "a Start-menu entry");
    const entry = userRegistryKey("Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\ReviewDesk");
    assert.ok(entry, "listed among the user's installed programs");
    assert.match(entry, /"DisplayVersion"="0\.1\.0"/);
    assert.ok(entry.includes(`"Publisher"="${PUBLISHER}"`), entry);
  });

  // The agency: the installed server, on 127.0.0.1 port 0 in the prefix.
  const agency = join(DRIVE_C, "agency");
  rmSync(agency, { recursive: true, force: true });
  mkdirSync(agency);
  const agencyEnv = { REVIEWDESK_AGENCY_KEY_FILE: windowsPath(join(agency, "agency.key")) };
  const db = windowsPath(join(agency, "server.db"));
  const admin = (...args) => wine(server, ["--db", db, ...args], agencyEnv);
  admin("new-key-file", windowsPath(join(agency, "agency.key")));
  admin("init");
  wine(cli, ["demo-data", windowsPath(join(agency, "demo.json"))]);
  admin("load-call", windowsPath(join(agency, "demo.json")));
  const code = admin("code", "E01").trim();
  const serving = spawn("wine", [server, "--db", db, "serve", "--listen", "127.0.0.1:0"], {
    env: { ...baseEnv, ...agencyEnv },
    stdio: ["ignore", "ignore", "pipe"],
  });
  t.after(() => serving.kill("SIGKILL"));
  const url = await new Promise((resolveUrl, reject) => {
    createInterface({ input: serving.stderr }).on("line", (line) => {
      const found = line.match(/listening on (http:\/\/\S+)/);
      if (found) resolveUrl(found[1]);
    });
    serving.once("exit", (status) => reject(new Error(`the server exited with ${status}`)));
  });

  // The expert: a vault in the app's data folder and work files in a folder
  // whose path holds a Chinese user name and spaces.
  const vault = join(local, "cn.gxkjt.reviewdesk", "vault.rdvault");
  const work = join(DRIVE_C, "users", "张伟 Zhang Wei", "Documents", "评审 2026");
  rmSync(join(DRIVE_C, "users", "张伟 Zhang Wei"), { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // A vault an earlier run's uninstaller kept (as it should) goes first.
  rmSync(join(local, "cn.gxkjt.reviewdesk"), { recursive: true, force: true });
  mkdirSync(join(local, "cn.gxkjt.reviewdesk"), { recursive: true });
  const expertVault = windowsPath(join(work, "专家 E01.rdvault"));

  await t.test("an expert's vault in a Chinese-named folder enrolls, receives the call, scores and submits", () => {
    wine(cli, ["vault", "create", expertVault]);
    assert.ok(existsSync(join(work, "专家 E01.rdvault")), "the vault file under its Chinese name");
    wine(cli, ["enroll", "--vault", expertVault, "--expert", "E01", "--code", code, "--server", url]);
    wine(cli, ["sync", "--vault", expertVault]);
    const sheet = join(work, "评分 A001.json");
    writeFileSync(
      sheet,
      JSON.stringify({
        declaration: { kind: "no_conflict" },
        scores: Object.fromEntries(ITEMS.map((id) => [id, "8"])),
        vetoes: { "related-to-demand-side": false, "export-restricted": false },
        recommendation: "recommend",
        opinion: "方案可行，合作基础扎实。",
      }),
    );
    for (const application of ["A001", "A002"]) {
      const submitted = wine(cli, ["score", application, "--vault", expertVault, "--from", windowsPath(sheet), "--submit"]);
      assert.match(submitted, /version 1 submitted; overall 80/);
    }
    const exported = join(work, "U 盘");
    wine(cli, ["outbox", "--vault", expertVault, "--export", windowsPath(exported)]);
    assert.equal(readdirSync(exported).length, 2, "two packages exported");
    wine(cli, ["sync", "--vault", expertVault]);
  });

  await t.test("the command line speaks the language of Windows' user language list", () => {
    const help = wine(cli, ["--help"], { LANG: "zh_CN.UTF-8" });
    assert.match(help, /[\u4e00-\u9fff]/, help);
  });

  await t.test("staff import the packages and write the minutes, which poppler on Linux reads back", () => {
    const staffKey = windowsPath(join(work, "staff.key"));
    admin("staff-key", "--out", staffKey);
    const staffVault = windowsPath(vault);
    wine(cli, ["vault", "create", staffVault]);
    wine(cli, ["import", windowsPath(join(agency, "demo.json")), "--vault", staffVault]);
    wine(cli, ["staff", "key", staffKey, "--vault", staffVault]);
    const packages = readdirSync(join(work, "U 盘"))
      .sort()
      .map((name) => windowsPath(join(work, "U 盘", name)));
    const imported = wine(cli, ["staff", "import", "--vault", staffVault, ...packages]);
    assert.match(imported, /package 2 of E01 checked and imported/);
    wine(cli, ["staff", "meeting", "--vault", staffVault, "--date", "2026-12-03", "--place", "南宁", "--chair", "E01", "--staff-member", "韦晓玲"]);
    const minutes = join(work, "评审纪要 D01.pdf");
    const matrix = join(work, "评分矩阵.csv");
    wine(cli, ["staff", "minutes", "--vault", staffVault, "--out", windowsPath(minutes), "--csv", windowsPath(matrix)]);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", minutes, "-"], { encoding: "utf8" });
    for (const expected of ["评审会议纪要", "南宁", "韦晓玲", "方案可行，合作基础扎实。"]) {
      assert.ok(text.includes(expected), `${expected} in the minutes`);
    }
    // Wine has neither Microsoft YaHei nor SimSun: the shipped subset of
    // Noto Sans SC sets the Chinese, found from bin\ in the installation's
    // fonts folder (without it the minutes are refused), embedded and subset.
    const fonts = execFileSync("pdffonts", [minutes], { encoding: "utf8" });
    assert.match(fonts, /^RDCJKS\+NotoSansCJKsc-Regular\s.*\byes\s+yes\s+yes\b/m);
    const csv = readFileSync(matrix);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], "a byte-order mark for Excel");
    const lines = csv.toString("utf8").split("\n").length - 1;
    assert.equal(csv.toString("utf8").split("\r\n").length - 1, lines, "CRLF line ends");
  });

  await t.test("the silent uninstaller removes the program and keeps the vaults", () => {
    serving.kill("SIGKILL");
    execFileSync("wine", [join(installed, "uninstall.exe"), "/S"], { env: baseEnv });
    settle();
    assert.ok(!existsSync(join(installed, "ReviewDesk.exe")), "the program is gone");
    assert.ok(!existsSync(cli), "its tools are gone");
    assert.equal(userRegistryKey("Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\ReviewDesk"), undefined);
    assert.ok(existsSync(vault), "the vault in the app's data folder is kept");
  });
});
