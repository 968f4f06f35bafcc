// tagAttributes reads a tag's attributes the way the tokenizer does: names lower-case, values as
// written (quoted or not, entities left alone), a name alone has the value "", the first of two
// equal names wins, and no value reaches past the tag's own '>'. Outlook writes unquoted values,
// CRLF between attributes and upper-case names; other add-ins write "/>" and odd spacing.
import { scanTags, tagAttributes, type TagToken } from "../../src/core/html-scan";

/** The attributes of the `index`-th tag of `html`, as [name, value] pairs in the order read. */
function attrs(html: string, index = 0): [string, string][] {
  const tag = [...scanTags(html)][index];
  if (!tag) throw new Error(`no tag ${index} in ${html}`);
  return [...tagAttributes(html, tag)];
}

function firstTag(html: string): TagToken {
  const [tag] = scanTags(html);
  if (!tag) throw new Error(`no tag in ${html}`);
  return tag;
}

test("quoted and unquoted values are read as written", () => {
  expect(attrs(`<a href="https://t.test/j?a=1&amp;b=2" target=_blank title='Join'>`)).toEqual([
    ["href", "https://t.test/j?a=1&amp;b=2"],
    ["target", "_blank"],
    ["title", "Join"],
  ]);
});

test("names are lower-cased, values keep their case", () => {
  expect(attrs(`<P CLASS=MsoNormal Style='Margin:0cm'>`)).toEqual([
    ["class", "MsoNormal"],
    ["style", "Margin:0cm"],
  ]);
});

test("a name without '=' has the empty value, wherever it stands", () => {
  expect(attrs("<input disabled class=x>")).toEqual([
    ["disabled", ""],
    ["class", "x"],
  ]);
  expect(attrs("<input type=checkbox checked>")).toEqual([
    ["type", "checkbox"],
    ["checked", ""],
  ]);
});

test("an empty quoted value is empty and the next attribute is read whole", () => {
  expect(attrs(`<a title="" href=u id=''>`)).toEqual([
    ["title", ""],
    ["href", "u"],
    ["id", ""],
  ]);
});

test("spaces, tabs and line breaks around '=' are allowed", () => {
  expect(attrs(`<a href = "u" id= x title ='t' lang\t=\r\nen>`)).toEqual([
    ["href", "u"],
    ["id", "x"],
    ["title", "t"],
    ["lang", "en"],
  ]);
});

test("attributes may be separated by any HTML space, as Outlook's CRLF", () => {
  expect(attrs("<p\r\nclass=MsoNormal\r\nstyle='margin:0'\tid=a\fdir=ltr>")).toEqual([
    ["class", "MsoNormal"],
    ["style", "margin:0"],
    ["id", "a"],
    ["dir", "ltr"],
  ]);
});

test("a quoted value keeps its spaces, '>', '=' and the other quote", () => {
  expect(attrs(`<a title="x > y = z" data-q='say "hi"'>`)).toEqual([
    ["title", "x > y = z"],
    ["data-q", 'say "hi"'],
  ]);
});

test("the first of two equal names wins, whatever their case", () => {
  expect(attrs(`<a href="first" HREF="second" href=third>`)).toEqual([["href", "first"]]);
});

test("'/' separates attributes and ends a name, and a self-closing tag has no '/' attribute", () => {
  expect(attrs("<br/>")).toEqual([]);
  expect(attrs("<br />")).toEqual([]);
  expect(attrs("<p >")).toEqual([]);
  expect(attrs(`<img src="a.png"/alt="b">`)).toEqual([
    ["src", "a.png"],
    ["alt", "b"],
  ]);
  expect(attrs(`<input type="checkbox" checked/>`)).toEqual([
    ["type", "checkbox"],
    ["checked", ""],
  ]);
  expect(attrs("<a/href=x>")).toEqual([["href", "x"]]);
});

test("an unquoted value runs to the next space, '/' included", () => {
  expect(attrs("<td width=50% class=x/y>")).toEqual([
    ["width", "50%"],
    ["class", "x/y"],
  ]);
});

test("the tag's own name is never an attribute, whatever stands before the tag", () => {
  expect(attrs("<b><i class=x>", 1)).toEqual([["class", "x"]]);
  expect(attrs("text <p id=1>")).toEqual([["id", "1"]]);
  expect(attrs("x<p id=1>")).toEqual([["id", "1"]]);
  expect(attrs("<p>a</p class=x>", 1)).toEqual([["class", "x"]]);
});

test("a quote that opens a value but does not close inside the tag runs to the tag's end, no further", () => {
  // The scanner takes b="c k=' d" as one quoted value, so the tag ends at the first '>'; read as
  // attributes, the apostrophe after k= opens a value that closes only in the text after the tag.
  const html = `<p a=b="c k=' d"> it's`;
  expect(firstTag(html).end).toBe(html.indexOf(" it's"));
  expect(attrs(html)).toEqual([
    ["a", 'b="c'],
    ["k", ' d"'],
  ]);
  expect(attrs(`<p a=b="c k=' d">`)).toEqual([
    ["a", 'b="c'],
    ["k", ' d"'],
  ]);
});
