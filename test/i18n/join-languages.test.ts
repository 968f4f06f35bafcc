// Guarantee: the join-text picker offers every language Teams writes join information in, named in the
// pane's language and sorted by that name, the organizer's own first; the fallback join link speaks
// each of them.
import { JOIN_LANGUAGES, joinLanguageOptions, PRODUCT_LOCALES } from "../../src/i18n";
import { joinLinkText } from "../../src/i18n/join-text";

test("Teams' languages: every Microsoft 365 language and the ones Teams adds", () => {
  expect(JOIN_LANGUAGES).toEqual(
    expect.arrayContaining([...PRODUCT_LOCALES, "en-GB", "fr-CA", "es-MX", "ca-ES"]),
  );
  expect(new Set(JOIN_LANGUAGES).size).toBe(JOIN_LANGUAGES.length);
});

test("named in the UI language, sorted by name, the organizer's language first", () => {
  const options = joinLanguageOptions("de-DE", "fr-FR");
  expect(options[0]).toEqual({ tag: "de-DE", name: "allemand (Allemagne)", isDefault: true });
  expect(options.filter((o) => o.tag === "de-DE")).toHaveLength(1);
  const names = options.slice(1).map((o) => o.name);
  expect(names).toEqual([...names].sort(new Intl.Collator("fr-FR").compare));
  expect(options.find((o) => o.tag === "ja-JP")?.name).toBe("japonais (Japon)");
  expect(options).toHaveLength(JOIN_LANGUAGES.length);
});

test("an Outlook language outside Teams' list is still the default", () => {
  const options = joinLanguageOptions("de-AT", "de-DE");
  expect(options[0]).toEqual({ tag: "de-AT", name: "Österreichisches Deutsch", isDefault: true });
  expect(options).toHaveLength(JOIN_LANGUAGES.length + 1);
});

test("Arabic names for an Arabic pane", () => {
  expect(joinLanguageOptions("ar-SA", "ar-SA").find((o) => o.tag === "en-US")?.name).toBe(
    "الإنجليزية (الولايات المتحدة)",
  );
});

test.each(JOIN_LANGUAGES.filter((l) => !l.startsWith("en-")))("the fallback join link speaks %s", (tag) => {
  expect(joinLinkText(tag)).not.toBe("Join the online meeting");
});

test.each([
  ["pt-BR", "Ingressar na reunião online"],
  ["pt-PT", "Participar na reunião online"],
  ["zh-HK", "加入線上會議"],
  ["zh-SG", "加入联机会议"],
  ["es-MX", "Unirse a la reunión en línea"],
  ["fr-CA", "Rejoindre la réunion en ligne"],
  ["xx-YY", "Join the online meeting"],
])("joinLinkText(%s) = %s", (tag, text) => {
  expect(joinLinkText(tag)).toBe(text);
});
