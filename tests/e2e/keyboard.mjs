// Keyboard-only operation: on a screen (or in its open modal dialog), Tab must
// reach every visible, enabled control — or, inside a composite widget such as
// tabs, its current item, the arrow keys doing the rest — each showing a
// visible focus indicator, so nothing needs a mouse.
import assert from "node:assert/strict";
import { Key } from "./webdriver.mjs";

const CONTROLS = "button, input, select, textarea, a[href], summary, [tabindex]:not([tabindex='-1'])";

/** Tabs through the screen and fails naming each control Tab never reached or showed no focus on. */
export async function assertKeyboardReachable(app, screen) {
  const count = await app.execute(
    `const scope = document.querySelector("dialog[open]") ?? document;
     const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
     const controls = [...scope.querySelectorAll(${JSON.stringify(CONTROLS)})]
       .filter((e) => visible(e) && !e.disabled && !e.closest("[inert]"))
       // In a composite widget (tabs, toolbar…) arrow keys move between the
       // items and only the current one is a Tab stop.
       .filter((e) => e.tabIndex >= 0 || !e.closest("[role=tablist], [role=toolbar], [role=radiogroup], [role=listbox], [role=menu], [role=grid]"))
       // A radio group is one Tab stop: the checked radio, else the first.
       .filter((e) => e.type !== "radio" || e === (scope.querySelector('input[type=radio][name="' + e.name + '"]:checked') ?? scope.querySelector('input[type=radio][name="' + e.name + '"]')));
     controls.forEach((e, i) => e.setAttribute("data-tab-stop", String(i)));
     return controls.length;`,
  );
  const reached = new Set();
  const unmarked = [];
  for (let press = 0; press < count + 3 && reached.size < count; press++) {
    await app.keys(Key.Tab);
    const seen = await app.execute(
      `const e = document.activeElement;
       if (!e || e === document.body) return null;
       const style = getComputedStyle(e);
       const indicated = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
       return { stop: e.getAttribute("data-tab-stop"), indicated, name: e.id || e.tagName.toLowerCase() };`,
    );
    if (!seen || seen.stop === null) continue;
    reached.add(seen.stop);
    if (!seen.indicated) unmarked.push(seen.name);
  }
  const missed = await app.execute(
    `return [...document.querySelectorAll("[data-tab-stop]")]
       .filter((e) => !arguments[0].includes(e.getAttribute("data-tab-stop")))
       .map((e) => e.id || e.getAttribute("aria-label") || e.textContent.trim().slice(0, 40) || e.tagName.toLowerCase());`,
    [[...reached]],
  );
  await app.execute(`document.querySelectorAll("[data-tab-stop]").forEach((e) => e.removeAttribute("data-tab-stop"));`);
  assert.deepEqual(missed, [], `on the ${screen} screen Tab never reaches: ${missed.join(", ")}`);
  assert.deepEqual(unmarked, [], `on the ${screen} screen these show no focus indicator: ${unmarked.join(", ")}`);
}
