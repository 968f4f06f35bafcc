/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// The add-in's read-back and repair against the workbench's emulated clients, through the real
// Office.js adapter: new Outlook for Mac answers the first getAsync after a setAsync with the old
// body (office-js #5983), so the first read-back fails and the one repair write must carry it.
import { OfficeAppointment } from "../../src/adapters/office-appointment";
import { MeetingService } from "../../src/app/meeting-service";
import { countBlocks } from "../../src/core/body-block";
import { sameUserContent } from "../../src/core/body-check";
import { createOffice } from "../../workbench/office-host/office-facade";
import { STANDALONE_SCENARIO } from "../../workbench/office-host/standalone-scenario";
import { WorkbenchHost } from "../../workbench/office-host/workbench-host";
import type { OutlookClientName } from "../../workbench/outlook-clients/profiles";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

function setup(client: OutlookClientName) {
  (globalThis as { fetch?: unknown }).fetch = jest.fn(() => Promise.resolve({ ok: true } as Response));
  const host = new WorkbenchHost(STANDALONE_SCENARIO, "http://emulator.test/__emulator", client);
  (globalThis as unknown as { Office: typeof Office }).Office = createOffice(host, window);
  const graph = new FakeGraph();
  graph.providers = { allowed: [], defaultProvider: "unknown" };
  const service = new MeetingService({
    appointment: new OfficeAppointment(),
    graph,
    settings: new FakeSettings(),
    env: new FakeEnvironment(),
  });
  const writes = jest.spyOn(host, "setBodyFromAddin");
  return { host, service, writes };
}

test("mac: the late read-back fails the first check, the repair write succeeds, one block, the text intact", async () => {
  const { host, service, writes } = setup("mac");
  await expect(service.add({ route: "standalone" })).resolves.toMatchObject({ kind: "added" });
  expect(writes).toHaveBeenCalledTimes(2);
  expect(countBlocks(host.appointment.body, "html")).toBe(1);
  expect(sameUserContent(host.appointment.body, STANDALONE_SCENARIO.appointment.body, "html")).toBe(true);

  // Removal reads back late too, and is repaired the same way.
  await expect(service.remove()).resolves.toEqual({ kind: "removed" });
  expect(writes).toHaveBeenCalledTimes(4);
  expect(countBlocks(host.appointment.body, "html")).toBe(0);
});

test("web: the read-back passes at once, one write", async () => {
  const { host, service, writes } = setup("web");
  await expect(service.add({ route: "standalone" })).resolves.toMatchObject({ kind: "added" });
  expect(writes).toHaveBeenCalledTimes(1);
  expect(countBlocks(host.appointment.body, "html")).toBe(1);
});
