// Fluent messages for the UI, from the same locales/ files the Rust side uses.
// Components call t(id, args); the language can change at run time.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

export type Language = "zh-CN" | "en";
export const LANGUAGES: readonly Language[] = ["zh-CN", "en"];

const sources = import.meta.glob("../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

function bundleFor(language: Language): FluentBundle {
  const bundle = new FluentBundle(language, { useIsolating: false });
  for (const [path, text] of Object.entries(sources)) {
    if (path.includes(`/locales/${language}/`)) {
      const errors = bundle.addResource(new FluentResource(text));
      if (errors.length > 0) console.error(`locale ${path}:`, errors);
    }
  }
  return bundle;
}

const bundles: Record<Language, FluentBundle> = { "zh-CN": bundleFor("zh-CN"), en: bundleFor("en") };
let current: Language = "zh-CN";

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

/** The message `id` in the current language; the id itself when it is missing. */
export function t(id: string, args?: Args): string {
  const bundle = bundles[current];
  const message = bundle.getMessage(id);
  if (!message?.value) return id;
  return bundle.formatPattern(message.value, args ?? null);
}

/** Whether the current language has a message `id`. */
export function has(id: string): boolean {
  return bundles[current].hasMessage(id);
}
