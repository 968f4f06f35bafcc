// Guarantee: whatever else a display-language tag carries (a script, a numeric region, a variant, a
// Unicode extension, stray spaces), the user gets the catalog of their language and region, and the
// answer is always one of the locales on offer. The second argument is the list on offer (the join
// link's languages use their own); lists other than UI_LOCALES show the rules apart from its order.
import { resolveLocale } from "../../src/i18n";

describe("Chinese: the script or region decides Traditional or Simplified, with any other subtags", () => {
  test("Taiwan with a calendar extension (zh-TW-u-ca-roc) reads Traditional", () => {
    expect(resolveLocale("zh-TW-u-ca-roc")).toBe("zh-TW");
  });

  test("Mandarin as an extended language subtag in Taiwan (zh-cmn-TW) reads Traditional", () => {
    expect(resolveLocale("zh-cmn-TW")).toBe("zh-TW");
  });

  test("the Simplified script wins over a Traditional region (zh-Hans-TW reads Simplified)", () => {
    expect(resolveLocale("zh-Hans-TW")).toBe("zh-CN");
  });

  test("Singapore and bare zh read Simplified even where the list names Traditional first", () => {
    const list = ["en-US", "zh-TW", "zh-CN"];
    expect(resolveLocale("zh-SG", list)).toBe("zh-CN");
    expect(resolveLocale("zh", list)).toBe("zh-CN");
    expect(resolveLocale("zh-Hans-TW", list)).toBe("zh-CN");
  });
});

describe("Portuguese: Brazil for Brazil and for no region, Portugal for every other region", () => {
  test("Brazil behind a script subtag (pt-Latn-BR) or before a variant (pt-BR-abl1943) reads Brazilian", () => {
    expect(resolveLocale("pt-Latn-BR")).toBe("pt-BR");
    expect(resolveLocale("pt-BR-abl1943")).toBe("pt-BR");
  });

  test("a script subtag is not a region: pt-Latn reads Brazilian, as bare pt does", () => {
    expect(resolveLocale("pt-Latn")).toBe("pt-BR");
  });

  test("a UN M.49 numeric region is a region: Portuguese of Europe (pt-150) reads European", () => {
    expect(resolveLocale("pt-150")).toBe("pt-PT");
  });

  test("an orthography variant is not a region: pt-ao1990 (the 1990 agreement) reads Brazilian", () => {
    expect(resolveLocale("pt-ao1990")).toBe("pt-BR");
  });

  test("a four-digit variant subtag is not a numeric region: pt-1990 reads Brazilian", () => {
    expect(resolveLocale("pt-1990")).toBe("pt-BR");
  });

  test("Angola reads European Portuguese even where the list names Brazil first", () => {
    expect(resolveLocale("pt-AO", ["en-US", "pt-BR", "pt-PT"])).toBe("pt-PT");
  });
});

test("bare Serbian reads Serbia's Latin catalog even where the list names another Serbian one first", () => {
  const list = ["en-US", "sr-Latn-ME", "sr-Latn-RS"];
  expect(resolveLocale("sr", list)).toBe("sr-Latn-RS");
  expect(resolveLocale("sr-Latn", list)).toBe("sr-Latn-RS");
});

test("spaces around the tag (as a host may hand it over) are not part of it", () => {
  expect(resolveLocale(" fr-FR ")).toBe("fr-FR");
  expect(resolveLocale("ja-JP\n")).toBe("ja-JP");
});

describe("a listed culture is chosen as it is, whatever the variant rules would pick", () => {
  test("pt-AO and zh-HK, when the list has them, are not folded into pt-PT and zh-TW", () => {
    const list = ["en-US", "pt-PT", "pt-BR", "pt-AO", "zh-CN", "zh-TW", "zh-HK"];
    expect(resolveLocale("pt-AO", list)).toBe("pt-AO");
    expect(resolveLocale("zh-HK", list)).toBe("zh-HK");
    expect(resolveLocale("ZH_hk", list)).toBe("zh-HK");
  });
});

test("the answer is one of the listed locales: without zh-TW, a Hong Kong tag gets the Chinese there is", () => {
  const list = ["en-US", "zh-CN"];
  expect(resolveLocale("zh-HK", list)).toBe("zh-CN");
  expect(resolveLocale("pt-AO", ["en-US", "pt-BR"])).toBe("pt-BR");
});

describe("one language in several regions: the tag's region, else the first listed", () => {
  const list = ["en-US", "en-GB", "de-DE", "de-CH"];

  test("a region followed by a variant (en-GB-oxendict, de-CH-1996) finds that region's catalog", () => {
    expect(resolveLocale("en-GB-oxendict", list)).toBe("en-GB");
    expect(resolveLocale("de-CH-1996", list)).toBe("de-CH");
  });

  test("a region behind a script subtag (de-Latn-CH) finds that region's catalog", () => {
    expect(resolveLocale("de-Latn-CH", list)).toBe("de-CH");
  });

  test("a region the list lacks (en-AU) or no region (de-1996) gets the language's first catalog", () => {
    expect(resolveLocale("en-AU", list)).toBe("en-US");
    expect(resolveLocale("de-1996", list)).toBe("de-DE");
    expect(resolveLocale("de-Latn", list)).toBe("de-DE");
    expect(resolveLocale("en-CH", list)).toBe("en-US");
  });
});
