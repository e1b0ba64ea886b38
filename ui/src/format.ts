// Formatting of values for display in the current language.
import { language } from "./i18n";
import type { LocalizedText } from "./generated/bindings";

/** The text in the UI language, else English, else Chinese, else any. */
export function pick(text: LocalizedText | null | undefined): string {
  if (!text) return "";
  const lang = language();
  return text[lang] ?? text["en"] ?? text["zh-CN"] ?? Object.values(text)[0] ?? "";
}

/**
 * Variants in other languages than the one shown, e.g. a name in its own
 * script, each with its language tag so the page can mark it (screen readers
 * pronounce it, WebKit breaks its lines, by that language's rules).
 */
export function otherScripts(text: LocalizedText): { lang: string; value: string }[] {
  const shown = pick(text);
  const seen = new Set<string>([shown]);
  const others: { lang: string; value: string }[] = [];
  for (const [lang, value] of Object.entries(text)) {
    if (value === undefined || seen.has(value)) continue;
    seen.add(value);
    others.push({ lang, value });
  }
  return others;
}

/** An amount of yuan as currency, as every other amount is written (CLDR's places for CNY). */
export function yuan(amount: number): string {
  return new Intl.NumberFormat(language(), { style: "currency", currency: "CNY" }).format(amount);
}

export function percent(ratio: number): string {
  return new Intl.NumberFormat(language(), { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ratio);
}

export function date(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  if (!year || !month || !day) return iso;
  return new Intl.DateTimeFormat(language(), { dateStyle: "medium", timeZone: "UTC" }).format(Date.UTC(year, month - 1, day));
}

/** A moment (RFC 3339) as date and time in the reader's time zone. */
export function dateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(language(), { dateStyle: "medium", timeStyle: "short" }).format(at);
}

/**
 * A score or other exact decimal ("75.10") written the reader's way, its
 * places kept ("75,10" in Vietnamese, Burmese digits in Burmese); a dash when
 * there is none.
 */
export function points(text: string | null | undefined): string {
  if (text == null || text === "") return "—";
  const value = Number(text);
  if (!Number.isFinite(value)) return text;
  const places = text.split(".")[1]?.length ?? 0;
  return new Intl.NumberFormat(language(), { minimumFractionDigits: places, maximumFractionDigits: places }).format(value);
}
