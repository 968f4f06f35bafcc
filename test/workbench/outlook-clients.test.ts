// The Outlook client profiles both workbench hosts apply to bodies the add-in sets: each rewrite as
// its source describes it, idempotent, content-preserving on real bodies, and the same on the
// stand-in and on the host behind Microsoft's runtime.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  DEFAULT_OUTLOOK_CLIENT,
  OUTLOOK_CLIENTS,
  outlookClient,
} from "../../workbench/outlook-clients/profiles";
import { WorkbenchHost } from "../../workbench/office-host/workbench-host";
import { createOffice } from "../../workbench/office-host/office-facade";
import { DispatchId, OutlookWebHost } from "../../workbench/office-runtime/outlook-web-host";
import {
  blockKey,
  countBlocks,
  insertBlock,
  removeBlock,
  renderBlock,
  type BlockKey,
} from "../../src/core/body-block";
import { sameUserContent } from "../../src/core/body-check";
import type { Scenario } from "../../workbench/scenario";

const REAL = join(__dirname, "../fixtures/real");
const realBodies = readdirSync(REAL)
  .filter((f) => f.startsWith("body_"))
  .map((f) => [f, readFileSync(join(REAL, f), "utf8")] as const);
const bodies: (readonly [string, string])[] = [
  ["minimal", "<html><body><div>Agenda</div></body></html>"],
  [
    "links and emphasis",
    '<html><head><style>p{}</style></head><body><div class="x" data-k="1">Agenda &amp; <b>notes</b> &#39;q&#39;</div><p><a href="https://contoso.com/a?b=1&amp;c=2" name="top">plan</a><br>next</p></body></html>',
  ],
  ...realBodies,
];
const JOIN_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=%7b%7d";
const KEY: BlockKey = blockKey({ v: 1, externalId: "ext-outlook-clients", joinUrl: JOIN_URL })!;
const BLOCK = renderBlock(
  `<div style="font-family:&quot;Segoe UI&quot;"><span>Microsoft Teams meeting</span><br><a href="${JOIN_URL}">Join the meeting now</a></div>`,
  "html",
  KEY,
);

describe("the Outlook client profiles", () => {
  test("the workbench and every e2e test run under a rewriting client (Outlook on the web) unless told", () => {
    expect(DEFAULT_OUTLOOK_CLIENT).toBe("web");
    expect(outlookClient("web").html("<div>a</div>")).not.toBe("<div>a</div>");
  });

  test("every rule of every profile names its source, or says it is assumed", () => {
    for (const name of OUTLOOK_CLIENTS) {
      const client = outlookClient(name);
      expect(client.rules.length).toBeGreaterThan(0);
      for (const rule of client.rules)
        expect(rule.source).toMatch(/#\d+|fixtures|body_|HTML standard|assumed|control/);
    }
  });

  test.each(OUTLOOK_CLIENTS)(
    "%s: a second pass changes nothing (Outlook re-reads its own HTML as it wrote it)",
    (name) => {
      const client = outlookClient(name);
      for (const [, body] of bodies) {
        const once = client.html(insertBlock(body, "html", BLOCK, KEY));
        expect(client.html(once)).toBe(once);
      }
    },
  );

  test.each(OUTLOOK_CLIENTS)(
    "%s: real bodies with our block keep the organizer's content, and the block is found once",
    (name) => {
      const client = outlookClient(name);
      for (const [file, body] of bodies) {
        const readBack = client.html(insertBlock(body, "html", BLOCK, KEY));
        expect([file, countBlocks(readBack, "html", KEY)]).toEqual([file, 1]);
        expect([file, sameUserContent(readBack, body, "html", KEY)]).toEqual([file, true]);
        // Taking the block out again leaves exactly what the client makes of the original.
        expect(client.html(removeBlock(readBack, "html", KEY))).toBe(client.html(body));
      }
    },
  );

  test("web: content only, classes but elementToProof and data- attributes gone, ids kept, browser serialization", () => {
    const out = outlookClient("web").html(
      '<html><head><style>x</style></head><body><div id="keep" class="mine" data-omo="1" title=\'a "q"\'>Hi &#39;you&#39; &rsquo;</div></body></html>',
    );
    expect(out).not.toMatch(/<html|<head|<body|<style/);
    expect(out).not.toContain("mine");
    expect(out).not.toContain("data-omo");
    expect(out).toContain('id="keep"');
    expect(out).toContain('class="elementToProof"');
    expect(out).toContain('title="a &quot;q&quot;"');
    expect(out).toContain("Hi 'you' \u2019");
    expect(out).toMatch(/<span style="font-family: Aptos[^"]*">Hi/);
    expect(out).toMatch(/<div class="elementToProof" style="[^"]*"><br><\/div>$/);
  });

  test("classic: a Word document with MsoNormal paragraphs, <o:p>, Word's quoting, target=_blank and CRLF", () => {
    const out = outlookClient("classic").html(
      '<div id="a" data-x="1">Hi <a href="https://x.test/">x</a></div>\n<p>Two</p>',
    );
    expect(out).toContain('<meta name=Generator content="Microsoft Word 15 (filtered medium)">');
    expect(out).toContain("<div class=WordSection1>");
    expect(out).toContain(
      '<div id=a><p class=MsoNormal>Hi <a href="https://x.test/" target=_blank>x</a><o:p></o:p></p></div>',
    );
    expect(out).toContain("<p class=MsoNormal>Two<o:p></o:p></p>");
    expect(out).not.toContain("data-x");
    expect(out.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(outlookClient("classic").text("a\nb")).toBe("a\r\nb");
  });

  test("mac: a whole Word document (filtered), read back late once", () => {
    const mac = outlookClient("mac");
    expect(mac.html("<p>a</p>")).toContain('content="Microsoft Word 15 (filtered)"');
    expect(mac.staleReadAfterSet).toBe(true);
  });

  test("mobile: ids get an x_ prefix, classes and data- attributes go", () => {
    expect(
      outlookClient("mobile").html('<div id="omo-join-block" class="omo-join-block" data-omo="1">a</div>'),
    ).toBe('<div id="x_omo-join-block">a</div>');
  });

  test("verbatim: reads back what was set", () => {
    expect(outlookClient("verbatim").html("<DIV class=a>x</DIV>")).toBe("<DIV class=a>x</DIV>");
  });
});

const scenario: Scenario = {
  name: "t",
  description: "",
  mailbox: {
    displayName: "M",
    emailAddress: "m@contoso.com",
    accountType: "enterprise",
    displayLanguage: "en-US",
  },
  appointment: {
    isNew: true,
    subject: "S",
    start: "2026-12-01T09:00:00.000Z",
    end: "2026-12-01T10:00:00.000Z",
    location: "",
    requiredAttendees: [],
    optionalAttendees: [],
    bodyType: "html",
    body: "<html><body><div>Agenda</div></body></html>",
  },
  graph: {},
};

function standInSetAndGet(host: WorkbenchHost, html: string): Promise<string[]> {
  const office = createOffice(host, {} as Window);
  const item = office.context.mailbox.item as Office.AppointmentCompose;
  return new Promise((resolve) => {
    item.body.setAsync(html, { coercionType: "html" }, () =>
      item.body.getAsync("html", (first) =>
        item.body.getAsync("html", (second) => resolve([first.value, second.value])),
      ),
    );
  });
}

async function runtimeSetAndGet(host: WorkbenchHost, html: string): Promise<string[]> {
  const outlook = new OutlookWebHost(() => host, {
    location: { origin: "", pathname: "" },
    addEventListener: () => undefined,
  } as unknown as Window);
  const dispatch = (
    outlook as unknown as { dispatch(id: number, p: Record<string, unknown>): Promise<{ data: string }> }
  ).dispatch.bind(outlook);
  await dispatch(DispatchId.setBody, { data: html, coercionType: 3 });
  return [
    (await dispatch(DispatchId.getBody, { coercionType: 3 })).data,
    (await dispatch(DispatchId.getBody, { coercionType: 3 })).data,
  ];
}

describe("both hosts apply the chosen profile", () => {
  test.each(OUTLOOK_CLIENTS)(
    "%s: the stand-in and the runtime's host store and answer alike",
    async (name) => {
      const html = insertBlock(scenario.appointment.body, "html", BLOCK);
      const a = new WorkbenchHost(scenario, "/graph/__emulator", name);
      const b = new WorkbenchHost(scenario, "/graph/__emulator", name);
      const fromStandIn = await standInSetAndGet(a, html);
      const fromRuntime = await runtimeSetAndGet(b, html);
      expect(fromStandIn).toEqual(fromRuntime);
      expect(a.appointment.body).toBe(outlookClient(name).html(html));
      // Outlook for Mac answers the first read after a write with the body from before it (#5983).
      expect(fromStandIn[0]).toBe(name === "mac" ? scenario.appointment.body : a.appointment.body);
      expect(fromStandIn[1]).toBe(a.appointment.body);
    },
  );

  test("a scenario picks its client; the URL's (or the automation's) override wins", () => {
    const s = { ...scenario, outlook: { client: "classic" as const } };
    expect(new WorkbenchHost(s).client.name).toBe("classic");
    expect(new WorkbenchHost(s, "/graph/__emulator", "mobile").client.name).toBe("mobile");
    const host = new WorkbenchHost(scenario);
    expect(host.client.name).toBe("web");
    host.setClient("mac");
    host.load(scenario);
    expect(host.client.name).toBe("mac");
    host.setClient(null);
    expect(host.client.name).toBe("web");
  });

  test("what the user types in the form is kept as typed", () => {
    const host = new WorkbenchHost(scenario);
    host.setBody("<div class=x>typed</div>", "html");
    expect(host.appointment.body).toBe("<div class=x>typed</div>");
  });
});
