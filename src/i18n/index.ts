// Localized messages: the catalog for Outlook's display language, with a fallback to English.
import { enUS, type Catalog, type MessageKey } from "./locales/en-US";
import { zhCN } from "./locales/zh-CN";
import { ruRU } from "./locales/ru-RU";
import { jaJP } from "./locales/ja-JP";

export type { MessageKey, Catalog };

export const CATALOGS: Record<string, Catalog> = {
  "en-US": enUS,
  "zh-CN": zhCN,
  "ru-RU": ruRU,
  "ja-JP": jaJP,
};

export const UI_LOCALES = Object.keys(CATALOGS);

/** Join-text languages the pane offers (Graph's Accept-Language). */
export const JOIN_LANGUAGES = ["en-US", "zh-CN", "ru-RU", "ja-JP", "de-DE", "fr-FR", "es-ES"] as const;

/** The best catalog for a language tag: exact, then same language (Traditional Chinese excepted), else en-US. */
export function resolveLocale(tag: string | undefined): string {
  if (!tag) return "en-US";
  const exact = UI_LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const lower = tag.toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(lower)) return "en-US";
  const primary = lower.split(/[-_]/)[0];
  return UI_LOCALES.find((l) => l.toLowerCase().split("-")[0] === primary) ?? "en-US";
}

export type Translate = ((key: MessageKey, params?: Record<string, string | number>) => string) & {
  /** The catalog's locale (for Intl formatting that goes with its sentences). */
  readonly locale?: string;
};

export function translator(tag: string | undefined): Translate {
  const locale = resolveLocale(tag);
  const catalog = CATALOGS[locale] ?? enUS;
  const t = (key: MessageKey, params?: Record<string, string | number>) => {
    const text = catalog[key] ?? enUS[key];
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
  };
  return Object.assign(t, { locale });
}

/** "in 1 second", "через 5 секунд", "5 秒後": a wait in the language's own words and plural. */
export function inSeconds(seconds: number, locale = "en-US"): string {
  return inTime(seconds, locale);
}

/**
 * A wait in the language's own words, in the unit a person would use ("in 5 seconds", "in 2 minutes",
 * "in 1 hour"), rounded up: the time named is never earlier than the time asked for.
 */
export function inTime(seconds: number, locale = "en-US"): string {
  const s = Math.max(1, Math.ceil(seconds));
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    s <= 90 ? [s, "second"] : s < 3600 ? [Math.ceil(s / 60), "minute"] : [Math.ceil(s / 3600), "hour"];
  try {
    return new Intl.RelativeTimeFormat(locale, { numeric: "always" }).format(value, unit);
  } catch {
    return `${s} s`;
  }
}

/** A language's name in the UI language (Intl), e.g. "日本語" → "Japanese" for an English UI. */
export function languageName(tag: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
