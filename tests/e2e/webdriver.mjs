// A small W3C WebDriver client over fetch, for driving the real app through
// tauri-driver and WebKitWebDriver. Waits poll the page; nothing sleeps blindly.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/**
 * A free port, not in `taken`. The driver's two ports must differ: closed
 * at once, a port the kernel gave for port 0 is readily given again, and
 * tauri-driver, handed the same port twice, spins forever. Ports are drawn
 * below Linux's ephemeral range (32768 and up), so no outgoing connection's
 * local end can hold one.
 */
async function freePort(taken = new Set()) {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (taken.has(port)) continue;
    const free = await new Promise((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/**
 * Starts tauri-driver on free ports; resolves once it answers /status.
 * It runs in a process group of its own, with WebKitWebDriver, the app and
 * WebKit's processes below it: `stop()` ends the whole group and resolves
 * once tauri-driver has exited, so nothing still writes to the test's home.
 */
export async function startDriver(env) {
  const port = await freePort();
  const nativePort = await freePort(new Set([port]));
  const child = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  const stop = async () => {
    signalGroup("SIGTERM");
    const timeout = new Promise((resolve) => setTimeout(resolve, 3000, "timeout"));
    if ((await Promise.race([exited, timeout])) === "timeout") signalGroup("SIGKILL");
    // Whatever is left of the group (WebKit's processes) goes too.
    await new Promise((resolve) => setTimeout(resolve, 200));
    signalGroup("SIGKILL");
  };
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`tauri-driver exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${base}/status`);
      if (response.ok) return { base, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  signalGroup("SIGKILL");
  throw new Error("tauri-driver did not start");
}

/** WebDriver's codes for keys that type no character. */
export const Key = {
  Tab: "\uE004",
  Enter: "\uE007",
  Shift: "\uE008",
  Control: "\uE009",
  Escape: "\uE00C",
  Space: "\uE00D",
  PageUp: "\uE00E",
  PageDown: "\uE00F",
  ArrowLeft: "\uE012",
  ArrowUp: "\uE013",
  ArrowRight: "\uE014",
  ArrowDown: "\uE015",
};

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Launches the app; gives up after `timeoutMs` (a launch takes about a second). */
  static async start(base, application, args, timeoutMs = 60_000) {
    const value = await request(
      base,
      "POST",
      "/session",
      { capabilities: { alwaysMatch: { "tauri:options": { application, args } } } },
      AbortSignal.timeout(timeoutMs),
    );
    return new Session(base, value.sessionId);
  }

  command(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async end() {
    await this.command("DELETE", "").catch(() => undefined);
  }

  async findAll(css) {
    const found = await this.command("POST", "/elements", { using: "css selector", value: css });
    // A W3C element reference is an object with a single, fixed key.
    return found.map((reference) => new Element(this, reference));
  }

  /** Waits until `css` matches and `accept(elements)` holds; returns the elements. */
  async waitFor(css, accept = (elements) => elements.length > 0, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    let last = [];
    while (Date.now() < deadline) {
      last = await this.findAll(css).catch(() => []);
      if (last.length > 0 && (await accept(last))) return last;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${css} (found ${last.length})`);
  }

  async waitForText(css, expected, timeoutMs) {
    let seen = "";
    await this.waitFor(
      css,
      async (elements) => {
        seen = await elements[0].text();
        return seen.includes(expected);
      },
      timeoutMs,
    ).catch((error) => {
      throw new Error(`${error.message}; last text of ${css}: ${JSON.stringify(seen)}`);
    });
  }

  async one(css) {
    const [element] = await this.waitFor(css);
    return element;
  }

  /**
   * Presses keys on whatever has focus, as a person at the keyboard would.
   * Each entry is typed character by character, or is a chord: an array of
   * keys held down together (e.g. [Key.Control, Key.PageDown]).
   */
  async keys(...sequence) {
    const actions = [];
    for (const entry of sequence) {
      if (Array.isArray(entry)) {
        for (const key of entry) actions.push({ type: "keyDown", value: key });
        for (const key of [...entry].reverse()) actions.push({ type: "keyUp", value: key });
      } else {
        for (const key of entry) actions.push({ type: "keyDown", value: key }, { type: "keyUp", value: key });
      }
    }
    await this.command("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
    await this.command("DELETE", "/actions");
  }

  /** The id of the focused element. */
  focused() {
    return this.execute("return document.activeElement && document.activeElement.id");
  }

  async screenshot() {
    return Buffer.from(await this.command("GET", "/screenshot"), "base64");
  }

  async execute(script, args = []) {
    return this.command("POST", "/execute/sync", { script, args });
  }

  /** Runs `script` in the page; it ends by calling its last argument with the result. */
  async executeAsync(script, args = []) {
    return this.command("POST", "/execute/async", { script, args });
  }
}

class Element {
  constructor(session, reference) {
    this.session = session;
    this.reference = reference;
    this.id = Object.values(reference)[0];
  }

  command(method, path, body) {
    return this.session.command(method, `/element/${this.id}${path}`, body);
  }

  click() {
    return this.command("POST", "/click", {});
  }

  type(text) {
    return this.command("POST", "/value", { text });
  }

  /**
   * Makes a text field hold exactly `text`, retyping when it does not: under
   * load WebKitWebDriver can deliver some keys to the previously focused field.
   */
  async fill(text) {
    for (let attempt = 0; attempt < 3; attempt++) {
      if ((await this.value()) === text) return;
      await this.clear();
      await this.type(text);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if ((await this.value()) !== text) throw new Error("the field would not take the text");
  }

  value() {
    return this.session.execute("return arguments[0].value", [this.reference]);
  }

  clear() {
    return this.command("POST", "/clear", {});
  }

  text() {
    return this.command("GET", "/text");
  }
}

// A command WebKitWebDriver never answers fails after this long, with a
// screenshot, instead of holding the whole file until its timeout.
const COMMAND_TIMEOUT_MS = 60_000;

async function request(base, method, path, body, signal) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: signal ?? AbortSignal.timeout(COMMAND_TIMEOUT_MS),
  }).catch((error) => {
    throw new Error(`${method} ${path}: no answer from the driver (${error.message})`);
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value ?? json)}`);
  return json.value;
}
