// Localized messages: the catalog for Outlook's display language, with a fallback to English.
// en-US is bundled (the fallback and the source of keys); every other catalog is its own webpack chunk,
// loaded on demand, so a surface downloads only the language it speaks.
import { enUS, type Catalog, type MessageKey } from "./locales/en-US";
import { resolveLocale } from "./resolve-locale";

export type { MessageKey, Catalog };
export { resolveLocale } from "./resolve-locale";
import { JOIN_LANGUAGES } from "./locale-list";
export { UI_LOCALES, PRODUCT_LOCALES, PSEUDO_LOCALE, JOIN_LANGUAGES, isRtl } from "./locale-list";

export type Translate = ((key: MessageKey, params?: Record<string, string | number>) => string) & {
  /** The catalog's locale (for Intl formatting that goes with its sentences). */
  readonly locale?: string;
};

// Stryker disable next-line ArrayDeclaration,StringLiteral: without the entry en-US is imported on demand like the rest: jest answers with the same module, and in the bundle (no en-US chunk) loadTranslator's fallback gives English all the same
const loaded = new Map<string, Catalog>([["en-US", enUS]]);

/** A locale module's catalog: its one exported object. */
function catalogOf(module: Record<string, unknown>): Catalog {
  const value = Object.values(module).find((v) => typeof v === "object" && v !== null);
  if (!value) throw new Error("locale module exports no catalog");
  return value as Catalog;
}

/** The catalog of a UI locale (one of UI_LOCALES): from its chunk the first time, then from memory. */
export async function loadCatalog(locale: string): Promise<Catalog> {
  const known = loaded.get(locale);
  if (known) return known;
  const module = (await import(
    /* webpackChunkName: "locale-[request]", webpackExclude: /en-US\.ts$/ */ `./locales/${locale}`
  )) as Record<string, unknown>;
  const catalog = catalogOf(module);
  loaded.set(locale, catalog);
  return catalog;
}

function makeTranslator(locale: string, catalog: Catalog): Translate {
  const t = (key: MessageKey, params?: Record<string, string | number>) => {
    const text = catalog[key] ?? enUS[key];
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
  };
  return Object.assign(t, { locale });
}

/**
 * A translator for a display language, with the catalogs already in memory: en-US until
 * loadTranslator has fetched the language's chunk (for text needed before or without that).
 */
export function translator(tag: string | undefined): Translate {
  const locale = resolveLocale(tag);
  const catalog = loaded.get(locale);
  return catalog ? makeTranslator(locale, catalog) : makeTranslator("en-US", enUS);
}

/** The translator for a display language, its catalog loaded; English if the chunk can't be fetched. */
export async function loadTranslator(tag: string | undefined): Promise<Translate> {
  const locale = resolveLocale(tag);
  try {
    return makeTranslator(locale, await loadCatalog(locale));
  } catch {
    return makeTranslator("en-US", enUS);
  }
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
    // Stryker disable next-line ObjectLiteral: numeric "always" is Intl's default, so an empty options object formats alike.
    return new Intl.RelativeTimeFormat(locale, { numeric: "always" }).format(value, unit);
  } catch {
    return `${s} s`;
  }
}

/**
 * The join-text languages to offer, named in the UI language and sorted by that name, the organizer's
 * Outlook language first (the default) even where Teams' list lacks that exact tag.
 */
export function joinLanguageOptions(
  displayLanguage: string,
  uiLocale: string,
): { tag: string; name: string; isDefault: boolean }[] {
  const others = JOIN_LANGUAGES.filter((tag) => tag.toLowerCase() !== displayLanguage.toLowerCase()).map(
    (tag) => ({ tag, name: languageName(tag, uiLocale), isDefault: false }),
  );
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(uiLocale);
  } catch {
    collator = new Intl.Collator("en-US");
  }
  others.sort((a, b) => collator.compare(a.name, b.name));
  return [
    { tag: displayLanguage, name: languageName(displayLanguage, uiLocale), isDefault: true },
    ...others,
  ];
}

/** A language's name in the UI language (Intl), e.g. "日本語" → "Japanese" for an English UI. */
export function languageName(tag: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
