// Guarantee: a user gets the catalog of their Outlook display language — exact culture first, then the
// language's own variant (pt-PT/pt-BR, zh-TW/zh-CN, sr-Latn, nb/nn), then English; never a wrong script.
import { isRtl, resolveLocale, UI_LOCALES } from "../../src/i18n";

test.each([
  // exact, whatever the case or separator
  ["de-DE", "de-DE"],
  ["DE-de", "de-DE"],
  ["pt_BR", "pt-BR"],
  ["sr-Latn-RS", "sr-Latn-RS"],
  // same language, another region
  ["de-AT", "de-DE"],
  ["de-CH", "de-DE"],
  ["fr-CA", "fr-FR"],
  ["es-MX", "es-ES"],
  ["en-GB", "en-US"],
  ["ar-EG", "ar-SA"],
  ["nl-BE", "nl-NL"],
  ["sv-FI", "sv-SE"],
  ["de", "de-DE"],
  // Portuguese: Brazil for bare pt, Portugal for every other region (CLDR parentLocales)
  ["pt", "pt-BR"],
  ["pt-PT", "pt-PT"],
  ["pt-AO", "pt-PT"],
  ["pt-MZ", "pt-PT"],
  // Chinese by script: Traditional for TW/HK/MO and Hant, Simplified otherwise
  ["zh-TW", "zh-TW"],
  ["zh-HK", "zh-TW"],
  ["zh-MO", "zh-TW"],
  ["zh-Hant", "zh-TW"],
  ["zh-Hant-HK", "zh-TW"],
  ["zh-CN", "zh-CN"],
  ["zh-SG", "zh-CN"],
  ["zh-Hans-HK", "zh-CN"],
  ["zh", "zh-CN"],
  // Serbian: one Latin catalog for every script and region
  ["sr", "sr-Latn-RS"],
  ["sr-RS", "sr-Latn-RS"],
  ["sr-Latn", "sr-Latn-RS"],
  ["sr-Cyrl-RS", "sr-Latn-RS"],
  ["sr-Latn-ME", "sr-Latn-RS"],
  // Norwegian: Bokmål and Nynorsk apart; the macrolanguage "no" reads Bokmål
  ["nb-NO", "nb-NO"],
  ["nn-NO", "nn-NO"],
  ["nn", "nn-NO"],
  ["no", "nb-NO"],
  ["no-NO", "nb-NO"],
  // deprecated codes
  ["iw-IL", "he-IL"],
  ["in-ID", "id-ID"],
  // no catalog: English
  ["ga-IE", "en-US"],
  ["cy-GB", "en-US"],
  ["", "en-US"],
  [undefined, "en-US"],
])("resolveLocale(%s) = %s", (tag, expected) => {
  expect(resolveLocale(tag)).toBe(expected);
});

test("every UI locale resolves to itself", () => {
  for (const locale of UI_LOCALES) expect(resolveLocale(locale)).toBe(locale);
});

test.each([
  ["ar-SA", true],
  ["he-IL", true],
  ["ar", true],
  ["en-US", false],
  ["ur-PK", false], // no catalog: the pane falls back to English, left to right
])("isRtl(%s) = %s", (locale, rtl) => {
  expect(isRtl(locale)).toBe(rtl);
});
