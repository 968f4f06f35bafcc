// Every locale has every key with the same placeholders, every error code has a message, and the
// locale resolution falls back sanely.
import { AppError, ErrorCode } from "../../src/core/errors";
import { errorMessage } from "../../src/surfaces/shared/error-message";
import { CATALOGS, UI_LOCALES, resolveLocale, translator } from "../../src/i18n";
import { enUS } from "../../src/i18n/locales/en-US";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(CATALOGS).filter(([l]) => l !== "en-US"))("%s", (_locale, catalog) => {
  test("has exactly the English keys", () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(enUS).sort());
  });
  test("keeps every placeholder", () => {
    for (const [key, text] of Object.entries(enUS)) {
      expect([key, placeholders(catalog[key as keyof typeof enUS])]).toEqual([key, placeholders(text)]);
    }
  });
  test("is translated, not a copy of English", () => {
    const same = Object.keys(enUS).filter(
      (k) => catalog[k as keyof typeof enUS] === enUS[k as keyof typeof enUS],
    );
    // Brand and product names may stay as they are.
    expect(same.filter((k) => !k.startsWith("service.") && !k.startsWith("provider."))).toEqual([]);
  });
});

test("every error code has a message", () => {
  for (const code of Object.values(ErrorCode)) expect(Object.keys(enUS)).toContain(`error.${code}`);
});

test.each([
  ["zh-CN", "zh-CN"],
  ["ZH-cn", "zh-CN"],
  ["zh-SG", "zh-CN"],
  ["zh-TW", "en-US"],
  ["ru", "ru-RU"],
  ["ja-JP", "ja-JP"],
  ["pt-BR", "en-US"],
  [undefined, "en-US"],
])("resolveLocale(%s) = %s", (tag, expected) => {
  expect(resolveLocale(tag)).toBe(expected);
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
])("a wait reads right in %s for %i second(s), plural included", (locale, seconds, expected) => {
  const t = translator(locale);
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
