// The app's own messages, read from locales/ with the UI's Fluent library, so
// a test can expect the text a screen shows in any shipped language.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(resolve("ui/package.json"));
const { FluentBundle, FluentResource } = require("@fluent/bundle");

const bundles = new Map();

/** A formatter of `language`'s messages: `m(id, args)`; throws on an unknown id. */
export function messages(language) {
  let bundle = bundles.get(language);
  if (!bundle) {
    bundle = new FluentBundle(language, { useIsolating: false });
    const folder = resolve("locales", language);
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".ftl"))) {
      bundle.addResource(new FluentResource(readFileSync(join(folder, file), "utf8")));
    }
    bundles.set(language, bundle);
  }
  return (id, args) => {
    const message = bundle.getMessage(id);
    if (!message?.value) throw new Error(`no message ${id} in ${language}`);
    return bundle.formatPattern(message.value, args ?? null);
  };
}

/** A date as the app writes it in `language` (Intl, as the webview's). */
export function localDate(language, year, month, day) {
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" }).format(Date.UTC(year, month - 1, day));
}
