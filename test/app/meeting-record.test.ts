// What the pane shows of our meeting from the record kept on the item: the route (a record written
// before routes existed is a standalone meeting), and until when the join link works, which only a
// standalone meeting synced to an end has (the calendar route's link lives with the event).
import { ourMeetingState } from "../../src/app/meeting-record";
import { linkValidUntil } from "../../src/core/series-span";
import type { StoredMeeting } from "../../src/core/types";

const BASE: StoredMeeting = {
  v: 1,
  externalId: "ext-record",
  joinUrl: "https://teams.microsoft.com/l/meetup-join/r",
};
const END = "2026-12-03T10:00:00.0000000";

test("a record without a route is a standalone meeting", () => {
  expect(ourMeetingState(BASE).route).toBe("standalone");
});

test("a standalone meeting synced to an end shows until when its link works", () => {
  const state = ourMeetingState({ ...BASE, route: "standalone", syncedEnd: END });
  expect(state.linkValidUntil).toEqual(linkValidUntil(END));
  expect(state.linkValidUntil).toBeInstanceOf(Date);
});

test("no expiry is shown for a standalone meeting never synced, nor for the calendar route", () => {
  expect(ourMeetingState({ ...BASE, route: "standalone" }).linkValidUntil).toBeUndefined();
  expect(ourMeetingState({ ...BASE, route: "calendar", syncedEnd: END }).linkValidUntil).toBeUndefined();
});
