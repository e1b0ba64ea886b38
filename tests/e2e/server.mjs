// The real agency server for end-to-end tests: its binary, with the demo call
// loaded, serving on 127.0.0.1 port 0 from a temporary folder.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";

const SERVER = resolve(process.env.REVIEWDESK_SERVER ?? "target/debug/reviewdesk-server");
export const CLI = resolve(process.env.REVIEWDESK_CLI ?? "target/debug/reviewdesk");
/** The staff account and the staff key file's passphrase the test server knows. */
export const STAFF = { user: "clerk", password: "correct horse battery", keyPassphrase: "mango river seventeen kites" };

export async function startServer({ today = false } = {}) {
  const home = mkdtempSync(join(tmpdir(), "reviewdesk-e2e-server-"));
  const env = {
    ...process.env,
    LANG: "en_US.UTF-8",
    REVIEWDESK_STAFF_PASSWORD: STAFF.password,
    REVIEWDESK_STAFF_KEY_PASSPHRASE: STAFF.keyPassphrase,
    // The agency's keys are sealed to a key file kept beside the database here.
    REVIEWDESK_AGENCY_KEY_FILE: join(home, "agency.key"),
  };
  const admin = (...args) => execFileSync(SERVER, ["--db", join(home, "server.db"), ...args], { encoding: "utf8", env });
  admin("new-key-file", join(home, "agency.key"));
  admin("init");
  // The demo call as shipped (dated 2025), or dated from today: open for
  // pre-review, sharing reasons and allowing a revision round.
  execFileSync(CLI, ["demo-data", join(home, "demo.json"), ...(today ? ["--today"] : [])]);
  admin("load-call", join(home, "demo.json"));
  const code = admin("code", "E01").trim();
  admin("add-staff", STAFF.user);
  const child = spawn(SERVER, ["--db", join(home, "server.db"), "serve", "--listen", "127.0.0.1:0"], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const url = await new Promise((resolveUrl, reject) => {
    createInterface({ input: child.stderr }).on("line", (line) => {
      const found = line.match(/listening on (http:\/\/\S+)/);
      if (found) resolveUrl(found[1]);
    });
    child.once("exit", (status) => reject(new Error(`the server exited with ${status}`)));
  });
  // A test that fails must not be kept waiting by the server: it is stopped
  // in `stop()`, and until then does not hold the test process open.
  child.unref();
  child.stderr.unref();
  // Whatever happens to the test's own hooks, the server goes with the process.
  process.once("exit", () => child.kill("SIGTERM"));
  return {
    url,
    code,
    admin,
    home,
    stop() {
      child.kill("SIGTERM");
      rmSync(home, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}
