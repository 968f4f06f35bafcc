// Plain text of join HTML: what is dropped (script, style, head), where lines break, and how
// whitespace and blank lines come out, for bodies as odd as real mail makes them.
import { htmlToText } from "../../src/core/html-to-text";

describe("content no reader sees is dropped, and the text after it is kept", () => {
  test("script, with markup-like text inside it", () => {
    expect(htmlToText('<p>Before</p><script>var s = "<b>Join</b>";</script><p>After</p>')).toBe(
      "Before\nAfter",
    );
  });

  test("style", () => {
    expect(htmlToText("<style>p { color: red; }</style>Join the meeting")).toBe("Join the meeting");
  });

  test("an upper-case SCRIPT", () => {
    expect(htmlToText("<SCRIPT>track()</SCRIPT>Agenda")).toBe("Agenda");
  });

  test("head, including stray text after an element inside it", () => {
    const html =
      '<html><head><meta charset="utf-8">Preview<title>Invitation</title>Stray</head><body><p>Join</p></body></html>';
    expect(htmlToText(html)).toBe("Join");
  });

  test("a script that is never closed hides the rest of the body", () => {
    expect(htmlToText("<p>Agenda</p><script>steal(document.cookie)")).toBe("Agenda");
  });

  test("an end tag that only starts like </script> does not end the script", () => {
    expect(htmlToText("<script>a()</scripts>b()</script>Shown")).toBe("Shown");
  });
});

test("text after the last tag is kept", () => {
  expect(htmlToText("<b>Meeting</b> at noon")).toBe("Meeting at noon");
  expect(htmlToText("No markup at all")).toBe("No markup at all");
});

describe("line breaks", () => {
  test("<br>, in its written forms, breaks the line", () => {
    expect(htmlToText("Line one<br>Line two<BR/>Line three<br />Line four")).toBe(
      "Line one\nLine two\nLine three\nLine four",
    );
  });

  test("after block elements, not after inline ones", () => {
    expect(htmlToText("<div>One</div><p>Two</p><h2>Three</h2><span>Four</span><b>Five</b>")).toBe(
      "One\nTwo\nThree\nFourFive",
    );
  });

  test("a run of blank lines becomes one blank line", () => {
    expect(htmlToText("One<br><br><br><br>Two")).toBe("One\n\nTwo");
    expect(htmlToText("<p>One</p><p></p><p></p><p>Two</p>")).toBe("One\n\nTwo");
  });

  test("a single blank line between paragraphs stays", () => {
    expect(htmlToText("One<br><br>Two<br><br>Three")).toBe("One\n\nTwo\n\nThree");
  });

  test("line breaks written in the source count as in a text body (LF and CRLF)", () => {
    expect(htmlToText("One\n\n\n\nTwo")).toBe("One\n\nTwo");
    expect(htmlToText("One  \n   Two\r\nThree")).toBe("One\nTwo\nThree");
  });

  test("blank lines at the start and the end go", () => {
    expect(htmlToText("<br><br><br>Join<br><br><br>")).toBe("Join");
  });
});

describe("whitespace", () => {
  test("runs of spaces, tabs and no-break spaces become one space", () => {
    expect(htmlToText("Meeting&nbsp;&nbsp;ID: \t 123\u00a0\u00a0456")).toBe("Meeting ID: 123 456");
  });

  test("each line is trimmed", () => {
    expect(htmlToText("<div>  One  </div><div>\tTwo&nbsp;</div>")).toBe("One\nTwo");
  });
});
