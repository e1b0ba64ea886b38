// Fluent messages for the UI, from the same locales/ files the Rust side uses.
// Components call t(id, args); the language can change at run time.
//
// Values inside messages are written the reader's way by Intl (CLDR, as the
// Rust side's ICU4X): bare strings that are whole numbers become numbers
// (grouped, and choosing plurals), `YYYY-MM-DD` strings become dates; money,
// decimals and years are marked by the caller with money(), decimal(), year().
import { FluentBundle, FluentDateTime, FluentNumber, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Figure } from "./generated/bindings";

/** The shipped languages in menu order; the locale lint checks this list against the Rust side's. */
export const LANGUAGES = ["zh-CN", "en", "vi", "th", "id", "ms", "fil", "km", "lo", "my"] as const;
export type Language = (typeof LANGUAGES)[number];

// Chinese and English are in the start-up bundle (every chain ends in them);
// the other languages' files are fetched when first chosen.
const builtIn = import.meta.glob("../../locales/{zh-CN,en}/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;
const onDemand = import.meta.glob(["../../locales/*/*.ftl", "!../../locales/{zh-CN,en}/*.ftl"], {
  query: "?raw",
  import: "default",
}) as Record<string, () => Promise<string>>;

/** Each language's file texts, once loaded. */
const texts = new Map<Language, string[]>();
for (const language of ["zh-CN", "en"] as const) {
  texts.set(
    language,
    Object.entries(builtIn)
      .filter(([path]) => path.includes(`/locales/${language}/`))
      .map(([, text]) => text),
  );
}

/** Makes `language`'s messages available; call (and await) before `setLanguage`. */
export async function loadLanguage(language: Language): Promise<void> {
  if (texts.has(language)) return;
  const loaders = Object.entries(onDemand).filter(([path]) => path.includes(`/locales/${language}/`));
  texts.set(language, await Promise.all(loaders.map(([, load]) => load())));
}

function bundleFor(language: Language): FluentBundle {
  const bundle = new FluentBundle(language, { useIsolating: false });
  for (const text of texts.get(language) ?? []) {
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length > 0) console.error(`locale ${language}:`, errors);
  }
  return bundle;
}

// Bundles are parsed when a language is first shown, not all at start.
const bundles = new Map<Language, FluentBundle>();
function bundle(language: Language): FluentBundle {
  let found = bundles.get(language);
  if (!found) {
    found = bundleFor(language);
    // A language not loaded yet is not remembered empty.
    if (texts.has(language)) bundles.set(language, found);
  }
  return found;
}

let current: Language = "zh-CN";

/** Where a message missing in a language is looked up next (as `Language::fallback_chain`). */
function chain(language: Language): Language[] {
  return [...new Set<Language>([language, "en", "zh-CN"])];
}

export function setLanguage(language: Language): void {
  current = language;
  document.documentElement.lang = language;
}

export function language(): Language {
  return current;
}

export function isLanguage(tag: string): tag is Language {
  return (LANGUAGES as readonly string[]).includes(tag);
}

export type Args = Record<string, FluentVariable>;

const WHOLE_NUMBER = /^(0|[1-9]\d{0,14})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A bare string as what it most likely is (the same rule as the Rust side's `Arg::infer`). */
function inferred(value: FluentVariable): FluentVariable {
  if (typeof value !== "string") return value;
  if (WHOLE_NUMBER.test(value)) return new FluentNumber(Number(value));
  const date = ISO_DATE.exec(value);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const at = new Date(Date.UTC(year, month - 1, day));
    if (at.getUTCMonth() === month - 1 && at.getUTCDate() === day) {
      return new FluentDateTime(at.getTime(), { dateStyle: "medium", timeZone: "UTC" });
    }
  }
  return value;
}

/** An amount of yuan, written as currency. */
export function money(yuan: number): FluentNumber {
  return new FluentNumber(yuan, { style: "currency", currency: "CNY" });
}

/** An exact decimal such as "85.50", its places kept and its separator localized. */
export function decimal(text: string): FluentVariable {
  const value = Number(text);
  if (!Number.isFinite(value)) return text;
  const places = text.split(".")[1]?.length ?? 0;
  return new FluentNumber(value, { minimumFractionDigits: places, maximumFractionDigits: places });
}

/** A calendar year, never grouped. */
export function year(value: number): FluentNumber {
  return new FluentNumber(value, { useGrouping: false });
}

/** A checklist figure as a message argument of its kind. */
export function figureArg(figure: Figure): FluentVariable {
  switch (figure.kind) {
    case "money":
      return money(figure.value);
    case "decimal":
      return decimal(figure.value);
    case "year":
      return year(figure.value);
    case "count":
      return new FluentNumber(figure.value);
    case "date":
      return inferred(figure.value);
    case "text":
      return figure.value;
  }
}

/** The message `id` in the current language, else along the fallback chain; the id itself when none has it. */
export function t(id: string, args?: Args): string {
  for (const tag of chain(current)) {
    const found = bundle(tag);
    const message = found.getMessage(id);
    if (!message?.value) continue;
    const typed: Args = {};
    for (const [name, value] of Object.entries(args ?? {})) typed[name] = inferred(value);
    return found.formatPattern(message.value, typed);
  }
  return id;
}

/** Whether a message `id` exists in the current language or its fallbacks. */
export function has(id: string): boolean {
  return chain(current).some((tag) => bundle(tag).hasMessage(id));
}
