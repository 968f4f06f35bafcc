/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// The join text comes in the language the organizer chose, whether or not createOrGet honours
// Accept-Language (undocumented there; documented on GET /onlineMeetings/{id}), and the language of an
// existing standalone meeting can be changed without a new meeting.
import { MeetingService } from "../../src/app/meeting-service";
import { countBlocks, readBlockContent, removeBlock } from "../../src/core/body-block";
import { AppError, ErrorCode } from "../../src/core/errors";
import { FakeAppointment } from "../fakes/fake-appointment";
import { encodeJoin, FakeGraph, joinHtmlIn } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

const USER_BODY = "<html><body><p>Agenda &amp; notes</p></body></html>";

function setup(createOrGet: "honoured" | "ignored") {
  const appointment = new FakeAppointment({ body: USER_BODY });
  const graph = new FakeGraph();
  graph.acceptLanguageOnCreateOrGet = createOrGet;
  const service = new MeetingService({
    appointment,
    graph,
    settings: new FakeSettings(),
    env: new FakeEnvironment(),
  });
  return { appointment, graph, service };
}

const block = (a: FakeAppointment) => readBlockContent(a.body, "html") ?? "";

describe("adding a standalone meeting in a chosen language", () => {
  test("createOrGet ignoring Accept-Language: the meeting is read again in the chosen language", async () => {
    const { appointment, graph, service } = setup("ignored");
    await service.add({ route: "standalone", language: "ja-JP" });
    expect(graph.count("createOrGetMeeting")).toBe(1);
    const gets = graph.calls.filter((c) => c.method === "getMeeting");
    expect(gets).toHaveLength(1);
    expect(gets[0]!.args.slice(0, 2)).toEqual([appointment.stored!.meetingId, "ja-JP"]);
    expect(block(appointment)).toContain('lang="ja-JP"');
    expect(block(appointment)).not.toContain("en-US");
    expect(appointment.stored?.language).toBe("ja-JP");
    expect(graph.meetings.size).toBe(1);
  });

  test("createOrGet honouring Accept-Language: the click stays one request", async () => {
    const { appointment, graph, service } = setup("honoured");
    await service.add({ route: "standalone", language: "ja-JP" });
    expect(graph.calls.map((c) => c.method)).toEqual(["getCalendarProviders", "createOrGetMeeting"]);
    expect(block(appointment)).toContain('lang="ja-JP"');
  });

  test("the chosen language being the mailbox's: one request, even where createOrGet ignores the header", async () => {
    const { graph, service } = setup("ignored");
    await service.add({ route: "standalone", language: "en-US" });
    expect(graph.count("getMeeting")).toBe(0);
  });

  test("the second read failing keeps the meeting and its join text, and records the language it is in", async () => {
    const { appointment, graph, service } = setup("ignored");
    graph.failNext("getMeeting", new AppError(ErrorCode.offline, "down"));
    const result = await service.add({ route: "standalone", language: "ja-JP" });
    expect(result.kind).toBe("added");
    expect(block(appointment)).toContain('lang="en-US"');
    expect(appointment.stored?.language).toBe("en-US");
  });
});

describe("changing the join language of an existing meeting", () => {
  test("the same meeting, read in the new language, replaces our block; nothing else changes", async () => {
    const { appointment, graph, service } = setup("honoured");
    await service.add({ route: "standalone", language: "en-US" });
    const before = { ...appointment.stored! };
    const location = appointment.location;
    graph.calls.length = 0;

    expect(await service.changeLanguage("de-DE")).toEqual({ kind: "changed", language: "de-DE" });

    expect(graph.calls.map((c) => [c.method, c.args[1]])).toEqual([["getMeeting", "de-DE"]]);
    expect(countBlocks(appointment.body, "html")).toBe(1);
    expect(block(appointment)).toContain('lang="de-DE"');
    expect(removeBlock(appointment.body, "html")).toBe(USER_BODY);
    // The record follows the new text: its fingerprint (for finding it when a client strips markers)
    // is the new block's, everything else is as before.
    const { blockHash, blockLines, ...rest } = appointment.stored!;
    const { blockHash: oldHash, blockLines: _oldLines, ...restBefore } = before;
    expect(rest).toEqual({ ...restBefore, language: "de-DE" });
    expect(blockHash).not.toBe(oldHash);
    expect(blockLines).toBeGreaterThan(0);
    expect(appointment.location).toBe(location);
    expect(graph.meetings.size).toBe(1);
  });

  test("no standalone meeting: nothing to change, no request", async () => {
    const { graph, service } = setup("honoured");
    expect(await service.changeLanguage("de-DE")).toEqual({ kind: "nothing" });
    expect(graph.calls).toHaveLength(0);
  });

  test("a failed read changes nothing", async () => {
    const { appointment, graph, service } = setup("honoured");
    await service.add({ route: "standalone", language: "en-US" });
    const body = appointment.body;
    graph.failNext("getMeeting", new AppError(ErrorCode.timeout, "slow"));
    await expect(service.changeLanguage("de-DE")).rejects.toMatchObject({ code: ErrorCode.timeout });
    expect(appointment.body).toBe(body);
    expect(appointment.stored?.language).toBe("en-US");
  });
});

test("join text whose link the sanitizer drops: our own link in the chosen language, and no second read", async () => {
  const { appointment, graph, service } = setup("ignored");
  const original = graph.createOrGetMeeting.bind(graph);
  graph.createOrGetMeeting = async (request, language) => {
    const meeting = await original(request, language);
    // German join text whose join link is http: the sanitizer keeps only https, tel and mailto links.
    const html = joinHtmlIn("de-DE", meeting.joinWebUrl).replace("https://teams", "http://teams");
    return { ...meeting, joinInformationContent: encodeJoin(html) };
  };
  await service.add({ route: "standalone", language: "ja-JP" });
  expect(graph.count("getMeeting")).toBe(0);
  expect(appointment.stored?.language).toBe("ja-JP");
  expect(block(appointment)).toContain(appointment.stored!.joinUrl!);
  expect(block(appointment)).not.toContain("de-DE");
});
