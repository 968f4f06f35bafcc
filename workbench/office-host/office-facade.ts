// An Office.js-shaped facade over the workbench host: callback AsyncResults delivered asynchronously
// (async-result.ts), string enums with the runtime's values, Outlook's error codes and names. Each
// piece is typed against @types/office-js (Pick<> of the real interfaces), so the compiler checks its
// shape: the item and its parts in appointment-item.ts, item-body.ts, recipients.ts,
// notification-messages.ts and custom-properties.ts; Office.context in mailbox-context.ts.
import type { WorkbenchHost } from "./workbench-host";
import { DELAY_MS } from "./async-result";
import { createContext } from "./mailbox-context";
import { StandInSeriesTime } from "./recurrence";
import { dialogUi, openerBridge, paneUi } from "./dialog";

/** The runtime's enums, with their string values (the typings declare none). */
const ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Html: "html", Text: "text" },
  EventType: {
    AppointmentTimeChanged: "olkAppointmentTimeChanged",
    RecipientsChanged: "olkRecipientsChanged",
    RecurrenceChanged: "olkRecurrenceChanged",
    DialogMessageReceived: "dialogMessageReceived",
    DialogEventReceived: "dialogEventReceived",
    DialogParentMessageReceived: "dialogParentMessageReceived",
  },
  HostType: { Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  MailboxEnums: {
    RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    ItemNotificationMessageType: {
      ProgressIndicator: "progressIndicator",
      InformationalMessage: "informationalMessage",
      ErrorMessage: "errorMessage",
      InsightMessage: "insightMessage",
    },
    ItemType: { Message: "message", Appointment: "appointment" },
    RecurrenceType: {
      Daily: "daily",
      Weekday: "weekday",
      Weekly: "weekly",
      Monthly: "monthly",
      Yearly: "yearly",
    },
    Days: {
      Mon: "mon",
      Tue: "tue",
      Wed: "wed",
      Thu: "thu",
      Fri: "fri",
      Sat: "sat",
      Sun: "sun",
      Weekday: "weekday",
      WeekendDay: "weekendDay",
      Day: "day",
    },
  },
};

export function createOffice(host: WorkbenchHost, win: Window): typeof Office {
  const office = {
    ...ENUMS,
    // Office.context.ui: the pane's dialog API, or, in a window a pane opened as its dialog, the
    // dialog's side of it (dialog.ts).
    context: { ...createContext(host), ui: dialogOrPane(win) },
    // `new Office.SeriesTime()` (docs, Office.Recurrence.setAsync example; the runtime exports its
    // class as Microsoft.Office.WebExtension.SeriesTime).
    SeriesTime: StandInSeriesTime,
    actions: {
      associate: (
        id: string,
        handler: (event: { completed: () => void; source: { id: string } }) => void,
      ) => {
        host.actions.set(id, handler);
      },
    },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      // As the runtime reports it (addin: null outside shared runtimes).
      const info = { host: "Outlook", platform: "OfficeOnline", addin: null };
      return new Promise<{ host: string; platform: string }>((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, DELAY_MS),
      );
    },
    initialize: undefined,
    _workbenchWindow: win,
  };
  return office as unknown as typeof Office;
}

function dialogOrPane(win: Window) {
  const bridge = openerBridge(win);
  return bridge ? dialogUi(win, bridge) : paneUi(win);
}
