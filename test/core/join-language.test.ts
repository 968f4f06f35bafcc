// The join text's own language, read from what Graph writes into it.
import { decodeJoinInformation } from "../../src/core/join-info";
import { joinTextLanguage, sameLanguage } from "../../src/core/join-language";
import { text } from "../fixtures/load";

describe("the language a join text is written in", () => {
  test.each([
    ["joininfo_content_en-US_2023_format.txt", "en-US"],
    ["joininfo_content_en-US_2022_format_uou.txt", "en-US"],
    // This one has no lang attribute: the Meeting-options link's language= says it.
    ["joininfo_content_ja_graphdocs.txt", "ja"],
  ])("published payload %s is in %s", (file, expected) => {
    expect(joinTextLanguage(decodeJoinInformation(text(file).trim()))).toBe(expected);
  });

  test("the lang attribute wins over the options link", () => {
    const html =
      '<div class="me-email-text" lang="de-DE"><a href="https://teams.microsoft.com/meetingOptions/?organizerId=o&amp;language=en-US">x</a></div>';
    expect(joinTextLanguage(html)).toBe("de-DE");
  });

  test("an options link with a raw & is read too", () => {
    expect(
      joinTextLanguage(
        '<a href="https://teams.microsoft.com/meetingOptions/?threadId=t&language=zh-CN">x</a>',
      ),
    ).toBe("zh-CN");
  });

  test("a text that doesn't say has no language (nothing is guessed)", () => {
    expect(joinTextLanguage('<a href="https://teams.microsoft.com/l/meetup-join/x">Join</a>')).toBeNull();
    expect(joinTextLanguage('<a href="https://example.com/?language=fr">x</a>')).toBeNull();
  });
});

describe("same language", () => {
  test.each([
    ["ja", "ja-JP", true],
    ["ja-JP", "JA-jp", true],
    ["en-US", "de-DE", false],
    ["zh-CN", "zh-TW", false],
    ["zh", "zh-CN", true],
    ["pt-BR", "pt-PT", false],
  ])("%s vs %s: %p", (a, b, expected) => {
    expect(sameLanguage(a, b)).toBe(expected);
    expect(sameLanguage(b, a)).toBe(expected);
  });
});
