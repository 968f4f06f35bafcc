// joinInformation.content decoding, with the real payload formats.
import { decodeJoinInformation } from "../../src/core/join-info";
import { ErrorCode } from "../../src/core/errors";
import { japaneseSeedContent, text } from "../fixtures/load";

describe("the Graph doc sample (everything encoded, upper-case, trailing artefact)", () => {
  // Decoded inside each test, not while the file loads: a failure then fails the test (and mutation
  // testing attributes the decoder's code to these tests).
  const decodeSample = () => decodeJoinInformation(japaneseSeedContent());

  test("is HTML without the data: prefix or the trailing artefact", () => {
    const html = decodeSample();
    expect(html).not.toMatch(/^\s*data:/);
    expect(html.trimStart().startsWith("<div")).toBe(true);
    expect(html.trimEnd().endsWith("</div>")).toBe(true);
  });

  test("is Japanese", () => {
    const html = decodeSample();
    expect(html).toContain("Microsoft Teams 会議に参加");
    expect(html).toContain("会議のオプション");
  });

  test("keeps the join URL percent-encoded (decoded once, not twice)", () => {
    const html = decodeSample();
    expect(html).toContain("https://teams.microsoft.com/l/meetup-join/19%3ameeting_");
    expect(html).toContain("%40thread.v2/0?context=%7b%22Tid%22");
  });

  test("turns %2B into a literal plus in tel: links", () => {
    const html = decodeSample();
    expect(html).toContain('href="tel:+16477490000,,11160000&#35; "');
  });
});

test.each(["joininfo_content_en-US_2022_format_uou.txt", "joininfo_content_en-US_2023_format.txt"])(
  "real response format %s (literal prefix, lower-case, + for spaces)",
  (name) => {
    const html = decodeJoinInformation(text(name).trim());
    expect(html).not.toMatch(/^\s*data:/);
    expect(html.trimStart().startsWith("<")).toBe(true);
    expect(html).toContain("Microsoft Teams meeting");
    expect(html).toContain("Click here to join the meeting");
    expect(html).toContain("Join on your computer, mobile app or room device");
    expect(html).toMatch(/https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_[^"]+%40thread\.v2/);
    expect(html).not.toContain("+");
  },
);

test("broken percent-encoding is a malformed response", () => {
  expect(() => decodeJoinInformation("data:text/html,%3Cdiv%3Ebroken%E0%A4%A")).toThrow(
    expect.objectContaining({ code: ErrorCode.malformedResponse }) as Error,
  );
});

test("broken percent-encoding keeps the decoder's error as the cause (for the diagnostics)", () => {
  let thrown: unknown;
  try {
    decodeJoinInformation("data:text/html,%E0%A4%A");
  } catch (error) {
    thrown = error;
  }
  expect((thrown as { cause?: unknown }).cause).toBeInstanceOf(URIError);
});

test.each([
  ["empty", ""],
  ["white space only", " \n\t "],
  ["not a string", null as unknown as string],
])("%s content is a malformed response", (_name, content) => {
  expect(() => decodeJoinInformation(content)).toThrow(
    expect.objectContaining({ code: ErrorCode.malformedResponse }) as Error,
  );
});

test("plain HTML without any closing tag is still returned as it is (its escapes untouched)", () => {
  const html = '<a href="https://teams.microsoft.com/meet/1?p=%7bx%7d">Join';
  expect(decodeJoinInformation(html)).toBe(html);
});

test("an encoded data: prefix is decoded even when a literal tag appears in the content", () => {
  expect(decodeJoinInformation("data%3Atext%2Fhtml%2C<b>%7bx%7d</b>")).toBe("<b>{x}</b>");
});

test("only a trailing JSON artefact is cut: a quote and comma inside the HTML stay", () => {
  const html = decodeJoinInformation("data:text/html,%3Cp%20title%3D%22a%22%2C%20x%3Eb%3C%2Fp%3E");
  expect(html).toBe('<p title="a", x>b</p>');
  expect(decodeJoinInformation("data:text/html,%3Cp%3Eb%3C%2Fp%3E%22%2C%20%0A")).toBe("<p>b</p>");
  expect(decodeJoinInformation("data:text/html,%3Cp%3Eb%3C%2Fp%3E%22%2C")).toBe("<p>b</p>");
  expect(decodeJoinInformation("data:text/html,%3Cp%3Eb%3C%2Fp%3E%22%20%2C")).toBe("<p>b</p>");
});

test("plain HTML without a prefix is returned as it is", () => {
  expect(decodeJoinInformation('<div><a href="https://x.test/a">Join</a></div>')).toBe(
    '<div><a href="https://x.test/a">Join</a></div>',
  );
});

test("plain join HTML (no data: prefix) keeps its join URL's escapes: decoded never, not twice (issue #15.18)", () => {
  const url =
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d";
  const html = `<div class="me-email-text"><a href="${url}">Click here to join the meeting</a></div>`;
  expect(decodeJoinInformation(html)).toBe(html);
});
