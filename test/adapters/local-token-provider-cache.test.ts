// The workbench's token provider over an injected fetch: the request it makes, one cached token per
// scope set (order and duplicates don't matter, distinct sets never share), a failed request is not
// cached, a late answer after sign-out doesn't sign back in, and every failure is a product error.
import { LocalTokenProvider } from "../../src/adapters/local-token-provider";
import { AppError, ErrorCode } from "../../src/core/errors";

interface Call {
  url: string;
  init: RequestInit | undefined;
  answer: (r: Response | Error) => void;
}

/** A fetch whose answers the test gives, one per call, when it chooses. */
function heldFetch() {
  const calls: Call[] = [];
  const fetchFn: typeof fetch = (input, init) =>
    new Promise<Response>((resolve, reject) => {
      calls.push({
        url: input instanceof Request ? input.url : input.toString(),
        init,
        answer: (r) => (r instanceof Error ? reject(r) : resolve(r)),
      });
    });
  return { calls, fetchFn };
}

const token = (t: string) => new Response(JSON.stringify({ access_token: t }), { status: 200 });
const flush = () => new Promise<void>((r) => setImmediate(r));

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => new Error("expected a rejection"),
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

test("POST <root>/__emulator/token, JSON, with the scopes sorted and once each", async () => {
  const { calls, fetchFn } = heldFetch();
  const provider = new LocalTokenProvider("https://localhost:3001/v1.0/", fetchFn);
  const got = provider.getToken({
    scopes: ["OnlineMeetings.ReadWrite", "Calendars.ReadWrite", "OnlineMeetings.ReadWrite"],
  });
  await flush();
  expect(calls).toHaveLength(1);
  expect(calls[0]!.url).toBe("https://localhost:3001/__emulator/token");
  expect(calls[0]!.init).toMatchObject({ method: "POST", headers: { "Content-Type": "application/json" } });
  expect(JSON.parse(calls[0]!.init!.body as string)).toEqual({
    scopes: ["Calendars.ReadWrite", "OnlineMeetings.ReadWrite"],
  });
  calls[0]!.answer(token("t-1"));
  expect(await got).toBe("t-1");
});

test("only a final /v1.0 segment is the Graph root's: a /v1.0beta root keeps its path", async () => {
  const { calls, fetchFn } = heldFetch();
  void new LocalTokenProvider("https://localhost:3001/v1.0beta", fetchFn).getToken({ scopes: ["A"] });
  await flush();
  expect(calls[0]!.url).toBe("https://localhost:3001/v1.0beta/__emulator/token");
});

test("the same scopes in another order are the same set: one token", async () => {
  const { calls, fetchFn } = heldFetch();
  const provider = new LocalTokenProvider("https://localhost:3001/v1.0", fetchFn);
  const a = provider.getToken({ scopes: ["B.Read", "A.Read"] });
  await flush();
  calls[0]!.answer(token("ab"));
  expect(await a).toBe("ab");
  expect(await provider.getToken({ scopes: ["A.Read", "B.Read"] })).toBe("ab");
  expect(calls).toHaveLength(1);
});

test("scope sets whose names run together are still distinct sets", async () => {
  const { calls, fetchFn } = heldFetch();
  const provider = new LocalTokenProvider("https://localhost:3001/v1.0", fetchFn);
  const first = provider.getToken({ scopes: ["a", "bc"] });
  await flush();
  calls[0]!.answer(token("a+bc"));
  await first;
  const second = provider.getToken({ scopes: ["ab", "c"] });
  await flush();
  expect(calls).toHaveLength(2);
  calls[1]!.answer(token("ab+c"));
  expect(await second).toBe("ab+c");
});

test("a failed request is not cached: the next one asks again", async () => {
  const { calls, fetchFn } = heldFetch();
  const provider = new LocalTokenProvider("https://localhost:3001/v1.0", fetchFn);
  const failed = provider.getToken({ scopes: ["A"] });
  await flush();
  calls[0]!.answer(new Response("nope", { status: 500 }));
  expect((await rejection(failed)).code).toBe(ErrorCode.signInFailed);
  const again = provider.getToken({ scopes: ["A"] });
  await flush();
  expect(calls).toHaveLength(2);
  calls[1]!.answer(token("t-2"));
  expect(await again).toBe("t-2");
});

test("an older request failing late doesn't drop the newer token that replaced it", async () => {
  const { calls, fetchFn } = heldFetch();
  const provider = new LocalTokenProvider("https://localhost:3001/v1.0", fetchFn);
  const old = provider.getToken({ scopes: ["A"] });
  const fresh = provider.getToken({ scopes: ["A"], forceRefresh: true });
  await flush();
  calls[1]!.answer(token("fresh"));
  expect(await fresh).toBe("fresh");
  calls[0]!.answer(new Error("connection reset"));
  await rejection(old);
  expect(await provider.getToken({ scopes: ["A"] })).toBe("fresh");
  expect(calls).toHaveLength(2);
});

describe("failures", () => {
  test("an unreachable emulator is offline, with the network error as cause", async () => {
    const { calls, fetchFn } = heldFetch();
    const provider = new LocalTokenProvider("https://localhost:3001/v1.0", fetchFn);
    const got = provider.getToken({ scopes: ["A"] });
    await flush();
    const network = new TypeError("fetch failed");
    calls[0]!.answer(network);
    const error = await rejection(got);
    expect(error.code).toBe(ErrorCode.offline);
    expect(error.cause).toBe(network);
  });

  test.each([
    ["a refusal that isn't JSON", new Response("Service Unavailable", { status: 503 })],
    ["a refusal with a JSON body", new Response(JSON.stringify({ access_token: "x" }), { status: 401 })],
    ["an answer without a token", new Response("{}", { status: 200 })],
    ["a token that isn't text", new Response(JSON.stringify({ access_token: 5 }), { status: 200 })],
  ])("%s is signInFailed", async (_n, response) => {
    const { calls, fetchFn } = heldFetch();
    const provider = new LocalTokenProvider("https://localhost:3001/v1.0", fetchFn);
    const got = provider.getToken({ scopes: ["A"] });
    await flush();
    calls[0]!.answer(response);
    expect((await rejection(got)).code).toBe(ErrorCode.signInFailed);
  });
});

describe("signed in or out", () => {
  beforeAll(() => {
    Object.assign(globalThis, {
      Office: {
        context: {
          mailbox: { userProfile: { displayName: "Megan Bowen", emailAddress: "megan@contoso.com" } },
        },
      },
    });
  });
  afterAll(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("a token asked for before sign-out and answered after it doesn't sign back in", async () => {
    const { calls, fetchFn } = heldFetch();
    const provider = new LocalTokenProvider("https://localhost:3001/v1.0", fetchFn);
    const late = provider.getToken({ scopes: ["A"] });
    await flush();
    await provider.signOut();
    calls[0]!.answer(token("late"));
    await late;
    await flush();
    expect(await provider.getSignedInAccount()).toBeNull();
  });
});

describe("without an injected fetch", () => {
  afterEach(() => jest.restoreAllMocks());

  test("the global fetch is used", async () => {
    const spy = jest.spyOn(globalThis, "fetch").mockResolvedValue(token("global"));
    const provider = new LocalTokenProvider("https://localhost:3001/v1.0");
    expect(await provider.getToken({ scopes: ["A"] })).toBe("global");
    expect(spy).toHaveBeenCalledWith(
      "https://localhost:3001/__emulator/token",
      expect.objectContaining({ method: "POST" }),
    );
  });
});
