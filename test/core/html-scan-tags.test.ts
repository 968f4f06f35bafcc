// scanTags finds tags the way a browser's tokenizer does, on the odd HTML that reaches an appointment
// body (Outlook's conditional comments and CRLF line breaks, forwarded invitations, pasted mail,
// other add-ins): what a comment, declaration or raw-text element holds is no tag, a bare "<" is
// text, quoted values may hold ">", and names are read lower-case up to a space, "/" or ">".
import { scanTags, type TagToken } from "../../src/core/html-scan";

/** Tags as "name" or "/name", in document order. At most `limit`, so a scan that loops is a failure. */
function tags(html: string, limit = 20): string[] {
  const out: string[] = [];
  for (const t of scanTags(html)) {
    out.push(t.closing ? `/${t.name}` : t.name);
    if (out.length >= limit) break;
  }
  return out;
}

/** The first tag of `html`; a test fails when there is none. */
function firstTag(html: string): TagToken {
  const [tag] = scanTags(html);
  if (!tag) throw new Error(`no tag in ${html}`);
  return tag;
}

describe("comments, declarations and processing instructions hide what they hold", () => {
  test("a tag inside a comment is no tag, even right before the comment's end", () => {
    expect(tags("<!--<b>--><i>x</i>")).toEqual(["i", "/i"]);
    expect(tags("<p><!-- <div class='x'> --></p>")).toEqual(["p", "/p"]);
  });

  test("an unclosed comment hides the rest of the body", () => {
    expect(tags("<p>a</p><!-- <div>b</div>")).toEqual(["p", "/p"]);
  });

  test("a declaration ends at its first '>': the tag it swallows is no tag", () => {
    expect(tags("<![CDATA[<b>]]><i>x</i>")).toEqual(["i", "/i"]);
    expect(tags("<!DOCTYPE html <b>><p>")).toEqual(["p"]);
  });

  test("Outlook's conditional comments are no tags, the tags between them are", () => {
    expect(tags("<![if !supportLists]><span>1.</span><![endif]><p>x</p>")).toEqual([
      "span",
      "/span",
      "p",
      "/p",
    ]);
  });

  test("a processing instruction ends at its first '>' too", () => {
    expect(tags('<?xml version="1.0"?><p>x</p>')).toEqual(["p", "/p"]);
    expect(tags("<?php echo '<b>' ?><i>")).toEqual(["i"]);
  });

  test("an unclosed declaration or instruction hides the rest, and earlier tags are found once", () => {
    expect(tags("<b>x</b> <!DOCTYPE html <i")).toEqual(["b", "/b"]);
    expect(tags("<b>x</b> <?xml version='1.0' <i")).toEqual(["b", "/b"]);
  });
});

describe("a '<' that starts no tag is text", () => {
  test("a '<' before a space, digit or sign starts no tag", () => {
    expect(tags("if 3 < 5 and 7 > 4 then <3 <= <-> <= ok")).toEqual([]);
    expect(tags("a < b <p>c</p>")).toEqual(["p", "/p"]);
  });

  test("an end tag needs a letter after '</'", () => {
    expect(tags("x </ p> </> </1> </p>")).toEqual(["/p"]);
  });

  test("every ASCII letter, upper or lower case, starts a tag name", () => {
    const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (const letter of letters) {
      expect(tags(`<${letter}x>`)).toEqual([`${letter.toLowerCase()}x`]);
    }
  });

  test("the characters next to the letters in ASCII start no tag", () => {
    // "@" and "[" surround A-Z, "`" and "{" surround a-z; "_" and "~" lie between and beyond.
    for (const c of ["@", "[", "`", "{", "_", "~", "é"]) {
      expect(tags(`<${c}x> and </${c}x>`)).toEqual([]);
    }
  });
});

describe("tag names", () => {
  test("names are read lower-case", () => {
    expect(tags('<DIV CLASS="x"><SPAN>a</SPAN></Div>')).toEqual(["div", "span", "/span", "/div"]);
    expect(tags('<A HREF="https://t.test">join</A>')).toEqual(["a", "/a"]);
  });

  test("a name ends at a space, tab, line break, form feed or carriage return", () => {
    expect(tags("<p class=x>")).toEqual(["p"]);
    expect(tags("<td\tclass=x>")).toEqual(["td"]);
    expect(tags("<p\nclass=MsoNormal>")).toEqual(["p"]);
    expect(tags("<p\fclass=x>")).toEqual(["p"]);
    expect(tags("<p\r\nclass=MsoNormal>")).toEqual(["p"]);
    expect(tags("<p\rclass=x>")).toEqual(["p"]);
  });

  test("a name ends at '/' in a self-closing tag", () => {
    expect(tags("<br/><hr />")).toEqual(["br", "hr"]);
    expect(tags("<o:p></o:p>")).toEqual(["o:p", "/o:p"]);
  });

  test("each token spans from its '<' to one past its '>'", () => {
    const html = 'x<a href="u">y</a>';
    expect([...scanTags(html)].map((t) => [t.start, t.end])).toEqual([
      [1, 13],
      [14, 18],
    ]);
  });

  test("a scan can start in the middle of the body", () => {
    const html = "<b>1</b><i>2</i>";
    expect([...scanTags(html, 8)].map((t) => t.name)).toEqual(["i", "i"]);
  });

  test("a tag that never ends with '>' ends the scan", () => {
    expect(tags("<b>x</b><div class=x")).toEqual(["b", "/b"]);
    expect(tags("<b>x</b><div")).toEqual(["b", "/b"]);
  });
});

describe("quoted attribute values", () => {
  test("a quoted '>' inside an attribute does not end the tag", () => {
    const html = '<a title="x > y" href="u">join</a>';
    expect(firstTag(html).end).toBe(html.indexOf("join"));
    expect(tags(html)).toEqual(["a", "/a"]);
    expect(tags("<p title='1 > 0'>x</p>")).toEqual(["p", "/p"]);
  });

  test("a quoted value spaced from its '=' is still quoted", () => {
    const html = '<a title = "x > y" href="u">join</a>';
    expect(firstTag(html).end).toBe(html.indexOf("join"));
    const tabbed = "<a title=\t\n'x > y'>join</a>";
    expect(firstTag(tabbed).end).toBe(tabbed.indexOf("join"));
  });

  test("a quoted value may hold the other quote and '<'", () => {
    const html = `<p title="it's <b>" data-x='say "hi" > bye'>x</p>`;
    expect(tags(html)).toEqual(["p", "/p"]);
    expect(firstTag(html).end).toBe(html.indexOf("x</p>"));
  });

  test("a quote that follows no '=' opens no value", () => {
    // The apostrophe in an unquoted value, or a stray quote after a name, is part of the text.
    expect(tags("<img alt=Bob's>caption</img>")).toEqual(["img", "/img"]);
    expect(tags(`<p class=a" title>x</p>`)).toEqual(["p", "/p"]);
    expect(tags(`<p "x>y</p>`)).toEqual(["p", "/p"]);
    const html = "<p data-x=it's>hello</p>";
    expect(firstTag(html).end).toBe(html.indexOf("hello"));
  });

  test("a quote after '=' that never closes ends the scan", () => {
    expect(tags('<b>x</b><a href="u>join</a>')).toEqual(["b", "/b"]);
  });
});

describe("raw-text elements", () => {
  test("script and style content is no tags, up to the end tag", () => {
    expect(tags('<script>if (a<b) x = "<div>";</script><p>')).toEqual(["script", "/script", "p"]);
    expect(tags("<style>p > b { }</style><b>")).toEqual(["style", "/style", "b"]);
  });

  test("the end tag of a raw-text element is found whatever its case", () => {
    expect(tags("<SCRIPT>x='<i>'</Script><b>")).toEqual(["script", "/script", "b"]);
    expect(tags("<title>A <b> title</TITLE><b>")).toEqual(["title", "/title", "b"]);
  });

  test("an unclosed raw-text element hides the rest of the body", () => {
    expect(tags("<p>a</p><textarea><div>b</div>")).toEqual(["p", "/p", "textarea"]);
  });

  test("an end tag alone is no raw-text element", () => {
    expect(tags("</script><b>x</b>")).toEqual(["/script", "b", "/b"]);
  });
});
