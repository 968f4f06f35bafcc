// Shared setup of the guarantee suites: the use-cases over the in-memory fakes of every port.
import { MeetingService } from "../../src/app/meeting-service";
import { FakeAppointment, type FakeAppointmentInit } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

/** An organizer's body with right-to-left text, an entity and a head: every byte of it must survive. */
export const USER_BODY =
  '<html><head><meta charset="utf-8"></head><body><div dir="rtl">جدول الأعمال</div><p>Agenda &amp; notes</p></body></html>';

export function setup(init: FakeAppointmentInit = {}) {
  const appointment = new FakeAppointment({ body: USER_BODY, ...init });
  const graph = new FakeGraph();
  const settings = new FakeSettings();
  const env = new FakeEnvironment();
  const service = new MeetingService(
    { appointment, graph, settings, env },
    { syncRetry: { attempts: 4, delayMs: 100 } },
  );
  return { appointment, graph, settings, env, service };
}

/** A second surface (pane and command at once) on the same item, with ids of its own. */
export function secondSurface(appointment: FakeAppointment, graph: FakeGraph, idPrefix: string) {
  const env = new FakeEnvironment();
  let n = 0;
  env.newId = () => `${idPrefix}-${++n}`;
  return new MeetingService({ appointment, graph, settings: new FakeSettings(), env });
}

/** A promise to hold a fake's call until the test lets it go. */
export function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const wait = new Promise<void>((r) => (open = r));
  return { wait, open };
}

export function savedEvent(graph: FakeGraph, restId: string, body = USER_BODY) {
  graph.events.set(restId, {
    id: restId,
    isOnlineMeeting: false,
    onlineMeetingProvider: "unknown",
    joinUrl: null,
    bodyHtml: body,
  });
}
