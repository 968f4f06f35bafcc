// Character references in join text: what decodes, and what stays as written because no character
// (or no safe one) stands behind it.
import { decodeEntities, htmlToText } from "../../src/core/html-to-text";

describe("numeric references decode to their character", () => {
  test("hexadecimal with a lower-case x", () => {
    expect(decodeEntities("&#x4a;oin &#x1F4DE;")).toBe("Join \u{1F4DE}");
  });

  test("hexadecimal with an upper-case X", () => {
    expect(decodeEntities("&#X4A;oin &#XE9;")).toBe("Join é");
  });

  test("decimal", () => {
    expect(decodeEntities("&#74;oin&#160;now")).toBe("Join\u00a0now");
  });

  test("the highest code point, U+10FFFF, is still a character", () => {
    expect(decodeEntities("&#x10FFFF;")).toBe(String.fromCodePoint(0x10ffff));
    expect(decodeEntities("&#1114111;")).toBe(String.fromCodePoint(0x10ffff));
  });
});

describe("numeric references with no character behind them stay as written", () => {
  test.each(["&#0;", "&#x0;", "&#00;"])("NUL: %s", (ref) => {
    expect(decodeEntities(`a${ref}b`)).toBe(`a${ref}b`);
  });

  test.each(["&#x110000;", "&#1114112;", "&#xFFFFFFFFFFFF;", `&#${"9".repeat(400)};`])(
    "past the end of Unicode, without throwing: %s",
    (ref) => {
      expect(decodeEntities(`ID ${ref}`)).toBe(`ID ${ref}`);
    },
  );

  test("a reference without its semicolon, or with no digits, is text", () => {
    expect(decodeEntities("&#x41 &#x; &#; &amp")).toBe("&#x41 &#x; &#; &amp");
  });
});

describe("named references", () => {
  test("the ones join text uses, in any case", () => {
    expect(decodeEntities("&lt;a&GT; &Amp; &quot;x&quot; &apos;y&apos; a&nbsp;b")).toBe(
      "<a> & \"x\" 'y' a b",
    );
  });

  test("an unknown name stays as written", () => {
    expect(decodeEntities("&copy; &bogus;")).toBe("&copy; &bogus;");
  });

  test("each reference is decoded once: &amp;lt; is the text &lt;", () => {
    expect(decodeEntities("&amp;lt;script&amp;gt;")).toBe("&lt;script&gt;");
  });
});

test("plain text of a body decodes references in text and in link targets", () => {
  expect(htmlToText('<p>Caf&#xE9; &#X263A;</p><a href="https://x.test/&#x6A;?a=1&#38;b=2">Go</a>')).toBe(
    "Café ☺\nGo: https://x.test/j?a=1&b=2",
  );
});
