/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// The calendar route carries the join details Exchange wrote into the event into the open form (the
// form overwrites the server body when it is saved, and the event would stop being an online
// meeting): the join link arrives, the organizer's text survives, the location gets the link only when
// Outlook can hold it (255 characters).
import { countBlocks, readBlockContent, removeBlock } from "../../src/core/body-block";
import type { GraphEvent } from "../../src/core/types";
import { savedEvent, setup, USER_BODY } from "./harness";

const JOIN = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_CAL%40thread.v2/0";
const SEPARATOR = `<div style="width:100%"><span style="white-space:nowrap">${"_".repeat(80)}</span></div>`;

function onlineEvent(restId: string, bodyHtml: string): GraphEvent {
  return {
    id: restId,
    isOnlineMeeting: true,
    onlineMeetingProvider: "teamsForBusiness",
    joinUrl: JOIN,
    bodyHtml,
  };
}

describe("the calendar route's join block in the form", () => {
  test("a template with a single separator line still brings the join link into the form", async () => {
    const { appointment, graph, service } = setup({ itemId: "id1" });
    savedEvent(graph, "id1");
    const serverBody = `<html><body><p>Agenda</p>${SEPARATOR}<div class="me-email-text"><a href="${JOIN}">Join the meeting now</a><p>Meeting ID: 311</p></div></body></html>`;
    graph.enableOnlineMeeting = () => Promise.resolve(onlineEvent("id1", serverBody));
    await expect(service.add({ route: "auto" })).resolves.toMatchObject({ kind: "added", joinUrl: JOIN });
    const block = readBlockContent(appointment.body, "html") ?? "";
    expect(block).toContain(`href="${JOIN}"`);
    expect(block).toContain("Meeting ID: 311");
    expect(removeBlock(appointment.body, "html")).toBe(USER_BODY);
  });

  test("a block between two separators is carried whole, separators included, and nothing of the agenda", async () => {
    const { appointment, graph, service } = setup({ itemId: "id2" });
    savedEvent(graph, "id2");
    const serverBody = `<html><body><p>Agenda from the server</p>${SEPARATOR}<div><a href="${JOIN}">Join</a></div><div>Meeting ID: 312</div>${SEPARATOR}</body></html>`;
    graph.enableOnlineMeeting = () => Promise.resolve(onlineEvent("id2", serverBody));
    await service.add({ route: "auto" });
    const block = readBlockContent(appointment.body, "html") ?? "";
    expect(block).toContain("Meeting ID: 312");
    expect(block.match(/_{80}/g)).toHaveLength(2);
    expect(block).not.toContain("Agenda from the server");
    expect(countBlocks(appointment.body, "html")).toBe(1);
  });

  test("a join URL of exactly 255 characters goes into an empty location; 256 stays out", async () => {
    const prefix = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_";
    for (const [length, expected] of [
      [255, true],
      [256, false],
    ] as const) {
      const { appointment, graph, service } = setup();
      const url = prefix + "A".repeat(length - prefix.length);
      const original = graph.createOrGetMeeting.bind(graph);
      graph.createOrGetMeeting = async (...args) => ({ ...(await original(...args)), joinWebUrl: url });
      await service.add({ route: "standalone" });
      expect([length, appointment.location]).toEqual([length, expected ? url : ""]);
      expect(appointment.stored?.locationSetByUs).toBe(expected ? url : undefined);
    }
  });

  test("an occurrence read from Outlook makes its series online (the series id from the item)", async () => {
    const { appointment, graph, service } = setup({ itemId: "AAMk/occurrence+3" });
    appointment.seriesId = "AAMk/series+1";
    savedEvent(graph, "AAMk-series_1");
    await service.add({ route: "auto" });
    expect(graph.events.get("AAMk-series_1")?.isOnlineMeeting).toBe(true);
    expect(graph.events.has("AAMk-occurrence_3")).toBe(false);
  });
});
