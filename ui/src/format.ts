// Formatting of values for display in the current language.
import { language } from "./i18n";
import type { LocalizedText } from "./generated/bindings";

/** The text in the UI language, else English, else Chinese, else any. */
export function pick(text: LocalizedText | null | undefined): string {
  if (!text) return "";
  const lang = language();
  return text[lang] ?? text["en"] ?? text["zh-CN"] ?? Object.values(text)[0] ?? "";
}

/** Variants in other languages than the one shown, e.g. a name in its own script. */
export function otherScripts(text: LocalizedText): string[] {
  const shown = pick(text);
  return [...new Set(Object.values(text))].filter((value) => value !== shown);
}

export function yuan(amount: number): string {
  return new Intl.NumberFormat(language(), { style: "currency", currency: "CNY", maximumFractionDigits: 0 }).format(amount);
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
