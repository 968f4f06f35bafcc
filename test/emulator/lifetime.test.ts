// Emulator rules L1–L3 (emulator/graph/README.md): a Teams link expires 60 days after the meeting's end;
// any update gives it another 60 days; an expired link no longer joins (MC772556). Fixed clock.
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";

let g: RunningEmulator;
beforeAll(async () => {
  g = await startEmulator();
});
afterAll(() => g.close());
const OM = ["OnlineMeetings.ReadWrite"];
const DAY = 86_400_000;
const END = "2026-12-01T10:00:00.000Z";

async function create(scenario = {}) {
  g.emulator.reset({ now: "2026-11-30T00:00:00.000Z", ...scenario });
  const res = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, {
    body: { externalId: "x", startDateTime: "2026-12-01T09:00:00.000Z", endDateTime: END },
  });
  return res.json;
}
const expiry = () => g.emulator.state().meetings[0]!.linkExpiresAt;
const join = async (url: string) =>
  (
    (await (await fetch(`${g.origin}/__emulator/join?url=${encodeURIComponent(url)}`)).json()) as {
      status: string;
    }
  ).status;

test("L1: a new meeting's link expires 60 days after its end", async () => {
  await create();
  expect(expiry()).toBe(new Date(Date.parse(END) + 60 * DAY).toISOString());
});

test("L2: an update gives the link another 60 days from the update", async () => {
  const m = await create();
  const at = new Date(Date.parse(END) + 50 * DAY);
  g.emulator.setClock(at);
  await g.call("PATCH", `/me/onlineMeetings/${m.id as string}`, OM, { body: { subject: "Renamed" } });
  expect(expiry()).toBe(new Date(at.getTime() + 60 * DAY).toISOString());
});

test("L3: after expiry the link no longer joins; GET still answers by default, 404 under the switch", async () => {
  const m = await create();
  const url = m.joinWebUrl as string;
  expect(await join(url)).toBe("joinable");
  g.emulator.setClock(new Date(Date.parse(END) + 61 * DAY));
  expect(await join(url)).toBe("expired");
  expect((await g.call("GET", `/me/onlineMeetings/${m.id as string}`, OM)).status).toBe(200);
  const again = await create({ expiredMeetingGet: "notFound" });
  g.emulator.setClock(new Date(Date.parse(END) + 61 * DAY));
  expect((await g.call("GET", `/me/onlineMeetings/${again.id as string}`, OM)).status).toBe(404);
});
