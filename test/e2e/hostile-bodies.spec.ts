// Hostile bodies through both routes and removal (issue #17.1): text shaped like our join block —
// Outlook on the web's x_ copy from received mail, the old marker with comment-hidden div tags
// around the organizer's paragraph — is the organizer's text. The pane never shows its link as
// Join, adds a real meeting beside it, and removal leaves it exactly as the Outlook client keeps it.
// Under Outlook on the web (the default profile: classes, data- attributes, comments and <html>/<body>
// go, office-js #5296) and under a client that rewrites nothing, so both the rewritten and the
// byte-for-byte body are checked.
import { expect, test, type Page } from "@playwright/test";
import { blockTag } from "../../src/core/body-block";
import {
  appointment,
  clientView,
  failOnConsoleErrors,
  graphLog,
  openWorkbench,
  paneReady,
} from "./workbench";

failOnConsoleErrors();

interface Span {
  start: number;
  end: number;
}

/** The item's record as the add-in stored it (custom property "omo"). */
function stored(customProperties: Record<string, unknown>): { externalId: string; joinUrl: string } {
  const raw = customProperties["omo"];
  expect(typeof raw).toBe("string");
  const record = JSON.parse(raw as string) as { externalId?: string; joinUrl?: string };
  expect(record.externalId).toBeTruthy();
  expect(record.joinUrl).toBeTruthy();
  return { externalId: record.externalId!, joinUrl: record.joinUrl! };
}

/**
 * Our blocks bound to the item: a div whose id carries the item's tag (the one marker every client
 * keeps, office-js #6463) and whose content holds the stored join link. Whatever else is
 * marker-shaped is the organizer's text.
 */
function boundBlocks(body: string, record: { externalId: string; joinUrl: string }): Span[] {
  const opening = new RegExp(`<div\\b[^>]*\\bid="omo-join-block-${blockTag(record.externalId)}"[^>]*>`, "gi");
  const spans: Span[] = [];
  for (const m of body.matchAll(opening)) {
    const divs = /<\/?div\b[^>]*>/gi;
    divs.lastIndex = m.index;
    let depth = 0;
    let end = -1;
    for (let d = divs.exec(body); d; d = divs.exec(body)) {
      depth += d[0].startsWith("</") ? -1 : 1;
      if (depth === 0) {
        end = d.index + d[0].length;
        break;
      }
    }
    expect(end).toBeGreaterThan(m.index);
    const content = body.slice(m.index, end).replace(/&amp;/g, "&");
    if (content.includes(record.joinUrl)) spans.push({ start: m.index, end });
  }
  return spans;
}

/** The body without the one bound block of ours. */
function withoutOurBlock(body: string, block: Span): string {
  return body.slice(0, block.start) + body.slice(block.end);
}

const openIn = (page: Page, scenario: string, client: string) =>
  openWorkbench(page, scenario, `&outlookClient=${client}`);

for (const client of ["web", "verbatim"] as const) {
  test.describe(`Outlook client "${client}"`, () => {
    test("standalone route: a forged block is neither our meeting nor a Join link; add and remove keep it", async ({
      page,
    }) => {
      const p = await openIn(page, "forged-marker", client);
      await paneReady(p);
      const before = await appointment(page);
      // What this client makes of the organizer's body: the forged blocks as it keeps them.
      const organizer = await clientView(page, before.body);
      expect(organizer).toContain("evil.example/join2");
      await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "false");
      await expect(p.getByTestId("join-link")).toBeHidden();
      await expect(p.getByTestId("state")).toHaveText("This appointment is not an online meeting yet.");

      await p.getByTestId("switch").click();
      await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
      await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "true");
      await expect(p.getByTestId("join-link")).toHaveAttribute("href", /^https:\/\/teams\.microsoft\.com\//);
      const after = await appointment(page);
      const blocks = boundBlocks(after.body, stored(after.customProperties));
      expect(blocks).toHaveLength(1);
      // Exactly one block added; everything else, the forged blocks included, is the client's copy.
      expect(withoutOurBlock(after.body, blocks[0]!)).toBe(organizer);
      expect(
        (await graphLog(page)).filter((r) => r.path.endsWith("/onlineMeetings/createOrGet")),
      ).toHaveLength(1);

      await p.getByTestId("switch").click();
      await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "false");
      const removed = await appointment(page);
      expect(removed.body).toBe(organizer);
      if (client === "verbatim") expect(removed.body).toBe(before.body);
      expect((await graphLog(page)).filter((r) => r.method === "DELETE")).toHaveLength(1);
    });

    test("calendar route: the event's join block goes in beside the forged one, which stays as it was", async ({
      page,
    }) => {
      const p = await openIn(page, "forged-marker-calendar", client);
      await paneReady(p);
      const before = await appointment(page);
      const organizer = await clientView(page, before.body);
      expect(organizer).toContain("evil.example/join2");
      await expect(p.getByTestId("join-link")).toBeHidden();
      await p.getByTestId("switch").click();
      // The calendar route always asks before its irreversible PATCH: wait for the question, don't race it.
      await p.getByTestId("confirm-continue").click();
      await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
      await expect(p.getByTestId("error")).toBeHidden();
      const after = await appointment(page);
      const blocks = boundBlocks(after.body, stored(after.customProperties));
      expect(blocks).toHaveLength(1);
      expect(withoutOurBlock(after.body, blocks[0]!)).toBe(organizer);
      if (client === "verbatim") expect(withoutOurBlock(after.body, blocks[0]!)).toBe(before.body);
    });
  });
}
