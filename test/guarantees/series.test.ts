/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// An occurrence of a recurring appointment: Graph's isOnlineMeeting belongs to the series, so the
// calendar route makes the series (its master) online — with the series id Outlook gives the item
// (Mailbox 1.7 `item.seriesId`), read through the real Office.js adapter.
import { OfficeAppointment } from "../../src/adapters/office-appointment";
import { MeetingService } from "../../src/app/meeting-service";
import { createOffice } from "../../workbench/office-host/office-facade";
import { STANDALONE_SCENARIO } from "../../workbench/office-host/standalone-scenario";
import { WorkbenchHost } from "../../workbench/office-host/workbench-host";
import type { Scenario } from "../../workbench/scenario";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";
import { savedEvent } from "./harness";

function install(patch: (s: Scenario) => void): void {
  const scenario = JSON.parse(JSON.stringify(STANDALONE_SCENARIO)) as Scenario;
  patch(scenario);
  const host = new WorkbenchHost(scenario, "http://emulator.test/__emulator");
  (globalThis as unknown as { Office: typeof Office }).Office = createOffice(host, window);
}

const occurrence = (s: Scenario) => {
  s.appointment.isNew = false;
  s.appointment.itemId = "AAMkAD/occurrence+2";
  s.appointment.seriesId = "AAMkAD/series+9";
};

test("Outlook's series id of an occurrence is read, and the series becomes online", async () => {
  install(occurrence);
  const appointment = new OfficeAppointment();
  expect(await appointment.read()).toMatchObject({ seriesId: "AAMkAD/series+9", isRecurring: true });

  const graph = new FakeGraph();
  const seriesRestId = appointment.toRestId("AAMkAD/series+9");
  savedEvent(graph, seriesRestId);
  savedEvent(graph, appointment.toRestId("AAMkAD/occurrence+2"));
  const service = new MeetingService({
    appointment,
    graph,
    settings: new FakeSettings(),
    env: new FakeEnvironment(),
  });
  await service.add({ route: "auto" });
  expect(graph.calls.filter((c) => c.method === "enableOnlineMeeting").map((c) => c.args[0])).toEqual([
    seriesRestId,
  ]);
});

test("before Mailbox 1.7 there is no series id: the item itself is used", async () => {
  install((s) => {
    occurrence(s);
    s.mailboxVersion = "1.5";
  });
  expect(await new OfficeAppointment().read()).toMatchObject({ seriesId: null });
});
