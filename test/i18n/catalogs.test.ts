// Every locale has every key with the same placeholders and real translations, every error code has
// a message, the pseudo-locale brackets everything, and the locale resolution falls back sanely.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { AppError, ErrorCode } from "../../src/core/errors";
import { errorMessage } from "../../src/surfaces/shared/error-message";
import {
  loadCatalog,
  loadTranslator,
  PRODUCT_LOCALES,
  PSEUDO_LOCALE,
  translator,
  UI_LOCALES,
  type Catalog,
} from "../../src/i18n";
import { enUS } from "../../src/i18n/locales/en-US";
import { catalogProblems } from "../../src/i18n/catalog-check";

const LOCALES_DIR = join(__dirname, "../../src/i18n/locales");
type Key = keyof typeof enUS;

const catalogs: [string, Catalog][] = UI_LOCALES.filter((l) => l !== "en-US").map((locale) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- every catalog, synchronously
  const module = require(join(LOCALES_DIR, `${locale}.ts`)) as Record<string, Catalog>;
  return [locale, Object.values(module)[0]!];
});

test("Microsoft 365's 41 full languages each have a catalog file, and no file is unlisted", () => {
  expect(PRODUCT_LOCALES).toHaveLength(41);
  const files = readdirSync(LOCALES_DIR).map((f) => f.replace(/\.ts$/, ""));
  expect(files.sort()).toEqual([...UI_LOCALES].sort());
});

describe.each(catalogs.filter(([l]) => l !== PSEUDO_LOCALE))("%s", (locale, catalog) => {
  test("has exactly the English keys, the same placeholders, and no English left", () => {
    expect(catalogProblems(locale, catalog, enUS)).toEqual([]);
  });
});

test("the catalog check names a missing key, a broken placeholder and an untranslated string", () => {
  const broken: Record<string, string> = { ...catalogs.find(([l]) => l === "de-DE")![1] };
  delete broken["state.copy"];
  broken["account.signedInAs"] = "Angemeldet als {nom}";
  broken["action.retry"] = enUS["action.retry"];
  expect(catalogProblems("de-DE", broken, enUS)).toEqual([
    "de-DE: missing key state.copy",
    "de-DE: action.retry is the English text",
    "de-DE: account.signedInAs has placeholders {nom}, English has {name}",
  ]);
});

test("the pseudo-locale accents, lengthens by 40 % and brackets every string, placeholders intact", () => {
  const [, pseudo] = catalogs.find(([l]) => l === PSEUDO_LOCALE)!;
  for (const [key, english] of Object.entries(enUS)) {
    const text = pseudo[key as Key];
    expect(text).toMatch(/^\[.*\]$/s);
    expect(text.length).toBeGreaterThanOrEqual(Math.ceil(english.length * 1.4) + 2);
    expect(text.match(/\{\w+\}/g)).toEqual(english.match(/\{\w+\}/g));
    expect(text.replace(/\{\w+\}/g, "")).not.toMatch(/[a-zA-Z]/);
  }
});

test("every error code has a message", () => {
  for (const code of Object.values(ErrorCode)) expect(Object.keys(enUS)).toContain(`error.${code}`);
});

test("a catalog is loaded once and kept", async () => {
  expect(await loadCatalog("fi-FI")).toBe(await loadCatalog("fi-FI"));
  expect(translator("fi-FI")("action.retry")).toBe("Yritä uudelleen");
});

test("placeholders are filled", () => {
  expect(translator("en-US")("error.throttled", { when: "in 3 seconds" })).toBe(
    "Microsoft 365 is busy right now. Try again in 3 seconds.",
  );
});

test.each([
  ["en-US", 1, "Microsoft 365 is busy right now. Try again in 1 second."],
  ["en-US", 5, "Microsoft 365 is busy right now. Try again in 5 seconds."],
  ["ru-RU", 1, "Microsoft 365 сейчас перегружен. Повторите попытку через 1 секунду."],
  ["ru-RU", 5, "Microsoft 365 сейчас перегружен. Повторите попытку через 5 секунд."],
  ["ja-JP", 5, "Microsoft 365 が混み合っています。5 秒後に再試行してください。"],
  ["zh-CN", 5, "Microsoft 365 当前繁忙。请在5秒钟后重试。"],
  ["pl-PL", 2, "Platforma Microsoft 365 jest teraz zajęta. Spróbuj ponownie za 2 sekundy."],
  ["pl-PL", 5, "Platforma Microsoft 365 jest teraz zajęta. Spróbuj ponownie za 5 sekund."],
  ["ar-SA", 2, "Microsoft 365 مشغول حالياً. أعد المحاولة خلال ثانيتين."],
  ["de-DE", 1, "Microsoft 365 ist gerade ausgelastet. Versuchen Sie es in 1 Sekunde erneut."],
])("a wait reads right in %s for %i second(s), plural included", async (locale, seconds, expected) => {
  const t = await loadTranslator(locale);
  expect(errorMessage(new AppError(ErrorCode.throttled, "", { retryAfterSeconds: seconds }), t).text).toBe(
    expected,
  );
});

describe("a throttling message names only a wait Graph gave, never an earlier one", () => {
  test.each(UI_LOCALES)("%s: no Retry-After seen, no number in the message", (locale) => {
    const text = errorMessage(new AppError(ErrorCode.throttled, ""), translator(locale)).text;
    expect(text.replace("Microsoft 365", "")).not.toMatch(/\d/);
    expect(text.length).toBeGreaterThan(10);
  });

  test.each([
    [150, "Microsoft 365 is busy right now. Try again in 3 minutes."],
    [3600, "Microsoft 365 is busy right now. Try again in 1 hour."],
    [3601, "Microsoft 365 is busy right now. Try again in 2 hours."],
    [0.2, "Microsoft 365 is busy right now. Try again in 1 second."],
  ])("%p s reads in the unit a person would use, rounded up", (seconds, expected) => {
    expect(
      errorMessage(new AppError(ErrorCode.throttled, "", { retryAfterSeconds: seconds }), translator("en-US"))
        .text,
    ).toBe(expected);
  });
});
