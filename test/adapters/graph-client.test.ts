// The real Graph client over real HTTP against the Graph emulator, and over a fake fetch for the
// published payloads: both routes, identity, language, auth, throttling, faults, token hygiene.
import { createGraphClient, toCalendar, toEvent, toMeeting } from "../../src/adapters/graph-client";
import { ErrorCode } from "../../src/core/errors";
import { decodeJoinInformation } from "../../src/core/join-info";
import type { TokenProvider, TokenRequest } from "../../src/ports/token-provider";
import type { GraphEmulator } from "../../emulator/graph/server";
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";
import type { GraphScenario } from "../../emulator/graph/scenario";
import { httpJson, lenientJson, text } from "../fixtures/load";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

let running: RunningEmulator;
let emulator: GraphEmulator;
let origin: string;

beforeAll(async () => {
  running = await startEmulator();
  ({ emulator, origin } = running);
});
afterAll(() => running.close());

class Tokens implements TokenProvider {
  requests: TokenRequest[] = [];
  constructor(private readonly issue: (r: TokenRequest) => string) {}
  getToken(request: TokenRequest): Promise<string> {
    this.requests.push(request);
    return Promise.resolve(this.issue(request));
  }
}

/** The request timeout, fired when a test says so: no test races a real clock. */
class ManualTimer {
  private pending = new Set<() => void>();
  started: number[] = [];
  readonly set = (ms: number, fire: () => void): (() => void) => {
    this.started.push(ms);
    this.pending.add(fire);
    return () => this.pending.delete(fire);
  };
  get armed(): number {
    return this.pending.size;
  }
  fire(): void {
    for (const f of [...this.pending]) f();
    this.pending.clear();
  }
}

function setup(
  scenario: GraphScenario = {},
  extra: {
    setTimer?: (ms: number, fire: () => void) => () => void;
    fetch?: typeof fetch;
    now?: () => Date;
  } = {},
) {
  emulator.reset(scenario);
  const tokens = new Tokens((r) => emulator.issueToken(r.scopes));
  const sleeps: number[] = [];
  const client = createGraphClient({
    baseUrl: `${origin}/v1.0`,
    tokenProvider: tokens,
    allowedOrigins: [origin],
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    ...extra,
  });
  return { client, tokens, sleeps };
}

const times = {
  subject: "Plan",
  startDateTime: "2026-12-01T09:00:00.000Z",
  endDateTime: "2026-12-01T10:00:00.000Z",
};

async function syncEvent(id: string, bodyHtml = "<html><body><div>Agenda</div></body></html>") {
  const res = await fetch(`${origin}/__emulator/events/${encodeURIComponent(id)}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ subject: "Plan", start: times.startDateTime, end: times.endDateTime, bodyHtml }),
  });
  expect(res.status).toBe(200);
}

describe("calendar route", () => {
  test("providers, then PATCH makes the event online with a join block in the body", async () => {
    const { client, tokens } = setup({
      calendar: {
        allowedOnlineMeetingProviders: ["teamsForBusiness", "skypeForBusiness"],
        defaultOnlineMeetingProvider: "teamsForBusiness",
      },
    });
    expect(await client.getCalendarProviders()).toEqual({
      allowed: ["teamsForBusiness", "skypeForBusiness"],
      defaultProvider: "teamsForBusiness",
      owner: undefined,
      canEdit: true,
    });
    await syncEvent("AAMk-1");
    const event = await client.enableOnlineMeeting("AAMk-1", "teamsForBusiness");
    expect(event.isOnlineMeeting).toBe(true);
    expect(event.onlineMeetingProvider).toBe("teamsForBusiness");
    expect(event.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(event.bodyHtml).toContain("<div>Agenda</div>");
    expect(event.bodyHtml.replace(/&amp;/g, "&")).toContain(event.joinUrl!);
    expect(tokens.requests.every((r) => r.scopes.join() === "Calendars.ReadWrite")).toBe(true);
  });

  test("online is irreversible and the provider can't change", async () => {
    const { client } = setup({
      calendar: {
        allowedOnlineMeetingProviders: ["teamsForBusiness", "skypeForBusiness"],
        defaultOnlineMeetingProvider: "teamsForBusiness",
      },
    });
    await syncEvent("AAMk-2");
    const first = await client.enableOnlineMeeting("AAMk-2", "teamsForBusiness");
    const again = await client.enableOnlineMeeting("AAMk-2", "teamsForBusiness");
    expect(again.joinUrl).toBe(first.joinUrl);
    await expect(client.enableOnlineMeeting("AAMk-2", "skypeForBusiness")).rejects.toMatchObject({
      code: ErrorCode.badRequest,
    });
    const off = await fetch(`${origin}/v1.0/me/events/AAMk-2`, {
      method: "PATCH",
      headers: {
        Authorization: `Bearer ${emulator.issueToken(["Calendars.ReadWrite"])}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ isOnlineMeeting: false }),
    });
    expect(off.status).toBe(400);
  });

  test("getEvent asks for HTML (Prefer): a text item's body still comes back as HTML", async () => {
    const { client } = setup();
    const res = await fetch(`${origin}/__emulator/events/T-1`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...times, bodyHtml: "Agenda\n1. <numbers>", bodyType: "text" }),
    });
    expect(res.status).toBe(200);
    const event = await client.getEvent("T-1");
    expect(event.bodyHtml).toContain("Agenda<br>");
    expect(event.bodyHtml).toContain("1. &lt;numbers&gt;");
  });

  test("a read-only shared calendar: canEdit false, and its PATCH refusal names the owner's sharing, not consent", async () => {
    const { client } = setup({
      sharedCalendars: {
        "boss@contoso.com": {
          allowedOnlineMeetingProviders: ["teamsForBusiness"],
          defaultOnlineMeetingProvider: "teamsForBusiness",
          access: "view",
        },
      },
    });
    expect(await client.getCalendarProviders("boss@contoso.com")).toMatchObject({ canEdit: false });
    await running.syncEvent("AAMk-v", {
      ...times,
      subject: "Plan",
      start: times.startDateTime,
      end: times.endDateTime,
      bodyHtml: "<p>x</p>",
      owner: "boss@contoso.com",
    });
    await expect(
      client.enableOnlineMeeting("AAMk-v", "teamsForBusiness", "boss@contoso.com"),
    ).rejects.toMatchObject({
      code: ErrorCode.sharedCalendarReadOnly,
      details: { status: 403, owner: "boss@contoso.com" },
    });
  });

  test("an unknown event is a typed 404", async () => {
    const { client } = setup();
    await expect(client.enableOnlineMeeting("nope", "teamsForBusiness")).rejects.toMatchObject({
      code: ErrorCode.notFound,
      details: { status: 404, graphCode: "ErrorItemNotFound" },
    });
  });

  test("a provider the calendar doesn't allow is refused", async () => {
    const { client } = setup({
      calendar: { allowedOnlineMeetingProviders: [], defaultOnlineMeetingProvider: "unknown" },
    });
    await syncEvent("AAMk-3");
    await expect(client.enableOnlineMeeting("AAMk-3", "teamsForBusiness")).rejects.toMatchObject({
      code: ErrorCode.badRequest,
    });
  });
});

describe("standalone route", () => {
  test("createOrGet: same externalId, same meeting (201 then 200)", async () => {
    const { client, tokens } = setup();
    const a = await client.createOrGetMeeting({ ...times, externalId: "ext-1" }, "en-US");
    const b = await client.createOrGetMeeting({ ...times, subject: "ignored", externalId: "ext-1" }, "en-US");
    const c = await client.createOrGetMeeting({ ...times, externalId: "ext-2" }, "en-US");
    expect(b.id).toBe(a.id);
    expect(b.subject).toBe("Plan");
    expect(c.id).not.toBe(a.id);
    expect(
      emulator
        .log()
        .filter((l) => l.path.endsWith("createOrGet"))
        .map((l) => l.status),
    ).toEqual([201, 200, 201]);
    expect(tokens.requests.every((r) => r.scopes.join() === "OnlineMeetings.ReadWrite")).toBe(true);
  });

  test.each([
    ["ja-JP", "Microsoft Teams 会議"],
    ["zh-CN", "Microsoft Teams 会议"],
    ["ru-RU", "Собрание Microsoft Teams"],
    ["de", "Microsoft Teams-Besprechung"],
  ])("Accept-Language %s gives join text in that language where Graph honours it", async (lang, phrase) => {
    const { client } = setup({ createOrGetAcceptLanguage: "honoured" });
    const m = await client.createOrGetMeeting({ ...times, externalId: `ext-${lang}` }, lang);
    const html = decodeJoinInformation(m.joinInformationContent!);
    expect(html).toContain(phrase);
    expect(html).toContain(m.joinWebUrl.replace(/&/g, "&amp;"));
    expect(emulator.log().at(-1)?.headers["accept-language"]).toBe(lang);
  });

  test("GET /onlineMeetings/{id} with Accept-Language gives the join text in that language", async () => {
    const { client } = setup();
    const m = await client.createOrGetMeeting({ ...times, externalId: "ext-get" }, "en-US");
    const again = await client.getMeeting(m.id, "ja-JP");
    expect(again.id).toBe(m.id);
    expect(again.joinWebUrl).toBe(m.joinWebUrl);
    expect(decodeJoinInformation(again.joinInformationContent!)).toContain("Microsoft Teams 会議");
    const get = emulator.log().at(-1)!;
    expect(get).toMatchObject({ method: "GET", path: `/me/onlineMeetings/${encodeURIComponent(m.id)}` });
    expect(get.headers["accept-language"]).toBe("ja-JP");
  });

  test("update and delete; deleting twice is fine", async () => {
    const { client } = setup();
    const m = await client.createOrGetMeeting({ ...times, externalId: "ext-u" }, "en-US");
    const u = await client.updateMeeting(m.id, {
      ...times,
      subject: "Moved",
      endDateTime: "2026-12-01T11:00:00.000Z",
    });
    expect(u).toMatchObject({ subject: "Moved", endDateTime: "2026-12-01T11:00:00.000Z" });
    await client.deleteMeeting(m.id);
    await client.deleteMeeting(m.id);
    await expect(client.updateMeeting(m.id, times)).rejects.toMatchObject({ code: ErrorCode.notFound });
  });

  test("a personal account gets personalAccount", async () => {
    const { client } = setup({ account: "personal" });
    await expect(client.createOrGetMeeting({ ...times, externalId: "p" }, "en-US")).rejects.toMatchObject({
      code: ErrorCode.personalAccount,
      details: { status: 403 },
    });
    expect(await client.getCalendarProviders()).toMatchObject({ allowed: ["skypeForConsumer"] });
  });

  test("a delegate reaches the owner's calendar with the .Shared scope; meetings stay on /me", async () => {
    const { client, tokens } = setup({
      sharedCalendars: {
        "boss@contoso.com": {
          allowedOnlineMeetingProviders: ["teamsForBusiness"],
          defaultOnlineMeetingProvider: "teamsForBusiness",
        },
      },
    });
    expect(await client.getCalendarProviders("boss@contoso.com")).toMatchObject({
      owner: "boss@contoso.com",
    });
    expect(tokens.requests.at(-1)?.scopes).toEqual(["Calendars.ReadWrite.Shared"]);
    await client.createOrGetMeeting({ ...times, externalId: "d" }, "en-US");
    expect(emulator.log().at(-1)).toMatchObject({ path: "/me/onlineMeetings/createOrGet", status: 201 });
    expect(tokens.requests.at(-1)?.scopes).toEqual(["OnlineMeetings.ReadWrite"]);
  });
});

describe("auth", () => {
  test("a 401 gets one fresh token and succeeds", async () => {
    const { client, tokens } = setup({ faults: [{ path: "/me/calendar", status: 401 }] });
    await client.getCalendarProviders();
    expect(tokens.requests.map((r) => r.forceRefresh)).toEqual([false, true]);
  });

  test("a claims challenge is passed back to the token provider", async () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
    const { client, tokens } = setup({
      faults: [
        {
          path: "/me/calendar",
          status: 401,
          headers: { "WWW-Authenticate": `Bearer error="insufficient_claims", claims="${btoa(claims)}"` },
        },
      ],
    });
    await client.getCalendarProviders();
    expect(tokens.requests[1]).toMatchObject({ forceRefresh: true, claims });
  });

  test("a 401 that a fresh token doesn't cure is unauthorized, after exactly two tries", async () => {
    const { client } = setup({ faults: [{ path: "/me/calendar", status: 401, count: 5 }] });
    await expect(client.getCalendarProviders()).rejects.toMatchObject({ code: ErrorCode.unauthorized });
    expect(emulator.log()).toHaveLength(2);
  });

  test("no token, no answer: the emulator refuses requests without a valid bearer", async () => {
    emulator.reset({});
    const res = await fetch(`${origin}/v1.0/me/calendar`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("InvalidAuthenticationToken");
    const bad = await fetch(`${origin}/v1.0/me/calendar`, { headers: { Authorization: "Bearer forged" } });
    expect(bad.status).toBe(401);
  });

  test("the token is never sent to a host that isn't Graph", async () => {
    let fetched = 0;
    const client = createGraphClient({
      baseUrl: "https://graph.evil.test/v1.0",
      tokenProvider: new Tokens(() => "secret"),
      fetch: () => {
        fetched++;
        return Promise.resolve(new Response("{}"));
      },
    });
    await expect(client.getCalendarProviders()).rejects.toMatchObject({ code: ErrorCode.configuration });
    expect(fetched).toBe(0);
  });

  test("the request log redacts the token", async () => {
    const { client } = setup();
    await client.getCalendarProviders();
    expect(emulator.log()[0]!.headers.authorization).toBe("Bearer <redacted>");
  });
});

describe("throttling and transient faults", () => {
  test("429 with Retry-After seconds (fractional) is honoured, then success", async () => {
    const { client, sleeps } = setup({
      faults: [{ path: "/me/onlineMeetings/createOrGet", status: 429, headers: { "Retry-After": "2.128" } }],
    });
    await client.createOrGetMeeting({ ...times, externalId: "t" }, "en-US");
    expect(sleeps).toEqual([2128]);
  });

  test("429 with Retry-After as an HTTP date", async () => {
    // The client's clock is injected: the wait is exact, however long the request took.
    const { client, sleeps } = setup(
      {
        faults: [
          { path: "/me/calendar", status: 429, headers: { "Retry-After": "Tue, 01 Dec 2026 09:00:03 GMT" } },
        ],
      },
      { now: () => new Date("2026-12-01T09:00:00.000Z") },
    );
    await client.getCalendarProviders();
    expect(sleeps).toEqual([3000]);
  });

  test("503 without Retry-After backs off with jitter, then succeeds", async () => {
    const { client, sleeps } = setup({ faults: [{ path: "/me/calendar", status: 503, count: 2 }] });
    await client.getCalendarProviders();
    expect(sleeps).toEqual([250, 500]);
  });

  test.each([
    [429, ErrorCode.throttled],
    [503, ErrorCode.serviceUnavailable],
    [504, ErrorCode.serviceUnavailable],
  ])("%i forever gives up after the bounded attempts", async (status, code) => {
    const { client, sleeps } = setup({
      faults: [{ path: "/me/calendar", status, count: 99, headers: { "Retry-After": "1" } }],
    });
    await expect(client.getCalendarProviders()).rejects.toMatchObject({ code });
    expect(emulator.log()).toHaveLength(4);
    expect(sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20_000);
  });

  test("a Retry-After above the bound is never cut short: no early retry, and the message says when", async () => {
    const { client, sleeps } = setup({
      faults: [{ path: "/me/calendar", status: 429, headers: { "Retry-After": "3600" } }],
    });
    await expect(client.getCalendarProviders()).rejects.toMatchObject({
      code: ErrorCode.throttled,
      details: { retryAfterSeconds: 3600 },
    });
    expect(sleeps).toEqual([]);
    expect(emulator.log()).toHaveLength(1);
  });

  test("a Retry-After the browser can't see gives up without inventing a wait", async () => {
    const { client } = setup({ faults: [{ path: "/me/calendar", status: 429, count: 99 }] });
    const error = await client.getCalendarProviders().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: ErrorCode.throttled });
    expect((error as { details: { retryAfterSeconds?: number } }).details.retryAfterSeconds).toBeUndefined();
  });

  test("a dropped connection is offline, not retried", async () => {
    const { client } = setup({ faults: [{ path: "/me/calendar", drop: true }] });
    await expect(client.getCalendarProviders()).rejects.toMatchObject({ code: ErrorCode.offline });
    expect(emulator.log()).toHaveLength(1);
  });

  test("a slow answer times out", async () => {
    const timer = new ManualTimer();
    const { client } = setup(
      { faults: [{ path: "/me/calendar", delayMs: 2000, status: 200, body: {} }] },
      {
        setTimer: timer.set,
        // The request is on its way (its answer is held back 2 s): now the timeout fires.
        fetch: (...args) => {
          const answer = globalThis.fetch(...args);
          queueMicrotask(() => timer.fire());
          return answer;
        },
      },
    );
    await expect(client.getCalendarProviders()).rejects.toMatchObject({ code: ErrorCode.timeout });
    expect(timer.started).toEqual([15_000]);
  });

  test("the timeout covers the body: headers then a stalled body still time out", async () => {
    const stalled = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{"allowedOnlineMeetingProviders": [');
    });
    await new Promise<void>((r) => stalled.listen(0, "127.0.0.1", r));
    const stalledOrigin = `http://127.0.0.1:${(stalled.address() as AddressInfo).port}`;
    const timer = new ManualTimer();
    let headersArrived!: () => void;
    const headers = new Promise<void>((r) => (headersArrived = r));
    const client = createGraphClient({
      baseUrl: `${stalledOrigin}/v1.0`,
      tokenProvider: new Tokens(() => "t"),
      allowedOrigins: [stalledOrigin],
      setTimer: timer.set,
      fetch: async (...args) => {
        const response = await globalThis.fetch(...args);
        headersArrived();
        return response;
      },
    });
    try {
      const call = client.getCalendarProviders();
      await headers;
      // Still armed while the body is read: the deadline is over the whole exchange.
      expect(timer.armed).toBe(1);
      timer.fire();
      await expect(call).rejects.toMatchObject({ code: ErrorCode.timeout });
    } finally {
      stalled.closeAllConnections();
      await new Promise<void>((r) => stalled.close(() => r()));
    }
  });

  test("an answered request leaves no timer behind", async () => {
    const timer = new ManualTimer();
    const { client } = setup({}, { setTimer: timer.set });
    await client.getCalendarProviders();
    expect(timer.started).toHaveLength(1);
    expect(timer.armed).toBe(0);
  });

  test.each([
    ["malformed JSON", '{"id": '],
    ["an empty body", ""],
  ])("%s is a malformed response", async (_name, body) => {
    const { client } = setup({ faults: [{ path: "/me/onlineMeetings/createOrGet", status: 201, body }] });
    await expect(client.createOrGetMeeting({ ...times, externalId: "m" }, "en-US")).rejects.toMatchObject({
      code: ErrorCode.malformedResponse,
    });
  });

  test("wrong field types are a malformed response", async () => {
    const { client } = setup({
      faults: [
        {
          path: "/me/onlineMeetings/createOrGet",
          status: 201,
          body: { id: 42, joinWebUrl: "javascript:alert(1)" },
        },
      ],
    });
    await expect(client.createOrGetMeeting({ ...times, externalId: "w" }, "en-US")).rejects.toMatchObject({
      code: ErrorCode.malformedResponse,
    });
  });

  test.each([
    [400, "ErrorInvalidIdMalformed", ErrorCode.badRequest],
    [403, "ErrorAccessDenied", ErrorCode.consentRequired],
    [403, "Forbidden", ErrorCode.forbidden],
    [409, "ErrorIrresolvableConflict", ErrorCode.conflict],
    [412, "ErrorIrresolvableConflict", ErrorCode.conflict],
    [500, "InternalServerError", ErrorCode.graphError],
  ])("%i %s maps to %s", async (status, code, expected) => {
    const { client } = setup({
      faults: [{ path: "/me/calendar", status, body: { error: { code, message: "x" } } }],
    });
    await expect(client.getCalendarProviders()).rejects.toMatchObject({
      code: expected,
      details: { status, graphCode: code },
    });
  });
});

describe("published payloads map cleanly", () => {
  test("calendar with Teams and Skype for Business (Graph docs)", () => {
    expect(
      toCalendar(httpJson("graph_calendar_get_teams_and_skypeForBusiness_graphdocs.http.txt")),
    ).toMatchObject({
      allowed: ["teamsForBusiness", "skypeForBusiness"],
      defaultProvider: "teamsForBusiness",
    });
  });

  test("calendars list: Teams allowed, default unknown; and a calendar allowing nothing", () => {
    const list = lenientJson(text("graph_calendars_list_closeio_teamsForBusiness_and_empty.json")) as {
      value: unknown[];
    };
    const mapped = list.value.map((c) => toCalendar(c));
    expect(mapped.some((c) => c.allowed.includes("teamsForBusiness"))).toBe(true);
    expect(mapped.some((c) => c.allowed.length === 0)).toBe(true);
  });

  test("PATCH 200 event: joinUrl from onlineMeeting, not the deprecated onlineMeetingUrl", () => {
    const event = toEvent(httpJson("graph_event_patch_200_teams_blob_en-US_graphdocs.http.txt"));
    expect(event).toMatchObject({ isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" });
    expect(event.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  });

  test("an event with onlineMeeting null and provider unknown", () => {
    expect(
      toEvent(lenientJson(text("graph_event_closeio_onlineMeeting_null_unknown_provider.json"))),
    ).toMatchObject({ joinUrl: null, onlineMeetingProvider: "unknown" });
  });

  test("onlineMeeting 201 (Graph docs v1.0)", () => {
    const m = toMeeting(httpJson("graph_onlinemeeting_post_201_graphdocs_v1.http.txt"));
    expect(m.joinWebUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  });

  test("the createOrGet doc sample has '(redacted)' join URL: rejected, not trusted", () => {
    expect(() => toMeeting(httpJson("graph_onlinemeeting_createOrGet_200_graphdocs.http.txt"))).toThrow(
      expect.objectContaining({ code: ErrorCode.malformedResponse }) as Error,
    );
  });
});
