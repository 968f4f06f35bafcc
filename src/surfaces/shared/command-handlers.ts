// The UI-less surfaces: the ribbon's one-click command, the mobile online-meeting toggle and the
// launch event for new appointments. Progress and outcome as Outlook notification messages;
// event.completed() exactly once, whatever happens.
import { defaultsMissed } from "../../app/apply-defaults";
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
  let translate: Translate = translator(Office.context.displayLanguage);
  try {
    const composition = await compose();
    translate = composition.translate;
    const settings = await composition.settings.load();
    // Launch events act only for organizers who asked for it.
    if (mode === "launch" && !settings.autoAdd) return;
    // Mobile and launch events never save the item (an abandoned new item must leave nothing on the
    // calendar) and can't ask anything: the standalone route. The ribbon follows the user's default.
    const request: AddRequest = mode === "ribbon" ? { route: "auto" } : { route: "standalone" };
    const result = await composition.service.add(request, {
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
      onProgress: (step) =>
        void notifications.progress(translate(PROGRESS_MESSAGE[step])).catch(() => undefined),
    });
    // The meeting is in; the organizer's default options didn't all take: said as other problems are.
    if (result.kind === "added" && defaultsMissed(result.defaults))
      await notifications.error(translate("done.addedDefaultsMissed"));
    else if (result.kind === "added") await notifications.success(translate("done.added"));
    else if (result.kind === "already" && mode !== "launch")
      await notifications.success(translate("done.already"));
    else await notifications.clear();
  } catch (thrown) {
    const error = toAppError(thrown);
    // Failed before the user's catalog was in: fetch it, so the error speaks their language too.
    if (translate.locale !== resolveLocale(Office.context.displayLanguage))
      translate = await loadTranslator(Office.context.displayLanguage);
    let text: string;
    if (error.code === ErrorCode.irreversible)
      text = translate(error.details.wholeSeries ? "command.needsConfirmSeries" : "command.needsConfirm");
    else if (error.code === ErrorCode.foreignMeeting)
      text = translate("command.foreign", { service: translate(serviceNameKey(error.details.service)) });
    else text = errorMessage(error, translate).text;
    await notifications.error(text).catch(() => undefined);
  } finally {
    event.completed();
  }
}

export const addOnlineMeeting = (event: CommandEvent) => run(event, "ribbon");
export const addOnlineMeetingMobile = (event: CommandEvent) => run(event, "mobile");
export const onNewAppointment = (event: CommandEvent) => run(event, "launch");
