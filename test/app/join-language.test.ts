// The join text comes in the language the organizer chose even where createOrGet ignores
// Accept-Language (emulator rule A2, the default): one GET /me/onlineMeetings/{id} with the header
// (rule A3) fetches it; where Graph honours it, the click stays one request.
import { JSDOM } from "jsdom";
import { createGraphClient } from "../../src/adapters/graph-client";
import { MeetingService } from "../../src/app/meeting-service";
import type { GraphScenario } from "../../emulator/graph/scenario";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";

// DOMPurify needs a window; the Graph client needs Node's fetch, so the window is set up here.
(globalThis as { window?: unknown }).window = new JSDOM("").window;

let g: RunningEmulator;
beforeAll(async () => {
  g = await startEmulator();
});
afterAll(() => g.close());

async function addInJapanese(scenario: GraphScenario) {
  g.emulator.reset({
    calendar: { allowedOnlineMeetingProviders: [], defaultOnlineMeetingProvider: "unknown" },
    ...scenario,
  });
  const appointment = new FakeAppointment({ body: "<html><body><p>Agenda</p></body></html>" });
  const graph = createGraphClient({
    baseUrl: `${g.origin}/v1.0`,
    tokenProvider: { getToken: (r) => Promise.resolve(g.emulator.issueToken(r.scopes)) },
    allowedOrigins: [g.origin],
  });
  const service = new MeetingService({
    appointment,
    graph,
    settings: new FakeSettings(),
    env: new FakeEnvironment(),
  });
  await service.add({ route: "standalone", language: "ja-JP" });
  const calls = g.emulator
    .log()
    .filter((l) => l.path.startsWith("/me/onlineMeetings"))
    .map((l) => `${l.method} ${l.path.replace(/\/MSp[^/]+$/, "/{id}")} ${l.headers["accept-language"]}`);
  return { body: appointment.body, calls };
}

test("createOrGet ignoring Accept-Language: one GET with it, and the body's join text is Japanese", async () => {
  const { body, calls } = await addInJapanese({});
  expect(calls).toEqual(["POST /me/onlineMeetings/createOrGet ja-JP", "GET /me/onlineMeetings/{id} ja-JP"]);
  expect(body).toContain("Microsoft Teams 会議");
  expect(body).not.toContain("Microsoft Teams meeting");
});

test("createOrGet honouring it: one request, Japanese", async () => {
  const { body, calls } = await addInJapanese({ createOrGetAcceptLanguage: "honoured" });
  expect(calls).toEqual(["POST /me/onlineMeetings/createOrGet ja-JP"]);
  expect(body).toContain("Microsoft Teams 会議");
});
