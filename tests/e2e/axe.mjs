// Accessibility checks inside the real webview: axe-core (from ui's dev
// dependencies) runs against whatever the screen shows, with the WCAG 2.0,
// 2.1 and 2.2 A and AA rules, and a screen passes only with no violation.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const AXE_SOURCE = readFileSync(resolve("ui/node_modules/axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the current screen and fails with every violation listed. */
export async function assertAccessible(app, screen) {
  const loaded = await app.execute("return typeof window.axe !== 'undefined'");
  if (!loaded) await app.execute(`${AXE_SOURCE}\nreturn true;`);
  const violations = await app.executeAsync(
    `const done = arguments[arguments.length - 1];
     window.axe
       .run(document, { runOnly: { type: "tag", values: ${JSON.stringify(TAGS)} }, resultTypes: ["violations"] })
       .then((result) => done(result.violations.map((v) => ({
         id: v.id,
         impact: v.impact,
         help: v.help,
         nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
       }))))
       .catch((error) => done([{ id: "axe-failed", help: String(error), nodes: [] }]));`,
  );
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target}: ${n.summary}`).join("\n")}`)
    .join("\n");
  assert.deepEqual(
    violations.map((v) => v.id),
    [],
    `axe finds accessibility violations on the ${screen} screen:\n${report}`,
  );
}
