// Function file (commands.html): the ribbon command, the mobile toggle and, where launch events run in
// a browser runtime, the new-appointment event. Ids must match manifest.xml (npm run validate checks).
import { addOnlineMeeting, addOnlineMeetingMobile, onNewAppointment } from "../shared/command-handlers";

void Office.onReady(() => {
  Office.actions.associate(
    "addOnlineMeeting",
    (event: Office.AddinCommands.Event) => void addOnlineMeeting(event),
  );
  Office.actions.associate(
    "addOnlineMeetingMobile",
    (event: Office.AddinCommands.Event) => void addOnlineMeetingMobile(event),
  );
  Office.actions.associate(
    "onNewAppointment",
    (event: Office.AddinCommands.Event) => void onNewAppointment(event),
  );
});
