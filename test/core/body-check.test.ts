// The organizer's own content must read back unchanged: client rewrites that change no content pass;
// a lost link, lost emphasis, lost line or lost image outside our block is reported.
import { sameUserContent, userContentChange } from "../../src/core/body-check";
import { blockKey, insertBlock, renderBlock, type BlockKey } from "../../src/core/body-block";

const ORGANIZER =
  '<html><body><div>Agenda: <b>budget</b> and <a href="https://contoso.sharepoint.com/plan?a=1&amp;b=2">the plan</a></div><p>Room 7<br>2nd floor</p><img src="https://contoso.com/logo.png" alt="logo"></body></html>';
const JOIN_URL = "https://teams.microsoft.com/l/meetup-join/x";
// Made before each test, not while the file loads (mutation testing sees only run-time calls).
let KEY: BlockKey;
beforeEach(() => {
  KEY = blockKey({ v: 1, externalId: "ext-body-check", joinUrl: JOIN_URL })!;
});
// Made inside each test, not while the file loads: a broken insertBlock then fails the tests that use
// it instead of the whole file (and mutation testing attributes the code to those tests).
const block = () => renderBlock(`<a href="${JOIN_URL}">Join</a>`, "html", KEY);
const withBlock = () => insertBlock(ORGANIZER, "html", block(), KEY);

describe("sameUserContent: what the organizer wrote survives, whatever the client's serialization", () => {
  test("the same bytes, our block aside", () => {
    expect(sameUserContent(withBlock(), ORGANIZER, "html", KEY)).toBe(true);
  });

  test("a host that drops a link outside our block (text kept) is reported", () => {
    const lost = withBlock().replace(/<a href="https:\/\/contoso[^>]*>the plan<\/a>/, "the plan");
    expect(sameUserContent(lost, ORGANIZER, "html")).toBe(false);
    expect(userContentChange(ORGANIZER, lost, "html", KEY)).toContain(
      "link(https://contoso.sharepoint.com/plan?a=1&b=2)",
    );
  });

  test("a host that drops bold outside our block is reported", () => {
    expect(sameUserContent(withBlock().replace(/<\/?b>/g, ""), ORGANIZER, "html", KEY)).toBe(false);
  });

  test("a link pointing elsewhere, a lost line break or a lost image is reported", () => {
    expect(sameUserContent(withBlock().replace("plan?a=1", "plan?a=9"), ORGANIZER, "html", KEY)).toBe(false);
    expect(sameUserContent(withBlock().replace("Room 7<br>", "Room 7 "), ORGANIZER, "html", KEY)).toBe(false);
    expect(sameUserContent(withBlock().replace(/<img[^>]*>/, ""), ORGANIZER, "html", KEY)).toBe(false);
    expect(sameUserContent(withBlock().replace("budget", "budgets"), ORGANIZER, "html", KEY)).toBe(false);
  });

  test("rewrites that change no content pass: wrappers, quoting, classes, ids, entities, Word paragraphs, head, CRLF", () => {
    const rewritten =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{}</style><!--[if gte mso 9]><xml><o:shapedefaults/></xml><![endif]--></head>\r\n' +
      "<body lang=EN-US><div class=WordSection1><div class=x_elementToProof style='font-family:\"Aptos\"'>" +
      "<p class=MsoNormal><span style=\"font-size:12pt\">Agenda:&nbsp;</span><strong>budget</strong> and <span><a href='https://contoso.sharepoint.com/plan?a=1&#38;b=2' target=_blank>the&#32;plan</a></span><o:p></o:p></p></div>\r\n" +
      '<p class=MsoNormal>Room 7<br/>\r\n  2nd floor<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p><img alt="logo" src="https://contoso.com/logo.png"></p>' +
      "</div>" +
      block() +
      '<div class="elementToProof"><br></div></body></html>';
    expect(userContentChange(ORGANIZER, rewritten, "html")).toBeNull();
  });

  test("bold is bold whether <b>, <strong> or a styled span", () => {
    const a = "<div>x <b>y</b></div>";
    expect(sameUserContent("<div>x <strong>y</strong></div>", a, "html")).toBe(true);
    expect(sameUserContent('<div>x <span style="font-weight: 700">y</span></div>', a, "html")).toBe(true);
    expect(sameUserContent("<div>x <i>y</i></div>", a, "html")).toBe(false);
  });

  test("plain text: CRLF and trailing spaces are the client's, a lost word or line is not", () => {
    const text = "Agenda\nbudget\n";
    expect(sameUserContent("Agenda\r\nbudget  \r\n", text, "text")).toBe(true);
    expect(sameUserContent("Agenda budget\n", text, "text")).toBe(false);
    expect(sameUserContent("Agenda\n", text, "text")).toBe(false);
  });
});
