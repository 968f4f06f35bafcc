// Links in plain-text join details: "label: URL" for https, tel and mailto only, each link once,
// whatever the anchor markup looks like.
import { htmlToText } from "../../src/core/html-to-text";

describe("a link's label and target", () => {
  test("text before a link is not repeated in its label", () => {
    expect(htmlToText('Join: <a href="https://x.test/j">here</a> today')).toBe(
      "Join: here: https://x.test/j today",
    );
  });

  test("the label's surrounding and inner whitespace is tidied", () => {
    expect(htmlToText('<a href="https://x.test/j">\n  Join\n   now  </a>')).toBe(
      "Join now: https://x.test/j",
    );
  });

  test("a target with spaces around it still counts as https", () => {
    expect(htmlToText('<a href="  https://x.test/j\n">Join</a>')).toBe("Join: https://x.test/j");
  });

  test("a link with no label prints its target alone", () => {
    expect(htmlToText('<a href="https://x.test/j"></a>')).toBe("https://x.test/j");
    expect(htmlToText('<a href="https://x.test/j"><img src="join.png"></a>')).toBe("https://x.test/j");
  });

  test("a label that is the target itself is not printed twice, entities and all", () => {
    expect(htmlToText('<a href="https://x.test/j?a=1&amp;b=2">https://x.test/j?a=1&amp;b=2</a>')).toBe(
      "https://x.test/j?a=1&b=2",
    );
  });
});

describe("phone and mail links", () => {
  test("tel: prints the number without its scheme", () => {
    expect(htmlToText('<a href="tel:+15550100,,123456#">Call in</a>')).toBe("Call in: +15550100,,123456#");
  });

  test("mailto:, in any case, prints the address", () => {
    expect(htmlToText('<a href="MAILTO:help@x.test">Contact</a>')).toBe("Contact: help@x.test");
  });

  test("a number or address used as its own label is printed once", () => {
    expect(
      htmlToText('<a href="tel:+15550100">+15550100</a> or <a href="mailto:a@x.test">a@x.test</a>'),
    ).toBe("+15550100 or a@x.test");
  });

  test("only a leading scheme is taken off: an https link naming mailto: keeps its URL", () => {
    expect(htmlToText('<a href="https://x.test/?next=mailto:a@x.test">Mail</a>')).toBe(
      "Mail: https://x.test/?next=mailto:a@x.test",
    );
  });
});

describe("unsafe or absent targets", () => {
  test("a scheme named later in the target does not make it safe", () => {
    expect(htmlToText("<a href=\"javascript:open('https://x.test')\">Join</a>")).toBe("Join");
    expect(htmlToText('<a href="data:text/html,tel:1">Call</a>')).toBe("Call");
  });

  test("an anchor without href is plain text", () => {
    expect(htmlToText('<a name="top">Top</a> of the invitation')).toBe("Top of the invitation");
  });
});

describe("odd anchor markup", () => {
  test("an anchor opened inside another keeps the outer link", () => {
    expect(htmlToText('<a href="https://x.test/one">One <a href="https://x.test/two">Two</a></a>')).toBe(
      "One Two: https://x.test/one",
    );
  });

  test("a stray end tag with an href opens no link", () => {
    expect(htmlToText('Text</a href="https://x.test/evil"><br>More')).toBe("Text\nMore");
  });
});
