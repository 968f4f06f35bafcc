/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// The read-back / repair / restore path of every body write, against hosts that rewrite: a benign
// rewrite (each Outlook client profile of the workbench) passes; one that damages the organizer's
// content outside our block is restored and reported as body_write_failed.
import { MeetingService } from "../../src/app/meeting-service";
import { countBlocks } from "../../src/core/body-block";
import { sameUserContent } from "../../src/core/body-check";
import { ErrorCode } from "../../src/core/errors";
import { outlookClient } from "../../workbench/outlook-clients/profiles";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

const ORGANIZER =
  '<html><body><div>Agenda: <b>budget</b> and <a href="https://contoso.sharepoint.com/plan">the plan</a></div></body></html>';

function setup() {
  const appointment = new FakeAppointment({ body: ORGANIZER });
  const graph = new FakeGraph();
  graph.providers = { allowed: [], defaultProvider: "unknown" };
  const service = new MeetingService(
    { appointment, graph, settings: new FakeSettings(), env: new FakeEnvironment() },
    { syncRetry: { attempts: 2, delayMs: 1 } },
  );
  return { appointment, graph, service };
}

describe("every body write is read back, and damage is undone", () => {
  test.each(["web", "classic", "mac", "mobile"] as const)(
    "%s's rewrite changes no content: the meeting is added in one write",
    async (name) => {
      const { appointment, service } = setup();
      appointment.rewriteOnSet = (b) => outlookClient(name).html(b);
      await expect(service.add({ route: "standalone" })).resolves.toMatchObject({ kind: "added" });
      expect(countBlocks(appointment.body, "html")).toBe(1);
      expect(sameUserContent(appointment.body, ORGANIZER, "html")).toBe(true);
      expect(appointment.bodyWrites).toBe(1);
    },
  );

  test("a plain-text body under classic Outlook's CRLF line ends: added in one write, the text intact", async () => {
    const text = "Agenda\nbudget and the plan\n";
    const appointment = new FakeAppointment({ body: text, bodyType: "text" });
    const graph = new FakeGraph();
    graph.providers = { allowed: [], defaultProvider: "unknown" };
    const service = new MeetingService({
      appointment,
      graph,
      settings: new FakeSettings(),
      env: new FakeEnvironment(),
    });
    appointment.rewriteOnSet = (b) => outlookClient("classic").text(b);
    await expect(service.add({ route: "standalone" })).resolves.toMatchObject({ kind: "added" });
    expect(countBlocks(appointment.body, "text")).toBe(1);
    expect(appointment.body.startsWith("Agenda\r\nbudget and the plan\r\n")).toBe(true);
    expect(appointment.bodyWrites).toBe(1);
  });

  test.each([
    ["drops the organizer's bold", (b: string) => b.replace(/<\/?b>/g, "")],
    [
      "drops the organizer's link",
      (b: string) => b.replace(/<a href="https:\/\/contoso[^>]*>([^<]*)<\/a>/, "$1"),
    ],
  ])(
    "a host that %s when our block arrives: the original is restored and the failure reported",
    async (_what, damage) => {
      const { appointment, service } = setup();
      // The damage comes with our block (a client flattening what it re-creates); the restore is intact.
      appointment.rewriteOnSet = (b) => (b.includes("omo-join-block") ? damage(b) : b);
      await expect(service.add({ route: "standalone" })).rejects.toMatchObject({
        code: ErrorCode.bodyWriteFailed,
      });
      expect(appointment.body).toBe(ORGANIZER);
      // One write, one repair attempt, then the restore.
      expect(appointment.bodyWrites).toBe(3);
    },
  );
});
