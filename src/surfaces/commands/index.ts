// Function file: the one-click "Add online meeting" ribbon command. No UI: progress and outcome as
// Outlook notification messages; event.completed() exactly once, whatever happens.
import { AppError, ErrorCode, toAppError } from "../../core/errors";
import { compose } from "../shared/composition";
import { errorMessage } from "../shared/error-message";
import { OfficeNotifications } from "../../adapters/office-notifications";
import { translator, type MessageKey } from "../../i18n";
import type { ProgressStep } from "../../app/meeting-service";

const PROGRESS: Record<ProgressStep, MessageKey> = {
  saving: "progress.saving",
  contacting: "progress.contacting",
  "waiting-for-sync": "progress.waitingForSync",
  writing: "progress.writing",
  removing: "progress.removing",
};

const SERVICES = ["teams", "zoom", "webex", "meet", "jitsi", "skype", "gotomeeting"];
function serviceKey(service: string | undefined): MessageKey {
  return `service.${SERVICES.includes(service ?? "") ? (service as "teams") : "other"}`;
}

export async function addOnlineMeeting(event: Office.AddinCommands.Event): Promise<void> {
  const notifications = new OfficeNotifications();
  let t = translator(Office.context.displayLanguage);
  try {
    const c = await compose();
    t = c.t;
    const settings = await c.settings.load();
    const result = await c.service.add(
      { route: "auto" },
      {
        // Without a pane there is nowhere to ask: the organizer confirms once in the pane.
        confirmCalendarRoute: () => {
          if (settings.calendarRouteConfirmed) return Promise.resolve(true);
          return Promise.reject(new AppError(ErrorCode.irreversible, "needs confirmation in the pane"));
        },
        onProgress: (step) => void notifications.progress(t(PROGRESS[step])).catch(() => undefined),
      },
    );
    if (result.kind === "added") await notifications.success(t("done.added"));
    else if (result.kind === "already") await notifications.success(t("done.already"));
  } catch (e) {
    const err = toAppError(e);
    let text: string;
    if (err.code === ErrorCode.irreversible) text = t("command.needsConfirm");
    else if (err.code === ErrorCode.foreignMeeting)
      text = t("command.foreign", { service: t(serviceKey(err.details.service)) });
    else text = errorMessage(err, t).text;
    await notifications.error(text).catch(() => undefined);
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  Office.actions.associate("addOnlineMeeting", (event: Office.AddinCommands.Event) => {
    void addOnlineMeeting(event);
  });
});
