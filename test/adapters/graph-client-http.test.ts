// The Graph client's HTTP contract over an injected fetch (no server): the exact request it sends
// (URL, method, headers, body), which answers it retries and how long it waits with its own default
// clock and timers (jest's fake ones), how each failure maps to a product error, and what it makes of
// an answer that is cut off, empty, not JSON, or JSON of the wrong shape.
import { claimsChallenge, createGraphClient, mapError } from "../../src/adapters/graph-client";
import { AppError, ErrorCode } from "../../src/core/errors";
import type { TokenRequest } from "../../src/ports/token-provider";

interface Sent {
  url: string;
  method: string | undefined;
  headers: Record<string, string>;
  body: BodyInit | null | undefined;
  signal: AbortSignal | null | undefined;
}

type Answer = Response | Error | ((sent: Sent) => Promise<Response>);

/** A fetch that records each request and answers from a script (the last answer repeats). */
function scriptedFetch(...answers: Answer[]) {
  const sent: Sent[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    const request: Sent = {
      url: input instanceof Request ? input.url : input.toString(),
      method: init?.method,
      headers: { ...(init?.headers as Record<string, string>) },
      body: init?.body,
      signal: init?.signal,
    };
    sent.push(request);
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (answer instanceof Error) return Promise.reject(answer);
    if (typeof answer === "function") return answer(request);
    return Promise.resolve(answer.clone());
  };
  return { sent, fetchFn };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
const graphError = (status: number, code: unknown, headers: Record<string, string> = {}) =>
  json({ error: { code, message: "the text Graph gives" } }, status, headers);

const JOIN = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0";
const MEETING = { id: "MSo1", joinWebUrl: JOIN };
const EVENT = { id: "AAMk-1", isOnlineMeeting: false, body: { contentType: "html", content: "<p>x</p>" } };
const CALENDAR = {
  allowedOnlineMeetingProviders: ["teamsForBusiness"],
  defaultOnlineMeetingProvider: "teamsForBusiness",
};
const TIMES = {
  subject: "Plan",
  startDateTime: "2026-12-01T09:00:00.000Z",
  endDateTime: "2026-12-01T10:00:00.000Z",
};

function client(fetchFn: typeof fetch, extra: Partial<Parameters<typeof createGraphClient>[0]> = {}) {
  const tokens: TokenRequest[] = [];
  const sleeps: number[] = [];
  const graph = createGraphClient({
    baseUrl: "https://graph.microsoft.com/v1.0",
    tokenProvider: {
      getToken: (r) => {
        tokens.push(r);
        return Promise.resolve(`token-${tokens.length}`);
      },
    },
    fetch: fetchFn,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    ...extra,
  });
  return { graph, tokens, sleeps };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("the request on the wire", () => {
  test("a GET carries the bearer token and the Prefer header, and no body or Content-Type", async () => {
    const { sent, fetchFn } = scriptedFetch(json(EVENT));
    const { graph } = client(fetchFn);
    await graph.getEvent("AAMk/1=");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      url: "https://graph.microsoft.com/v1.0/me/events/AAMk%2F1%3D?$select=id,isOnlineMeeting,onlineMeetingProvider,onlineMeeting,body",
      method: "GET",
      body: undefined,
    });
    expect(sent[0]!.headers).toEqual({
      Authorization: "Bearer token-1",
      Prefer: 'outlook.body-content-type="html"',
    });
  });

  test("a PATCH sends its body as JSON with Content-Type application/json", async () => {
    const { sent, fetchFn } = scriptedFetch(json(MEETING));
    const { graph } = client(fetchFn);
    await graph.updateMeeting("MSo1", TIMES);
    expect(sent[0]).toMatchObject({
      url: "https://graph.microsoft.com/v1.0/me/onlineMeetings/MSo1",
      method: "PATCH",
    });
    expect(sent[0]!.headers).toEqual({ Authorization: "Bearer token-1", "Content-Type": "application/json" });
    expect(JSON.parse(sent[0]!.body as string)).toEqual(TIMES);
  });

  test("getMeeting asks in the user's language; the meeting-option calls ask for evolvable enum members", async () => {
    const { sent, fetchFn } = scriptedFetch(json(MEETING));
    const { graph } = client(fetchFn);
    await graph.getMeeting("MSo1", "ja-JP");
    await graph.getMeetingOptions("MSo1");
    await graph.updateMeetingOptions("MSo1", { allowMeetingChat: "disabled" });
    expect(sent.map((s) => [s.method, s.headers["Accept-Language"], s.headers.Prefer])).toEqual([
      ["GET", "ja-JP", undefined],
      ["GET", undefined, "include-unknown-enum-members"],
      ["PATCH", undefined, "include-unknown-enum-members"],
    ]);
    expect(JSON.parse(sent[2]!.body as string)).toEqual({ allowMeetingChat: "disabled" });
  });

  test("DELETE sends no body and reads none", async () => {
    const { sent, fetchFn } = scriptedFetch(new Response(null, { status: 204 }));
    const { graph } = client(fetchFn);
    await expect(graph.deleteMeeting("MSo1")).resolves.toBeUndefined();
    expect(sent[0]).toMatchObject({ method: "DELETE", body: undefined });
    expect(sent[0]!.headers).toEqual({ Authorization: "Bearer token-1" });
  });

  test.each([
    ["https://graph.microsoft.com/v1.0/", "one trailing slash"],
    ["https://graph.microsoft.com/v1.0///", "several trailing slashes"],
  ])("a base URL with %s (%s) still gives one slash before the path", async (baseUrl) => {
    const { sent, fetchFn } = scriptedFetch(json(CALENDAR));
    const { graph } = client(fetchFn, { baseUrl });
    await graph.getCalendarProviders();
    expect(sent[0]!.url).toBe(
      "https://graph.microsoft.com/v1.0/me/calendar?$select=allowedOnlineMeetingProviders,defaultOnlineMeetingProvider,canEdit",
    );
  });

  test("a base URL that is no URL is a configuration error, and no token is asked for", async () => {
    const { sent, fetchFn } = scriptedFetch(json(CALENDAR));
    const { graph, tokens } = client(fetchFn, { baseUrl: "graph.microsoft.com/v1.0" });
    expect((await failure(graph.getCalendarProviders())).code).toBe(ErrorCode.configuration);
    expect(tokens).toEqual([]);
    expect(sent).toEqual([]);
  });
});

describe("a personal account on the standalone route, whichever call meets it", () => {
  // Graph answers a consumer account's onlineMeetings calls with AuthenticationError; only on that
  // route does it mean "personal account" (rule: the kind of call decides, not the message).
  const calls: [string, (g: ReturnType<typeof createGraphClient>) => Promise<unknown>][] = [
    ["getMeeting", (g) => g.getMeeting("MSo1", "en-US")],
    ["updateMeeting", (g) => g.updateMeeting("MSo1", TIMES)],
    ["deleteMeeting", (g) => g.deleteMeeting("MSo1")],
    ["getMeetingOptions", (g) => g.getMeetingOptions("MSo1")],
    ["findMeetingByJoinUrl", (g) => g.findMeetingByJoinUrl(JOIN)],
    ["updateMeetingOptions", (g) => g.updateMeetingOptions("MSo1", { recordAutomatically: true })],
  ];

  test.each(calls)(
    "%s: 403 AuthenticationError is personalAccount, with the OnlineMeetings scope",
    async (_n, call) => {
      const { fetchFn } = scriptedFetch(graphError(403, "AuthenticationError"));
      const { graph, tokens } = client(fetchFn);
      expect(await failure(call(graph))).toMatchObject({
        code: ErrorCode.personalAccount,
        details: { status: 403, graphCode: "AuthenticationError" },
      });
      expect(tokens.map((t) => t.scopes)).toEqual([["OnlineMeetings.ReadWrite"]]);
    },
  );

  test("401 AuthenticationError that a fresh token doesn't cure is personalAccount too", async () => {
    const { sent, fetchFn } = scriptedFetch(graphError(401, "AuthenticationError"));
    const { graph, tokens } = client(fetchFn);
    const error = await failure(graph.createOrGetMeeting({ ...TIMES, externalId: "e" }, "en-US"));
    expect(error).toMatchObject({ code: ErrorCode.personalAccount, details: { status: 401 } });
    expect(sent).toHaveLength(2);
    expect(tokens.map((t) => t.forceRefresh)).toEqual([false, true]);
  });

  test("401 with another code on the standalone route is unauthorized", async () => {
    const { fetchFn } = scriptedFetch(graphError(401, "InvalidAuthenticationToken"));
    const { graph } = client(fetchFn);
    expect((await failure(graph.getMeeting("MSo1", "en-US"))).code).toBe(ErrorCode.unauthorized);
  });

  test("on the calendar route AuthenticationError is not taken for a personal account", async () => {
    const a = client(scriptedFetch(graphError(401, "AuthenticationError")).fetchFn);
    expect((await failure(a.graph.getCalendarProviders())).code).toBe(ErrorCode.unauthorized);
    const b = client(scriptedFetch(graphError(403, "AuthenticationError")).fetchFn);
    expect((await failure(b.graph.getEvent("AAMk-1"))).code).toBe(ErrorCode.forbidden);
  });
});

describe("error mapping: status and Graph code decide", () => {
  test.each([
    [400, ErrorCode.badRequest],
    [405, ErrorCode.badRequest],
    [422, ErrorCode.badRequest],
    [404, ErrorCode.notFound],
    [409, ErrorCode.conflict],
    [412, ErrorCode.conflict],
    [500, ErrorCode.graphError],
    [502, ErrorCode.graphError],
  ])("%i is %s", async (status, code) => {
    const { sent, fetchFn } = scriptedFetch(graphError(status, "SomeCode"));
    const { graph } = client(fetchFn);
    expect(await failure(graph.getEvent("AAMk-1"))).toMatchObject({
      code,
      details: { status, graphCode: "SomeCode" },
    });
    expect(sent).toHaveLength(1);
  });

  test("in another user's calendar only ErrorAccessDenied means the owner's sharing level", async () => {
    const denied = client(scriptedFetch(graphError(403, "ErrorAccessDenied")).fetchFn);
    expect(
      await failure(denied.graph.enableOnlineMeeting("AAMk-1", "teamsForBusiness", "boss@contoso.com")),
    ).toMatchObject({ code: ErrorCode.sharedCalendarReadOnly, details: { owner: "boss@contoso.com" } });
    const other = client(scriptedFetch(graphError(403, "Forbidden")).fetchFn);
    expect(
      (await failure(other.graph.enableOnlineMeeting("AAMk-1", "teamsForBusiness", "boss@contoso.com"))).code,
    ).toBe(ErrorCode.forbidden);
  });

  test("a refusal outside a calendar is never read as a shared calendar's sharing level", () => {
    expect(
      mapError(403, { code: "ErrorAccessDenied" }, "onlineMeetings", undefined, "boss@contoso.com").code,
    ).toBe(ErrorCode.consentRequired);
  });

  test.each([
    ["an error without a code", { error: { message: "no code" } }],
    ["an empty object", {}],
    ["error: null", { error: null }],
    ["error as text", { error: "Internal" }],
    ["a JSON null", null],
  ])("%s still maps by status, with no Graph code", async (_name, body) => {
    const { fetchFn } = scriptedFetch(json(body, 500));
    const { graph } = client(fetchFn);
    const error = await failure(graph.getEvent("AAMk-1"));
    expect(error.code).toBe(ErrorCode.graphError);
    expect(error.details.graphCode).toBeUndefined();
  });

  test("an error body that isn't JSON (a proxy's HTML page) still maps by status", async () => {
    const { fetchFn } = scriptedFetch(new Response("<html>Bad gateway</html>", { status: 502 }));
    const { graph } = client(fetchFn);
    expect(await failure(graph.getEvent("AAMk-1"))).toMatchObject({
      code: ErrorCode.graphError,
      details: { status: 502 },
    });
  });

  test("a Graph code that is not a string is not passed on as one", async () => {
    const { fetchFn } = scriptedFetch(graphError(409, 42));
    const { graph } = client(fetchFn);
    const error = await failure(graph.getEvent("AAMk-1"));
    expect(error.code).toBe(ErrorCode.conflict);
    expect(error.details.graphCode).toBeUndefined();
  });
});

describe("404 where it means 'gone' or 'none'", () => {
  test("findMeetingByJoinUrl: a 404 is no meeting (null)", async () => {
    const { fetchFn } = scriptedFetch(graphError(404, "ItemNotFound"));
    const { graph } = client(fetchFn);
    await expect(graph.findMeetingByJoinUrl(JOIN)).resolves.toBeNull();
  });

  test("deleteMeeting: a 404 is done, but any other refusal is still an error", async () => {
    const gone = client(scriptedFetch(graphError(404, "ItemNotFound")).fetchFn);
    await expect(gone.graph.deleteMeeting("MSo1")).resolves.toBeUndefined();
    const refused = client(scriptedFetch(graphError(403, "Forbidden")).fetchFn);
    expect((await failure(refused.graph.deleteMeeting("MSo1"))).code).toBe(ErrorCode.forbidden);
  });

  test("findMeetingByJoinUrl: an empty collection is null, the first meeting is the one", async () => {
    const empty = client(scriptedFetch(json({ value: [] })).fetchFn);
    await expect(empty.graph.findMeetingByJoinUrl(JOIN)).resolves.toBeNull();
    const two = client(scriptedFetch(json({ value: [MEETING, { id: "other", joinWebUrl: JOIN }] })).fetchFn);
    expect((await two.graph.findMeetingByJoinUrl(JOIN))?.meetingId).toBe("MSo1");
  });

  test.each([
    ["value as an object", { value: { 0: MEETING } }],
    ["value as a number", { value: 1 }],
    ["no value", {}],
    ["an array", [MEETING]],
  ])("findMeetingByJoinUrl: a collection answer with %s is a malformed response", async (_n, body) => {
    const { fetchFn } = scriptedFetch(json(body));
    const { graph } = client(fetchFn);
    expect((await failure(graph.findMeetingByJoinUrl(JOIN))).code).toBe(ErrorCode.malformedResponse);
  });
});

describe("network, timeout and a broken answer", () => {
  test("a refused connection is offline, and keeps the network error as its cause", async () => {
    const network = new TypeError("fetch failed");
    const { sent, fetchFn } = scriptedFetch(network);
    const { graph } = client(fetchFn);
    const error = await failure(graph.getCalendarProviders());
    expect(error.code).toBe(ErrorCode.offline);
    expect(error.cause).toBe(network);
    expect(sent).toHaveLength(1);
  });

  test("a request aborted by the timeout is a timeout, with the abort as its cause", async () => {
    let fire!: () => void;
    const abort = new DOMException("aborted", "AbortError");
    const { fetchFn } = scriptedFetch(
      (s) =>
        new Promise((_resolve, reject) => {
          s.signal!.addEventListener("abort", () => reject(abort));
          fire();
        }),
    );
    const { graph } = client(fetchFn, {
      timeoutMs: 1234,
      setTimer: (ms, f) => {
        expect(ms).toBe(1234);
        fire = f;
        return () => undefined;
      },
    });
    const error = await failure(graph.getCalendarProviders());
    expect(error.code).toBe(ErrorCode.timeout);
    expect(error.cause).toBe(abort);
  });

  /** A 200 whose body fails while it is read; `whenRead` runs as the reading starts. */
  const brokenBody = (cause: Error, whenRead: () => void = () => undefined) =>
    ({
      ok: true,
      status: 200,
      headers: new Headers(),
      text: () => {
        whenRead();
        return Promise.reject(cause);
      },
    }) as unknown as Response;

  test("a body cut off (not by the timeout) is offline, with the status and the cause", async () => {
    const reset = new Error("socket hang up");
    const { fetchFn } = scriptedFetch(() => Promise.resolve(brokenBody(reset)));
    const { graph } = client(fetchFn);
    const error = await failure(graph.getCalendarProviders());
    expect(error).toMatchObject({ code: ErrorCode.offline, details: { status: 200 } });
    expect(error.cause).toBe(reset);
  });

  test("a body stalled until the timeout is a timeout, with the status and the cause", async () => {
    let fire!: () => void;
    const abort = new DOMException("aborted", "AbortError");
    const { fetchFn } = scriptedFetch(() => Promise.resolve(brokenBody(abort, () => fire())));
    const { graph } = client(fetchFn, {
      setTimer: (_ms, f) => {
        fire = f;
        return () => undefined;
      },
    });
    const error = await failure(graph.getCalendarProviders());
    expect(error).toMatchObject({ code: ErrorCode.timeout, details: { status: 200 } });
    expect(error.cause).toBe(abort);
  });

  test("malformed JSON is a malformed response with the status and the parser's error", async () => {
    const { fetchFn } = scriptedFetch(new Response('{"id": ', { status: 200 }));
    const { graph } = client(fetchFn);
    const error = await failure(graph.getCalendarProviders());
    expect(error).toMatchObject({ code: ErrorCode.malformedResponse, details: { status: 200 } });
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  test.each([
    ["empty", ""],
    ["only whitespace", " \n\t "],
  ])(
    "an %s body is a malformed response of its own kind: empty, not a JSON syntax error",
    async (_n, body) => {
      const { fetchFn } = scriptedFetch(new Response(body, { status: 201 }));
      const { graph } = client(fetchFn);
      const error = await failure(graph.createOrGetMeeting({ ...TIMES, externalId: "e" }, "en-US"));
      expect(error).toMatchObject({ code: ErrorCode.malformedResponse, details: { status: 201 } });
      expect(error.cause).toBeUndefined();
    },
  );
});

describe("the default clock, sleep and timer (jest's fake timers)", () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date("2026-12-01T09:00:00.000Z") }));
  afterEach(() => jest.useRealTimers());

  const defaults = (fetchFn: typeof fetch) =>
    createGraphClient({
      baseUrl: "https://graph.microsoft.com/v1.0",
      tokenProvider: { getToken: () => Promise.resolve("t") },
      fetch: fetchFn,
      random: () => 0.5,
    });

  test("the retry waits the Retry-After on the real clock before it is sent", async () => {
    const { sent, fetchFn } = scriptedFetch(
      graphError(503, "ServiceUnavailable", { "Retry-After": "2" }),
      json(CALENDAR),
    );
    const call = defaults(fetchFn).getCalendarProviders();
    await jest.advanceTimersByTimeAsync(1999);
    expect(sent).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    await expect(call).resolves.toMatchObject({ allowed: ["teamsForBusiness"] });
    expect(sent).toHaveLength(2);
  });

  test("a Retry-After date is read against the current time", async () => {
    const { sent, fetchFn } = scriptedFetch(
      graphError(429, "TooManyRequests", { "Retry-After": "Tue, 01 Dec 2026 09:00:05 GMT" }),
      json(CALENDAR),
    );
    const call = defaults(fetchFn).getCalendarProviders();
    await jest.advanceTimersByTimeAsync(4999);
    expect(sent).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    await call;
    expect(sent).toHaveLength(2);
  });

  test("an answered request leaves no timer running; a silent one times out after 15 s", async () => {
    const { fetchFn } = scriptedFetch(json(CALENDAR));
    await defaults(fetchFn).getCalendarProviders();
    expect(jest.getTimerCount()).toBe(0);

    const silent = scriptedFetch(
      (s) =>
        new Promise((_r, reject) => s.signal!.addEventListener("abort", () => reject(new Error("aborted")))),
    );
    const call = defaults(silent.fetchFn).getCalendarProviders();
    const outcome = call.catch((e: unknown) => e);
    await jest.advanceTimersByTimeAsync(14_999);
    expect(silent.sent[0]!.signal!.aborted).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(await outcome).toMatchObject({ code: ErrorCode.timeout });
  });
});

describe("claimsChallenge", () => {
  test("decodes the claims of a WWW-Authenticate challenge", () => {
    expect(claimsChallenge(`Bearer realm="", error="insufficient_claims", claims="${btoa('{"a":1}')}"`)).toBe(
      '{"a":1}',
    );
  });

  test.each([
    ["no header", null],
    ["an empty header", ""],
    ["a challenge without claims", 'Bearer error="invalid_token"'],
    ["claims that aren't base64", 'Bearer claims="%%%"'],
  ])("%s gives no claims", (_n, header) => {
    expect(claimsChallenge(header)).toBeUndefined();
  });
});
