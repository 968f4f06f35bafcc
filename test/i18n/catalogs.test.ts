// Every locale has every key with the same placeholders, every error code has a message, and the
// locale resolution falls back sanely.
import { ErrorCode } from "../../src/core/errors";
import { CATALOGS, resolveLocale, translator } from "../../src/i18n";
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
  expect(translator("en-US")("error.throttled", { seconds: 3 })).toBe(
    "Microsoft 365 is busy right now. Try again in 3 seconds.",
  );
});
