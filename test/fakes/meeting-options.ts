// The options a new Teams meeting holds, for the fakes and the tests that start from them.
import type { MeetingOptions } from "../../src/core/meeting-options";

/** A new meeting's options as Graph docs' Get onlineMeeting examples answer them. */
export const DEFAULT_OPTIONS: MeetingOptions = {
  lobbyBypassSettings: { scope: "organization", isDialInBypassEnabled: false },
  allowedPresenters: "everyone",
  allowMeetingChat: "enabled",
  allowAttendeeToEnableMic: true,
  allowAttendeeToEnableCamera: true,
  recordAutomatically: false,
  isEntryExitAnnounced: true,
};
