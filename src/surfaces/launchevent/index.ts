// launchevent.js: the new-appointment launch event for classic Outlook on Windows, whose JavaScript-only
// runtime loads one file with no imports at run time — webpack builds this entry as a single file.
import { onNewAppointment } from "../shared/command-handlers";

Office.actions.associate(
  "onNewAppointment",
  (event: Office.AddinCommands.Event) => void onNewAppointment(event),
);
