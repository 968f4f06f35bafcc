// The languages the add-in speaks: Microsoft 365 Apps' full product languages (Microsoft 365 Apps,
// "Languages, culture codes, and companion proofing languages"), each with a catalog in ./locales,
// plus the pseudo-locale qps-ploc for testing. Pure data: no catalog is imported here.

/** Microsoft 365's 41 full languages, by culture code. en-US is the source and fallback. */
export const PRODUCT_LOCALES = [
  "ar-SA",
  "bg-BG",
  "zh-CN",
  "zh-TW",
  "hr-HR",
  "cs-CZ",
  "da-DK",
  "nl-NL",
  "en-US",
  "et-EE",
  "fi-FI",
  "fr-FR",
  "de-DE",
  "el-GR",
  "he-IL",
  "hi-IN",
  "hu-HU",
  "id-ID",
  "it-IT",
  "ja-JP",
  "kk-KZ",
  "ko-KR",
  "lv-LV",
  "lt-LT",
  "ms-MY",
  "nb-NO",
  "nn-NO",
  "pl-PL",
  "pt-PT",
  "pt-BR",
  "ro-RO",
  "ru-RU",
  "sr-Latn-RS",
  "sk-SK",
  "sl-SI",
  "es-ES",
  "sv-SE",
  "th-TH",
  "tr-TR",
  "uk-UA",
  "vi-VN",
] as const;

/** Windows' accented, lengthened pseudo-locale: every pane state runs through it in the e2e tests. */
export const PSEUDO_LOCALE = "qps-ploc";

export const UI_LOCALES: readonly string[] = [...PRODUCT_LOCALES, PSEUDO_LOCALE];

/** Scripts written right to left among the UI languages (Arabic, Hebrew). */
const RTL_LANGUAGES = new Set(["ar", "he"]);

export function isRtl(locale: string): boolean {
  // Stryker disable next-line StringLiteral: split always yields a first element, so the default is never used.
  return RTL_LANGUAGES.has(locale.toLowerCase().split("-")[0] ?? "");
}

/**
 * The languages Teams writes meeting join information in. Teams' meeting policy accepts "all Teams
 * supported languages" for invitations (Set-CsTeamsMeetingPolicy -MeetingInviteLanguages); this is
 * Teams' client language list (support.microsoft.com, "Languages supported in Microsoft Teams"):
 * the 41 Microsoft 365 languages plus the ones Teams adds.
 */
export const JOIN_LANGUAGES: readonly string[] = [
  ...PRODUCT_LOCALES,
  "en-GB",
  "fr-CA",
  "es-MX",
  "ca-ES",
  "eu-ES",
  "gl-ES",
  "is-IS",
  "ka-GE",
  "mk-MK",
  "sq-AL",
  "az-Latn-AZ",
  "cy-GB",
];
