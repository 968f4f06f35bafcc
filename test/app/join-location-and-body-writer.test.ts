// The join URL in the location and the body writer's edges: an empty location is one that shows
// nothing, a record that can't be kept takes the location back, a removal without our record touches
// nothing, and the body writer refuses a record without a join link before writing anything.
import { BodyWriter } from "../../src/app/body-writer";
import { putJoinUrlInEmptyLocation, takeBackLocation } from "../../src/app/join-location";
import { AppError, ErrorCode } from "../../src/core/errors";
import type { StoredMeeting } from "../../src/core/types";
import { FakeAppointment } from "../fakes/fake-appointment";

const JOIN_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_L%40thread.v2/0";
const RECORD: StoredMeeting = { v: 1, externalId: "ext-location", joinUrl: JOIN_URL };
const BODY = "<html><body><p>Agenda</p></body></html>";

test("a location of only spaces shows nothing: the join link goes there and is recorded as ours", async () => {
  const appointment = new FakeAppointment({ body: BODY, location: "   " });
  const next = await putJoinUrlInEmptyLocation(appointment, RECORD, JOIN_URL);
  expect(appointment.location).toBe(JOIN_URL);
  expect(next.locationSetByUs).toBe(JOIN_URL);
});

test("a record that can't be saved takes the location back, and the failure is reported", async () => {
  const appointment = new FakeAppointment({ body: BODY, location: "" });
  const failure = new AppError(ErrorCode.hostError, "saveAsync failed");
  appointment.saveStoredMeeting = () => Promise.reject(failure);
  await expect(putJoinUrlInEmptyLocation(appointment, RECORD, JOIN_URL)).rejects.toBe(failure);
  expect(appointment.location).toBe("");
});

test("a removal without our record, or a record that set no location, leaves the location alone", async () => {
  const appointment = new FakeAppointment({ body: BODY, location: JOIN_URL });
  await takeBackLocation(appointment, null);
  await takeBackLocation(appointment, RECORD);
  expect(appointment.location).toBe(JOIN_URL);
});

test("the body writer refuses a record without a join link before writing anything", async () => {
  const appointment = new FakeAppointment({ body: BODY });
  const writer = new BodyWriter(appointment);
  const record = { v: 1, externalId: "ext-no-link" } as StoredMeeting;
  await expect(writer.insert("<p>Join</p>", record)).rejects.toMatchObject({ code: ErrorCode.hostError });
  expect(appointment.body).toBe(BODY);
  expect(appointment.stored).toBeNull();
});

test("a body without our record or without our join link holds none of our text: nothing to cut, no error", () => {
  const writer = new BodyWriter(new FakeAppointment({ body: BODY }));
  expect(writer.withoutOurText(BODY, "html", null)).toBeNull();
  expect(writer.withoutOurText(BODY, "html", RECORD)).toBeNull();
  expect(writer.withoutOurText(BODY, "html", { v: 1, externalId: "ext-no-link" })).toBeNull();
});

test("a body of exactly Outlook's 1,000,000 characters is written; one more is refused", async () => {
  const appointment = new FakeAppointment({ body: BODY });
  const writer = new BodyWriter(appointment);
  const exact = "x".repeat(1_000_000);
  await writer.write("", exact, "text", { expectBlocks: 0, key: undefined });
  expect(appointment.body).toBe(exact);
  await expect(
    writer.write(exact, `${exact}x`, "text", {
      expectBlocks: 0,
      key: undefined,
    }),
  ).rejects.toMatchObject({ code: ErrorCode.bodyTooLarge });
});
