// Plain-text join details for text bodies.
import { htmlToText } from "../../src/core/html-to-text";
import { decodeJoinInformation } from "../../src/core/join-info";
import { text } from "../fixtures/load";

test("links keep their URL and label; tags and entities go", () => {
  expect(
    htmlToText('<div><a href="https://t.test/j?a=1&amp;b=2">Join now</a></div><div>ID:&nbsp;1 &amp; 2</div>'),
  ).toBe("Join now: https://t.test/j?a=1&b=2\nID: 1 & 2");
});

test("unsafe links lose their URL", () => {
  expect(htmlToText('<a href="javascript:alert(1)">Click</a>')).toBe("Click");
});

test("the real 2023 join text reads well as text", () => {
  const out = htmlToText(decodeJoinInformation(text("joininfo_content_en-US_2023_format.txt").trim()));
  expect(out).toContain("Microsoft Teams meeting");
  expect(out).toMatch(/Click here to join the meeting: https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  expect(out).not.toMatch(/<|>/);
  expect(out).not.toMatch(/\n\n\n/);
});
