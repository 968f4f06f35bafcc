/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// Guarantee: the standalone meeting's record names its organizer as Graph says, else as the host says,
// and a meeting neither names (a host that can't tell the signed-in address) is still added and kept.
import { MeetingService } from "../../src/app/meeting-service";
import { countBlocks } from "../../src/core/body-block";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

const BODY = "<html><body><p>Agenda</p></body></html>";

function setup(env: FakeEnvironment) {
  const appointment = new FakeAppointment({ body: BODY, itemId: "AAMk/saved+1" });
  const graph = new FakeGraph();
  const service = new MeetingService({
    appointment,
    graph,
    settings: new FakeSettings({ route: "standalone" }),
    env,
  });
  return { appointment, graph, service };
}

test("Graph names the organizer: the record keeps Graph's address over the host's", async () => {
  const env = Object.assign(new FakeEnvironment(), { userAddress: () => "delegate@contoso.com" });
  const { appointment, service } = setup(env);
  await service.add({ route: "standalone" });
  expect(appointment.stored?.organizer).toBe("megan.bowen@contoso.com");
});

test("Graph names no organizer: the record keeps the signed-in address the host gives", async () => {
  const env = Object.assign(new FakeEnvironment(), { userAddress: () => "megan.bowen@contoso.com" });
  const { appointment, graph, service } = setup(env);
  graph.organizer = undefined as unknown as string;
  await service.add({ route: "standalone" });
  expect(appointment.stored?.organizer).toBe("megan.bowen@contoso.com");
});

test("neither Graph nor a host without userAddress names the organizer: the meeting is still added", async () => {
  const { appointment, graph, service } = setup(new FakeEnvironment());
  graph.organizer = undefined as unknown as string;
  await expect(service.add({ route: "standalone" })).resolves.toMatchObject({
    kind: "added",
    route: "standalone",
  });
  expect(appointment.stored?.meetingId).toBe([...graph.meetings.keys()][0]);
  expect(appointment.stored?.organizer).toBeUndefined();
  expect(countBlocks(appointment.body, "html")).toBe(1);
});
