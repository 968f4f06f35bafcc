// Language tags as they come from settings, Office and Graph: subtags are compared as subtags.
import { sameLanguage } from "../../src/core/join-language";

test.each<[string, string, boolean]>([
  // "zh-Hant-TW" has the subtags Hant and TW; "zh-HantTW" has the one subtag HantTW.
  ["zh-Hant-TW", "zh-HantTW", false],
  ["zh-Hant-TW", "zh_Hant_TW", true],
  ["sr-Latn-RS", "sr-latn-rs", true],
  ["sr-Latn-RS", "sr-Cyrl-RS", false],
  ["sr-Latn", "sr", true],
  // A letter is not turned into two: the German sharp s is no "ss".
  ["de-CH-ß", "de-CH-ss", false],
  ["", "", true],
  ["", "en", false],
])("%p vs %p: %p", (a, b, expected) => {
  expect(sameLanguage(a, b)).toBe(expected);
  expect(sameLanguage(b, a)).toBe(expected);
});
