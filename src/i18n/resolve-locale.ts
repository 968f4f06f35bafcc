// Which catalog speaks to a user whose Office display language is `tag` (Office.context.displayLanguage,
// an RFC 1766 / BCP 47 tag such as "pt-BR"): language + script + region first, then the language's
// own default, then en-US. Table-driven, without Intl.Locale, so every Outlook runtime decides alike.
import { UI_LOCALES } from "./locale-list";

/** Deprecated and macrolanguage codes Office and browsers still send (IANA subtag registry). */
const LANGUAGE_ALIASES: Record<string, string> = {
  no: "nb", // Norwegian → Bokmål, the written standard most Norwegians use
  iw: "he",
  in: "id",
  sh: "sr-Latn",
};

/**
 * Where a language has more than one catalog, the catalog for a tag with no exact match.
 * - zh: Traditional for the Hant script and for Taiwan, Hong Kong and Macao (CLDR likely subtags:
 *   zh-HK → zh-Hant-HK, zh-MO → zh-Hant-MO), Simplified otherwise (zh, zh-SG, zh-Hans-*).
 * - pt: Brazilian for bare "pt" (CLDR: pt → pt-Latn-BR); every other region follows European
 *   Portuguese (CLDR parentLocales: pt_AO, pt_MZ, pt_CH, … → pt_PT).
 * - sr: one Serbian catalog, Latin (Microsoft 365 ships sr-Latn-RS). CLDR's default script for sr is
 *   Cyrillic (sr → sr-Cyrl-RS); Serbian readers read both scripts, so Cyrillic tags get the Latin
 *   catalog rather than English (assumed: the better of the two fallbacks).
 */
function variant(language: string, subtags: string[]): string | undefined {
  const upper = subtags.map((s) => s.toUpperCase());
  if (language === "zh") {
    const traditional = upper.includes("HANT") || ["TW", "HK", "MO"].some((r) => upper.includes(r));
    return upper.includes("HANS") ? "zh-CN" : traditional ? "zh-TW" : "zh-CN";
  }
  if (language === "pt") {
    const region = upper.find((s) => /^[A-Z]{2}$|^\d{3}$/.test(s));
    return !region || region === "BR" ? "pt-BR" : "pt-PT";
  }
  if (language === "sr") return "sr-Latn-RS";
  return undefined;
}

export function resolveLocale(tag: string | undefined, locales: readonly string[] = UI_LOCALES): string {
  if (!tag) return "en-US";
  const normalized = tag.trim().replace(/_/g, "-");
  const exact = locales.find((l) => l.toLowerCase() === normalized.toLowerCase());
  if (exact) return exact;
  // Stryker disable next-line StringLiteral: split always yields a first element, so the default is never used.
  const [first = "", ...rest] = normalized.toLowerCase().split("-");
  // Stryker disable next-line StringLiteral: split always yields a first element, so the default is never used.
  const [language = "", ...aliasRest] = (LANGUAGE_ALIASES[first] ?? first).split("-");
  const subtags = [...aliasRest, ...rest];
  const chosen = variant(language, subtags);
  if (chosen && locales.includes(chosen)) return chosen;
  const sameLanguage = locales.filter((l) => l.toLowerCase().split("-")[0] === language);
  if (sameLanguage.length === 0) return "en-US";
  // Same language and region (e.g. "de-DE-1996"), else the language's one catalog.
  const region = subtags.find((s) => /^[a-z]{2}$/.test(s));
  return sameLanguage.find((l) => region && l.toLowerCase().endsWith(`-${region}`)) ?? sameLanguage[0]!;
}
