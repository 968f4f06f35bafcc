// The fault matrix: every Graph call the add-in makes × every fault Graph or the network can produce,
// through the real Graph client over real HTTP against the Graph emulator, with the use-cases on top.
// For every cell: the organizer's body is unchanged outside our block, at most one meeting exists, no
// orphan block, a localized message, retries bounded in count and time; then a retry recovers.
// OMO_FAULT_DOC=docs/fault-matrix.md writes the outcome table (npm run docs:faults).
import { JSDOM } from "jsdom";
import { writeFileSync } from "node:fs";
import { createGraphClient } from "../../src/adapters/graph-client";
import { MeetingService } from "../../src/app/meeting-service";
import { countBlocks, removeBlock } from "../../src/core/body-block";
import { toAppError } from "../../src/core/errors";
import { translator } from "../../src/i18n";
import { errorMessage } from "../../src/surfaces/shared/error-message";
import type { GraphEmulator } from "../../emulator/graph/server";
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";
import type { GraphFault, GraphScenario } from "../../emulator/graph/scenario";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";
import { text } from "../fixtures/load";

// DOMPurify needs a window; the rest of this suite needs Node's fetch, so the window is set up here.
(globalThis as { window?: unknown }).window = new JSDOM("").window;

const USER_BODY = text("body_owa_2020_signature_appendonsend_planer.html");
const times = { start: new Date("2026-12-01T09:00:00Z"), end: new Date("2026-12-01T10:00:00Z") };

let running: RunningEmulator;
let emulator: GraphEmulator;
let origin: string;

beforeAll(async () => {
  running = await startEmulator();
  ({ emulator, origin } = running);
});
afterAll(() => running.close());

/** The test item's server copy, as Outlook's save leaves it. */
function syncItem(bodyHtml: string): Promise<Response> {
  return running.syncEvent("AAMkADfault_item-1=", {
    subject: "x",
    start: times.start.toISOString(),
    end: times.end.toISOString(),
    bodyHtml,
  });
}

interface Fault {
  name: string;
  fault: Omit<GraphFault, "path" | "method">;
  /** The fault clears by itself (a fresh token, a sync, a retry): the operation must succeed. */
  transient: boolean | ((op: Op) => boolean);
}

// The client's clock is injected: a Retry-After date means the same wait however loaded the machine is.
const CLOCK = new Date("2026-12-01T08:00:00.000Z");
const later = () => new Date(CLOCK.getTime() + 2000).toUTCString();
const FAULTS: Fault[] = [
  {
    name: "400 bad request",
    fault: { status: 400, body: { error: { code: "BadRequest", message: "x" } }, count: 99 },
    transient: false,
  },
  {
    name: "401, then a fresh token works",
    fault: { status: 401, body: { error: { code: "InvalidAuthenticationToken", message: "expired" } } },
    transient: true,
  },
  { name: "401 forever", fault: { status: 401, count: 99 }, transient: false },
  {
    name: "403 personal account",
    fault: { status: 403, body: { error: { code: "AuthenticationError", message: "x" } }, count: 99 },
    transient: false,
  },
  {
    name: "403 missing license",
    fault: { status: 403, body: { error: { code: "Forbidden", message: "x" } }, count: 99 },
    transient: false,
  },
  {
    name: "403 missing consent",
    fault: { status: 403, body: { error: { code: "ErrorAccessDenied", message: "x" } }, count: 99 },
    transient: false,
  },
  {
    name: "404 right after a save",
    fault: { status: 404, body: { error: { code: "ErrorItemNotFound", message: "x" } }, count: 2 },
    // Retried while the saved item syncs (calendar route); a DELETE that finds nothing is done.
    transient: (op) => op === "add, calendar (saved item)" || op === "remove, standalone",
  },
  { name: "409 conflict", fault: { status: 409, count: 99 }, transient: false },
  { name: "412 precondition failed", fault: { status: 412, count: 99 }, transient: false },
  {
    name: "429 Retry-After seconds",
    fault: { status: 429, headers: { "Retry-After": "2.128" } },
    transient: true,
  },
  {
    name: "429 Retry-After date",
    fault: { status: 429, headers: { "Retry-After": "DATE" } },
    transient: true,
  },
  {
    name: "429 forever",
    fault: { status: 429, headers: { "Retry-After": "1" }, count: 99 },
    transient: false,
  },
  { name: "500", fault: { status: 500, count: 99 }, transient: false },
  { name: "503, then ok", fault: { status: 503 }, transient: true },
  { name: "504 forever", fault: { status: 504, count: 99 }, transient: false },
  // The answer is held back 3 s; the client's timeout fires once the request has reached the server
  // (see `timeouts` below), so no cell depends on how fast a loaded machine runs.
  { name: "timeout", fault: { delayMs: 3000, status: 200, body: {}, count: 99 }, transient: false },
  { name: "network down", fault: { drop: true, count: 99 }, transient: false },
  {
    name: "malformed JSON",
    fault: { status: 200, body: '{"id": "x", "joinWebUrl": ', count: 99 },
    transient: false,
  },
  { name: "empty body", fault: { status: 200, body: "", count: 99 }, transient: false },
];

type Op =
  "open pane" | "add, standalone" | "add, calendar (saved item)" | "remove, standalone" | "keep in step";
const OPS: { op: Op; call: string; method: string; path: string; delete?: boolean }[] = [
  { op: "open pane", call: "GET /me/calendar", method: "GET", path: "/me/calendar" },
  {
    op: "add, standalone",
    call: "POST /me/onlineMeetings/createOrGet",
    method: "POST",
    path: "/me/onlineMeetings/createOrGet",
  },
  { op: "add, calendar (saved item)", call: "PATCH /me/events/{id}", method: "PATCH", path: "/me/events/*" },
  {
    op: "remove, standalone",
    call: "DELETE /me/onlineMeetings/{id}",
    method: "DELETE",
    path: "/me/onlineMeetings/*",
    delete: true,
  },
  {
    op: "keep in step",
    call: "PATCH /me/onlineMeetings/{id}",
    method: "PATCH",
    path: "/me/onlineMeetings/*",
  },
];

interface Outcome {
  op: Op;
  call: string;
  fault: string;
  result: string;
  message: string;
  requests: number;
  waitedMs: number;
  meetings: number;
  blocks: number;
  bodyIntact: boolean;
  recovered: boolean;
}
const outcomes: Outcome[] = [];

async function run(opSpec: (typeof OPS)[number], f: Fault): Promise<Outcome> {
  const faultBody =
    f.fault.headers?.["Retry-After"] === "DATE"
      ? { ...f.fault, headers: { "Retry-After": later() } }
      : f.fault;
  const calendar =
    opSpec.op === "add, calendar (saved item)"
      ? {
          allowedOnlineMeetingProviders: ["teamsForBusiness"],
          defaultOnlineMeetingProvider: "teamsForBusiness",
        }
      : { allowedOnlineMeetingProviders: [], defaultOnlineMeetingProvider: "unknown" };
  const scenario: GraphScenario = { calendar };
  emulator.reset(scenario);
  const appointment = new FakeAppointment({ body: USER_BODY, itemId: "AAMkADfault+item/1=", ...times });
  await syncItem(USER_BODY);
  const faulted = new RegExp(
    `^${opSpec.path.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === "*" ? ".*" : `\\${c}`))}$`,
  );
  const sleeps: number[] = [];
  const env = new FakeEnvironment();
  env.sleep = (ms: number) => {
    sleeps.push(ms);
    return Promise.resolve();
  };
  // The request timeout, driven by the test instead of a clock: in the timeout cell it fires as soon as
  // the faulted request is at the server (logged, unanswered); otherwise it never fires.
  let timeoutFault = false;
  const graph = createGraphClient({
    baseUrl: `${origin}/v1.0`,
    tokenProvider: { getToken: (r) => Promise.resolve(emulator.issueToken(r.scopes)) },
    allowedOrigins: [origin],
    sleep: env.sleep,
    random: () => 0.5,
    now: () => CLOCK,
    setTimer: (_ms, fire) => {
      if (!timeoutFault) return () => undefined;
      let done = false;
      void (async () => {
        while (
          !done &&
          !emulator.log().some((r) => r.status === 0 && r.method === opSpec.method && faulted.test(r.path))
        ) {
          await new Promise((r) => setImmediate(r));
        }
        if (!done) fire();
      })();
      return () => {
        done = true;
      };
    },
  });
  const make = () =>
    new MeetingService(
      { appointment, graph, settings: new FakeSettings(), env },
      { syncRetry: { attempts: 4, delayMs: 1000 } },
    );
  let service = make();

  // Preconditions for remove / keep in step: our standalone meeting exists.
  if (opSpec.op === "remove, standalone" || opSpec.op === "keep in step") {
    await service.add({ route: "standalone" });
    if (opSpec.op === "keep in step") appointment.subject = "Moved";
  }
  const bodyBefore = appointment.body;
  const meetingsBefore = emulator.state().meetings.length;
  emulator.reset({ ...scenario, faults: [{ method: opSpec.method, path: opSpec.path, ...faultBody }] });
  timeoutFault = f.name === "timeout";
  // The reset cleared the server state; put it back as it was.
  await restore(appointment, meetingsBefore > 0);
  const logStart = emulator.log().length;

  let result = "ok";
  let message = "";
  try {
    switch (opSpec.op) {
      case "open pane":
        service = make();
        await service.providers();
        break;
      case "add, standalone":
        await service.add({ route: "standalone" });
        break;
      case "add, calendar (saved item)":
        await service.add({ route: "auto" });
        break;
      case "remove, standalone":
        await service.remove();
        break;
      case "keep in step":
        await service.syncIfChanged();
        break;
    }
  } catch (e) {
    const err = toAppError(e);
    result = err.code;
    message = errorMessage(err, translator("en-US")).text;
  }
  const requests = emulator
    .log()
    .slice(logStart)
    .filter((r) => r.method === opSpec.method && faulted.test(r.path)).length;
  const meetings = emulator.state().meetings.length;
  const blocks = countBlocks(appointment.body, "html");
  const bodyIntact = removeBlock(appointment.body, "html") === USER_BODY;
  void bodyBefore;

  // A retry after the fault has cleared recovers, with still at most one meeting.
  timeoutFault = false;
  emulator.reset({ ...scenario });
  await restore(appointment, meetings > 0);
  let recovered = false;
  try {
    service = make();
    if (opSpec.op === "open pane") await service.providers();
    else if (opSpec.op === "add, standalone") await service.add({ route: "standalone" });
    else if (opSpec.op === "add, calendar (saved item)") await service.add({ route: "auto" });
    else if (opSpec.op === "remove, standalone") await service.remove();
    else await service.syncIfChanged();
    recovered = true;
  } catch {
    recovered = false;
  }
  return {
    op: opSpec.op,
    call: opSpec.call,
    fault: f.name,
    result,
    message,
    requests,
    waitedMs: sleeps.reduce((a, b) => a + b, 0),
    meetings,
    blocks,
    bodyIntact,
    recovered,
  };

  async function restore(a: FakeAppointment, hadMeeting: boolean): Promise<void> {
    await syncItem(a.body);
    const stored = a.stored;
    if (hadMeeting && stored?.meetingId && stored.externalId) {
      // Recreate "our" meeting on the fresh emulator under the same externalId, and point the item at it.
      const m = await graph
        .createOrGetMeeting(
          {
            externalId: stored.externalId,
            subject: a.subject,
            startDateTime: a.start.toISOString(),
            endDateTime: a.end.toISOString(),
          },
          "en-US",
        )
        .catch(() => null);
      if (m) a.stored = { ...stored, meetingId: m.id };
      emulator.log().length = 0;
    }
  }
}

describe.each(OPS)("$op ($call)", (opSpec) => {
  test.each(FAULTS)("$name", async (f) => {
    const o = await run(opSpec, f);
    outcomes.push(o);
    // Nothing lost: the organizer's own content is exactly as it was, outside our block.
    expect(o.bodyIntact).toBe(true);
    // Never two meetings, never two blocks.
    expect(o.meetings).toBeLessThanOrEqual(1);
    expect(o.blocks).toBeLessThanOrEqual(1);
    // No orphan block: a block in the body means a meeting exists (calendar route: the event is online).
    if (o.blocks === 1 && opSpec.op !== "add, calendar (saved item)") expect(o.meetings).toBe(1);
    // Bounded: at most 4 attempts of the failing call, and at most 20 s of waiting in all.
    expect(o.requests).toBeLessThanOrEqual(4);
    expect(o.waitedMs).toBeLessThanOrEqual(20_000);
    const transient = typeof f.transient === "function" ? f.transient(opSpec.op) : f.transient;
    if (transient) expect(o.result).toBe("ok");
    if (f.name === "timeout") expect(o.result).toBe("timeout");
    else if (o.result !== "ok") {
      // A localized sentence, not a key or a raw message.
      expect(o.message).not.toMatch(/^error\./);
      expect(o.message.length).toBeGreaterThan(20);
    }
    // After the fault clears, doing it again works.
    expect(o.recovered).toBe(true);
  });
});

afterAll(() => {
  const file = process.env.OMO_FAULT_DOC;
  if (!file) return;
  const lines = [
    "# Fault matrix",
    "",
    "Generated by `npm run docs:faults` from `test/reliability/fault-matrix.test.ts`: every Graph call the",
    "add-in makes, against every fault, through the real Graph client and the Graph emulator. In every row",
    "the organizer's body is unchanged outside our block, at most one meeting exists, and a retry after the",
    "fault clears succeeds.",
    "",
    "| operation | Graph call | fault | outcome | message shown (en-US) | attempts | waited | meetings | blocks |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...outcomes.map(
      (o) =>
        `| ${o.op} | \`${o.call}\` | ${o.fault} | ${o.result} | ${o.message || "—"} | ${o.requests} | ${o.waitedMs} ms | ${o.meetings} | ${o.blocks} |`,
    ),
    "",
  ];
  writeFileSync(file, lines.join("\n"));
});
