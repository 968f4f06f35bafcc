// The sentences the pane and the one-click commands share: progress and the name of another service.
import { PROGRESS_MESSAGE, serviceNameKey } from "../../src/surfaces/shared/messages";
import { translator } from "../../src/i18n";

const english = translator("en-US");

test("each step of an add or a removal reads the same in the pane and in Outlook's notifications", () => {
  expect(
    Object.fromEntries(Object.entries(PROGRESS_MESSAGE).map(([step, key]) => [step, english(key)])),
  ).toEqual({
    saving: "Saving the appointment…",
    contacting: "Creating the online meeting…",
    "waiting-for-sync": "Waiting for Outlook to sync the appointment…",
    writing: "Adding the join details…",
    removing: "Removing the online meeting…",
  });
});

test.each([
  ["teams", "Microsoft Teams"],
  ["zoom", "Zoom"],
  ["webex", "Webex"],
  ["meet", "Google Meet"],
  ["jitsi", "Jitsi"],
  ["skype", "Skype"],
  ["gotomeeting", "GoTo Meeting"],
  ["other", "online meeting"],
])("another service's link found in the body is named: %s", (service, name) => {
  expect(english(serviceNameKey(service))).toBe(name);
});

test.each([[undefined], [""], ["bluejeans"], ["constructor"], ["toString"]])(
  "a service name the detector never reports (%p) reads as an online meeting, never a raw key",
  (service) => {
    expect(serviceNameKey(service)).toBe("service.other");
  },
);
