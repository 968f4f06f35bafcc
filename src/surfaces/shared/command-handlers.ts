// The UI-less surfaces: the ribbon's one-click command, the mobile online-meeting toggle and the
// launch event for new appointments. Progress and outcome as Outlook notification messages;
// event.completed() exactly once, whatever happens.
import type { AddRequest } from "../../app/meeting-service";
import { AppError, ErrorCode, toAppError } from "../../core/errors";
import { calendarRouteConfirmed } from "../../core/user-settings";
import { loadTranslator, resolveLocale, translator, type Translate } from "../../i18n";
import { OfficeNotifications } from "../../adapters/office-notifications";
import { compose } from "./composition";
import { errorMessage } from "./error-message";
import { PROGRESS_MESSAGE, serviceNameKey } from "./messages";

interface CommandEvent {
  completed(options?: unknown): void;
}

type Mode = "ribbon" | "mobile" | "launch";

async function run(event: CommandEvent, mode: Mode): Promise<void> {
  const notifications = new OfficeNotifications();
  let t: Translate = translator(Office.context.displayLanguage);
  try {
    const c = await compose();
    t = c.t;
    const settings = await c.settings.load();
    // Launch events act only for organizers who asked for it.
    if (mode === "launch" && !settings.autoAdd) return;
    // Mobile and launch events never save the item (an abandoned new item must leave nothing on the
    // calendar) and can't ask anything: the standalone route. The ribbon follows the user's default.
    const request: AddRequest = mode === "ribbon" ? { route: "auto" } : { route: "standalone" };
    const result = await c.service.add(request, {
      // Without a pane there is nowhere to ask: the organizer confirms the calendar route once there.
      // Turning a whole series online from one occurrence is always confirmed in the pane.
      confirmCalendarRoute: (info) =>
        calendarRouteConfirmed(settings, info.wholeSeries)
          ? Promise.resolve(true)
          : Promise.reject(
              new AppError(ErrorCode.irreversible, "needs confirmation in the pane", {
                wholeSeries: info.wholeSeries,
              }),
            ),
      onProgress: (step) => void notifications.progress(t(PROGRESS_MESSAGE[step])).catch(() => undefined),
    });
    if (result.kind === "added") await notifications.success(t("done.added"));
    else if (result.kind === "already" && mode !== "launch") await notifications.success(t("done.already"));
    else await notifications.clear();
  } catch (e) {
    const err = toAppError(e);
    // Failed before the user's catalog was in: fetch it, so the error speaks their language too.
    if (t.locale !== resolveLocale(Office.context.displayLanguage))
      t = await loadTranslator(Office.context.displayLanguage);
    let text: string;
    if (err.code === ErrorCode.irreversible)
      text = t(err.details.wholeSeries ? "command.needsConfirmSeries" : "command.needsConfirm");
    else if (err.code === ErrorCode.foreignMeeting)
      text = t("command.foreign", { service: t(serviceNameKey(err.details.service)) });
    else text = errorMessage(err, t).text;
    await notifications.error(text).catch(() => undefined);
  } finally {
    event.completed();
  }
}

export const addOnlineMeeting = (event: CommandEvent) => run(event, "ribbon");
export const addOnlineMeetingMobile = (event: CommandEvent) => run(event, "mobile");
export const onNewAppointment = (event: CommandEvent) => run(event, "launch");
