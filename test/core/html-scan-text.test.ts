// What a reader sees of a body (visibleText, textBetween) and where an element ends (elementEnd):
// comments, declarations (Outlook's <![if ...]>/<![endif]>), processing instructions and script or
// style content are no text; a stray "<" is; tags separate words; &nbsp; is a space; whitespace
// collapses. An element ends at the end tag that balances it, counting nested ones of its name.
import { elementEnd, scanTags, textBetween, visibleText, type TagToken } from "../../src/core/html-scan";

/** The `index`-th tag of `html`; a test fails when there is none. */
function tagAt(html: string, index: number): TagToken {
  const tag = [...scanTags(html)][index];
  if (!tag) throw new Error(`no tag ${index} in ${html}`);
  return tag;
}

describe("visibleText", () => {
  test("tags separate words, and text before the first and after the last tag is kept", () => {
    expect(visibleText("<p>one</p><p>two</p>")).toBe("one two");
    expect(visibleText("a<br>b")).toBe("a b");
    expect(visibleText("Hello <b>world</b> again")).toBe("Hello world again");
    expect(visibleText("plain text")).toBe("plain text");
    expect(visibleText("")).toBe("");
  });

  test("script and style content is no text, what follows their end tag is", () => {
    expect(visibleText('<style>p { color: red }</style>Hi<script>var a = "<b>x</b>";</script> there')).toBe(
      "Hi there",
    );
  });

  test("an unclosed script hides the rest of the body", () => {
    expect(visibleText("Hi <script>alert('all of this')")).toBe("Hi");
    expect(visibleText("<p>Hi</p><style>p{}")).toBe("Hi");
  });

  test("comments, doctypes and conditional comments are no text", () => {
    expect(visibleText("<!DOCTYPE html><p>a<!-- hidden > -->b</p>")).toBe("ab");
    expect(visibleText("<![if !supportLists]><span>1.</span><![endif]>Item")).toBe("1. Item");
  });

  test("no-break spaces in any spelling are spaces, and whitespace runs collapse", () => {
    expect(visibleText("a&nbsp;b&#160;c\u00a0d&NBSP;e")).toBe("a b c d e");
    expect(visibleText("<p>\r\n  Join \t\n now  </p>")).toBe("Join now");
  });

  test("a stray '<' is text", () => {
    expect(visibleText("<p>1 < 2 and <3</p>")).toBe("1 < 2 and <3");
  });
});

describe("textBetween", () => {
  test("text without '<' is returned as it stands, within the range", () => {
    expect(textBetween("abcdef", 0, 6)).toBe("abcdef");
    expect(textBetween("abcdef", 1, 4)).toBe("bcd");
    expect(textBetween("abcdef", 3, 3)).toBe("");
  });

  test("a comment is left out wherever it stands, '>' inside it or not", () => {
    expect(textBetween("a<!--x-->b", 0, 10)).toBe("ab");
    expect(textBetween("<!--x-->b", 0, 9)).toBe("b");
    expect(textBetween("a<!-- 1 > 0 -->b", 0, 16)).toBe("ab");
    expect(textBetween("a<!--hidden words-->b<!---->c", 0, 29)).toBe("abc");
  });

  test("a declaration or processing instruction is left out up to its first '>'", () => {
    expect(textBetween("a<!DOCTYPE html>b", 0, 17)).toBe("ab");
    expect(textBetween("a<![endif]>b", 0, 12)).toBe("ab");
    expect(textBetween("a<?xml version='1.0'?>b", 0, 23)).toBe("ab");
    expect(textBetween("<!x>b", 0, 5)).toBe("b");
  });

  test("a '>' right before a declaration is text", () => {
    expect(textBetween("a><![endif]>b", 0, 13)).toBe("a>b");
    const html = "<span>1.</span><![endif]>Item";
    const spanEnd = tagAt(html, 1).end;
    expect(textBetween(html, spanEnd, html.length)).toBe("Item");
  });

  test("a '<' that starts no comment or declaration is kept", () => {
    expect(textBetween("1 < 2 > 0", 0, 9)).toBe("1 < 2 > 0");
    expect(textBetween("<3 and <-", 0, 9)).toBe("<3 and <-");
    expect(textBetween("a!<b", 0, 4)).toBe("a!<b");
    expect(textBetween("a?<b>c", 0, 6)).toBe("a?<b>c");
  });

  test("an unclosed comment, declaration or instruction hides the rest of the range", () => {
    expect(textBetween("a<!-- b", 0, 7)).toBe("a");
    expect(textBetween("a<!DOCTYPE b", 0, 12)).toBe("a");
    expect(textBetween("a<?xml b", 0, 8)).toBe("a");
  });

  test("a comment or declaration that ends past the range hides the rest of the range only", () => {
    expect(textBetween("a<!--x-->b", 0, 5)).toBe("a");
    expect(textBetween("a<!x>b", 0, 3)).toBe("a");
    expect(textBetween("ab<!--x-->", 0, 2)).toBe("ab");
  });
});

describe("elementEnd", () => {
  /** The element whose start tag is the `index`-th tag of `html`, as written; null when unclosed. */
  function element(html: string, index = 0): string | null {
    const open = tagAt(html, index);
    const end = elementEnd(html, open);
    return end < 0 ? null : html.slice(open.start, end);
  }

  test("an element ends at the end tag that balances nested elements of its name", () => {
    expect(element("<div>a<div>b</div>c</div>d")).toBe("<div>a<div>b</div>c</div>");
    expect(element("<div>a<div>b</div>c</div>d", 1)).toBe("<div>b</div>");
  });

  test("other elements inside, closed or not, do not count", () => {
    expect(element("<div>a<br>b<p>c<span></span></div>x")).toBe("<div>a<br>b<p>c<span></span></div>");
    expect(element("<p>a</b></i>b</p>")).toBe("<p>a</b></i>b</p>");
  });

  test("end tags are matched whatever their case", () => {
    expect(element("<DIV>x</div>y")).toBe("<DIV>x</div>");
  });

  test("an end tag in a comment or script does not close the element", () => {
    expect(element('<div><!-- </div> --><script>"</div>"</script>x</div>y')).toBe(
      '<div><!-- </div> --><script>"</div>"</script>x</div>',
    );
  });

  test("an element that is never closed has no end", () => {
    expect(element("<div>a<div>b</div>")).toBeNull();
    expect(elementEnd("<div>a", tagAt("<div>a", 0))).toBe(-1);
  });
});
