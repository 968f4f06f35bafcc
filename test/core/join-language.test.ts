// The language a Teams join text came back in, read from real payloads (lang attribute, else the
// Meeting-options link's language=), so the add-in can tell when createOrGet ignored Accept-Language.
import { decodeJoinInformation } from "../../src/core/join-info";
import { joinTextLanguage, sameLanguage } from "../../src/core/join-language";
import { text } from "../fixtures/load";

test("real join texts: the 2022 template, the 2026 short-link body, the Graph docs' Japanese sample", () => {
  expect(
    joinTextLanguage(decodeJoinInformation(text("joininfo_content_en-US_2022_format_uou.txt").trim())),
  ).toBe("en-US");
  expect(joinTextLanguage(text("graph_event_body_2026_short_link_template.html"))).toBe("en-US");
  const ja = joinTextLanguage(decodeJoinInformation(text("joininfo_content_ja_graphdocs.txt").trim()));
  expect(ja === undefined || sameLanguage(ja, "ja-JP")).toBe(true);
});

test("without a lang attribute, the Meeting-options link's language= says it", () => {
  expect(
    joinTextLanguage(
      '<a href="https://teams.microsoft.com/meetingOptions/?organizerId=1&amp;tenantId=2&amp;language=de-DE">x</a>',
    ),
  ).toBe("de-DE");
  expect(joinTextLanguage("<p>no language here</p>")).toBeUndefined();
});

test("same primary language counts as the same (de vs de-DE), another does not", () => {
  expect(sameLanguage("de-DE", "de")).toBe(true);
  expect(sameLanguage("en-US", "ja-JP")).toBe(false);
});
