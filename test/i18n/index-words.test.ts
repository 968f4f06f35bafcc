// Guarantee: a wait is named in the language's own words and in the unit a person would use, never
// earlier than asked; the join-language picker has exactly one default and still works, with raw tags
// for names, when the UI locale or a tag is something Intl refuses.
import { inSeconds, inTime, JOIN_LANGUAGES, joinLanguageOptions, languageName } from "../../src/i18n";

describe("inSeconds: a wait in seconds in the language's words", () => {
  test("English by default, singular and plural", () => {
    expect(inSeconds(1)).toBe("in 1 second");
    expect(inSeconds(5)).toBe("in 5 seconds");
  });

  test("in the locale asked for", () => {
    expect(inSeconds(5, "ja-JP")).toBe("5 秒後");
    expect(inSeconds(5, "de-DE")).toBe("in 5 Sekunden");
  });
});

describe("inTime: the unit a person would use", () => {
  test("up to a minute and a half is said in seconds; past it, in minutes rounded up", () => {
    expect(inTime(90)).toBe("in 90 seconds");
    expect(inTime(91)).toBe("in 2 minutes");
  });

  test("a locale Intl refuses still names the wait, in seconds", () => {
    expect(inTime(5, "not a locale!")).toBe("5 s");
    expect(inTime(0.4, "not a locale!")).toBe("1 s");
  });
});

describe("joinLanguageOptions", () => {
  test("exactly one option is the default: the organizer's language, first", () => {
    const options = joinLanguageOptions("ja-JP", "en-US");
    expect(options.filter((o) => o.isDefault)).toEqual([
      { tag: "ja-JP", name: "Japanese (Japan)", isDefault: true },
    ]);
    expect(options[0]?.isDefault).toBe(true);
  });

  test("a UI locale Intl refuses: every language is offered under its tag, sorted, the default first", () => {
    const options = joinLanguageOptions("de-DE", "not a locale!");
    expect(options[0]).toEqual({ tag: "de-DE", name: "de-DE", isDefault: true });
    const rest = options.slice(1);
    expect(rest.map((o) => o.name)).toEqual(rest.map((o) => o.tag));
    expect(rest.map((o) => o.tag)).toEqual(
      JOIN_LANGUAGES.filter((t) => t !== "de-DE").sort(new Intl.Collator("en-US").compare),
    );
  });
});

describe("languageName", () => {
  test("a language named in the UI language", () => {
    expect(languageName("ja-JP", "fr-FR")).toBe("japonais (Japon)");
  });

  test("a tag Intl can't name, or a UI locale it refuses, reads as the tag itself", () => {
    expect(languageName("not a tag!", "en-US")).toBe("not a tag!");
    expect(languageName("ja-JP", "not a locale!")).toBe("ja-JP");
  });
});
