// The comparison behind "your text survives byte for byte", rule by rule: what a client may rewrite
// without changing content (comments, Word's conditional comments, head/style/script, doctype and
// processing instructions, attribute case and padding, split runs, emphasis order, line ends and
// trailing spaces of plain text) and what is a change (a lost space, a lost line break, emphasis that
// moved, a dropped rule, a link that is no longer around its text). And the sentence that says what
// changed, which the write's failure carries.
import { firstJoinUrl, joinLinkHtml, sameUserContent, userContentChange } from "../../src/core/body-check";
import { JOIN_LANGUAGES } from "../../src/i18n/locale-list";
import { joinLinkText } from "../../src/i18n/join-text";

const html = (inner: string) => `<html><body>${inner}</body></html>`;

test.each([
  ["a comment, over several lines", "<p>Agen<!-- a\n note > b -->da</p>", "<p>Agenda</p>"],
  ["Word's conditional comments", "<p><![if !supportLists]>1. <![endif]>Item</p>", "<p>1. Item</p>"],
  [
    "a style element, however written",
    '<style type="text/css">\np { margin: 0 }\n</style ><p>A</p>',
    "<p>A</p>",
  ],
  ["a head with a title", "<head><title>Invitation</title></head><p>A</p>", "<p>A</p>"],
  ["a doctype", "<!DOCTYPE html><p>A</p>", "<p>A</p>"],
  ["an XML processing instruction", '<?xml version="1.0" encoding="utf-8"?><p>A</p>', "<p>A</p>"],
  [
    "upper-case attribute names",
    '<p><A HREF="https://contoso.com/plan">plan</A></p>',
    '<p><a href="https://contoso.com/plan">plan</a></p>',
  ],
  [
    "a link target padded with spaces",
    '<p><a href=" https://contoso.com/plan ">plan</a></p>',
    '<p><a href="https://contoso.com/plan">plan</a></p>',
  ],
  ["a word split into two runs", "<p><span>Age</span><span>nda</span></p>", "<p>Agenda</p>"],
  ["bold split into two runs", "<p><b>Age</b><b>nda</b></p>", "<p><b>Agenda</b></p>"],
  [
    "bold and italic nested the other way round",
    "<p><b><i>Agenda</i></b></p>",
    "<p><i><b>Agenda</b></i></p>",
  ],
  [
    "a span inside a link",
    '<p><a href="https://contoso.com/plan"><span>plan</span></a></p>',
    '<p><a href="https://contoso.com/plan">plan</a></p>',
  ],
  ["two spaces or a no-break space for one", "<p>A  B&nbsp;C</p>", "<p>A B C</p>"],
  [
    "an image with an empty alt or none",
    '<p><img src="https://contoso.com/logo.png" alt=""></p>',
    '<p><img src="https://contoso.com/logo.png"></p>',
  ],
  ["an image with an empty src or none", '<p><img alt="logo"></p>', '<p><img src="" alt="logo"></p>'],
  ["a rule closed too", "<p>A</p><hr></hr><p>B</p>", "<p>A</p><hr><p>B</p>"],
  ["a space across two runs", "<p>A <span> B</span></p>", "<p>A B</p>"],
  ["a trailing space in a paragraph", "<p>Agenda </p>", "<p>Agenda</p>"],
  ["a self-closed b (no emphasis)", "<p><b/>Agenda</p>", "<p>Agenda</p>"],
  ["a stray end tag", "<p><b>Agen</i>da</b></p>", "<p><b>Agenda</b></p>"],
  [
    "an href on something other than a link",
    '<p><span href="https://contoso.com/x">plan</span></p>',
    "<p>plan</p>",
  ],
])("html: %s changes no content", (_name, a, b) => {
  expect(userContentChange(html(a), html(b), "html")).toBeNull();
  expect(sameUserContent(html(a), html(b), "html")).toBe(true);
});

test.each([
  ["a space lost between words", "<p>Agenda notes</p>", "<p>Agendanotes</p>"],
  ["bold that now ends mid-word", "<p><b>Age</b>nda</p>", "<p><b>Agenda</b></p>"],
  ["a dropped rule", "<p>A</p><hr><p>B</p>", "<p>A</p><p>B</p>"],
  [
    "another image",
    '<p><img src="https://contoso.com/a.png"></p>',
    '<p><img src="https://contoso.com/b.png"></p>',
  ],
  [
    "another alt text",
    '<p><img src="https://contoso.com/a.png" alt="logo"></p>',
    '<p><img src="https://contoso.com/a.png" alt="photo"></p>',
  ],
  ["an image turned into the text of its address", '<p><img src="x" alt="y"></p>', "<p>(x|y)</p>"],
])("html: %s is a change", (_name, a, b) => {
  expect(userContentChange(html(a), html(b), "html")).not.toBeNull();
  expect(sameUserContent(html(a), html(b), "html")).toBe(false);
});

test("a span around the whole body changes nothing, even when its first element is bold", () => {
  expect(userContentChange("<b>A</b> B", "<span><b>A</b> B</span>", "html")).toBeNull();
});

test.each([
  ["old Mac line ends (CR)", "Agenda\rNotes", "Agenda\nNotes"],
  ["Windows line ends", "Agenda\r\nNotes", "Agenda\nNotes"],
  ["trailing spaces and tabs", "Agenda \t\nNotes  ", "Agenda\nNotes"],
  ["blank lines before and after", "\n\nAgenda\nNotes\n\n", "Agenda\nNotes"],
])("text: %s change no content", (_name, a, b) => {
  expect(userContentChange(a, b, "text")).toBeNull();
});

test.each([
  ["a space inside a line", "Agenda notes", "Agendanotes"],
  ["a line break", "Agenda\nNotes", "AgendaNotes"],
  ["one blank line of two at the start", "\n\nAgenda", "\nAgenda"],
])("text: %s is a change", (_name, a, b) => {
  expect(userContentChange(`Intro\n${a}`, `Intro\n${b}`, "text")).not.toBeNull();
});

test("the change is said as the first line that differs, with its emphasis and link", () => {
  expect(
    userContentChange(
      html('<p><b><i>Plan</i></b> <a href="https://contoso.com/p">here</a></p>'),
      html("<p><b><i>Plan</i></b> here</p>"),
      "html",
    ),
  ).toBe('was "«bold+italic»Plan «link(https://contoso.com/p)»here", now "«bold+italic»Plan «»here"');
  expect(userContentChange(html("<p>A</p><hr>"), html("<p>A</p>"), "html")).toBe('was "hr", now "(end)"');
  expect(userContentChange(html("<p>A</p>"), html("<p>A</p><p>B</p>"), "html")).toBe(
    'was "(end)", now "«»B"',
  );
  expect(userContentChange("Agenda\nNotes", "Agenda\nNotez", "text")).toBe('was "Notes", now "Notez"');
});

test("the first https join link of a block, in either body type, with &amp; read as &", () => {
  expect(
    firstJoinUrl(
      '<a href="http://x">x</a><a href="https://teams.microsoft.com/l/x?a=1&amp;b=2">Join</a>',
      "html",
    ),
  ).toBe("https://teams.microsoft.com/l/x?a=1&b=2");
  expect(firstJoinUrl("Join: https://teams.microsoft.com/l/y more text", "text")).toBe(
    "https://teams.microsoft.com/l/y",
  );
  expect(firstJoinUrl("<p>no link</p>", "html")).toBeNull();
  expect(firstJoinUrl("no link", "text")).toBeNull();
});

test("our own join link escapes its URL, and no join language's label holds markup characters", () => {
  expect(joinLinkHtml('https://teams.microsoft.com/l/x?a=1&b="2"', "en-US")).toContain(
    'href="https://teams.microsoft.com/l/x?a=1&amp;b=&quot;2&quot;"',
  );
  for (const language of JOIN_LANGUAGES) expect(joinLinkText(language)).not.toMatch(/[<>&]/);
});
