// Emulator rules A1–A3 (emulator/graph/README.md): Accept-Language on the onlineMeetings routes.
import { decodeJoinInformation } from "../../src/core/join-info";
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";

let g: RunningEmulator;
beforeAll(async () => {
  g = await startEmulator();
});
afterAll(() => g.close());
const OM = ["OnlineMeetings.ReadWrite"];
const JA = { "Accept-Language": "ja-JP" };
const lang = (json: Record<string, unknown>) =>
  /lang="([^"]+)"/.exec(decodeJoinInformation((json.joinInformation as { content: string }).content))?.[1];

test("A1: POST /me/onlineMeetings localizes its join text by Accept-Language (documented)", async () => {
  g.emulator.reset({});
  const res = await g.call("POST", "/me/onlineMeetings", OM, { body: {}, headers: JA });
  expect(lang(res.json)).toBe("ja-JP");
});

test("A2: createOrGet ignores Accept-Language by default (undocumented): the organizer's language", async () => {
  g.emulator.reset({ mailboxLanguage: "de-DE" });
  const ignored = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, {
    body: { externalId: "a" },
    headers: JA,
  });
  expect(lang(ignored.json)).toBe("de-DE");
  g.emulator.reset({});
  const english = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, {
    body: { externalId: "a" },
    headers: JA,
  });
  expect(lang(english.json)).toBe("en-US");
  g.emulator.reset({ createOrGetAcceptLanguage: "honoured" });
  const honoured = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, {
    body: { externalId: "a" },
    headers: JA,
  });
  expect(lang(honoured.json)).toBe("ja-JP");
});

test("A3: GET /me/onlineMeetings/{id} localizes by Accept-Language (documented); without it, the stored language", async () => {
  g.emulator.reset({});
  const made = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, { body: { externalId: "a" } });
  const path = `/me/onlineMeetings/${made.json.id as string}`;
  expect(lang((await g.call("GET", path, OM, { headers: JA })).json)).toBe("ja-JP");
  expect(lang((await g.call("GET", path, OM)).json)).toBe("en-US");
});
