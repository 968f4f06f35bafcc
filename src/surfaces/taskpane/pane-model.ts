// What the task pane shows, as plain data: describePane(state) is the one place that decides the
// switch, the sentences, which sections are visible, the route choices and the preselected one, the
// confirmation, the error box and the progress line (the route picker's part: routes-model.ts). Pure
// (no DOM, no Office.js, no catalog): the view parts in parts/ render it, and
// test/surfaces/pane-model*.test.ts hold it to what users rely on.
import type { CalendarRouteInfo } from "../../app/meeting-service";
import { ErrorCode, type AppError } from "../../core/errors";
import type { MeetingState } from "../../core/types";
import { describeError } from "../shared/error-message";
import { message, PROGRESS_MESSAGE, providerName, serviceNameKey, type Message } from "../shared/messages";
import type { PaneState } from "./pane-state";
import { describeRoutes, type LanguageOptionModel, type RoutesModel } from "./routes-model";

export interface PaneContext {
  /** The pane's language, for dates. */
  uiLocale: string;
  /** The loaded catalog's language, for the wording of waits in error messages. */
  catalogLocale?: string | undefined;
}

export interface SwitchModel {
  on: boolean;
  /** Shown as aria-disabled (a disabled button would drop keyboard focus mid-operation). */
  disabled: boolean;
  /** Its tooltip: why it can't be turned off. */
  hint: Message | null;
  /** What pressing it does. */
  press: "add" | "remove" | null;
}

export interface CardModel {
  switch: SwitchModel;
  /** Sentences, shown one after the other. */
  status: Message[];
  joinUrl: string | null;
  /** Until when the join link works; null (no line at all) while there is no date to show. */
  validUntil: Message | null;
}

export interface ConfirmationModel {
  title: Message;
  /** Only when a whole series becomes online. */
  series: Message | null;
  irreversible: Message;
  /** Only when a new appointment is saved first. */
  save: Message | null;
}

export interface ErrorModel {
  text: Message;
  /** Where an administrator consents. */
  consentLink: string | null;
  /** The retry button's label, when the pane offers to try again. */
  retry: Message | null;
}

export interface SettingsModel {
  autoAdd: boolean;
  /** The list offers these two; a stored "calendar" reads as "auto". */
  route: "auto" | "standalone";
  language: string;
  options: LanguageOptionModel[];
}

export interface PaneModel {
  card: CardModel;
  /** Another service's join link is in the body. */
  foreign: Message | null;
  confirmation: ConfirmationModel | null;
  progress: Message | null;
  error: ErrorModel | null;
  routes: RoutesModel;
  settings: SettingsModel;
  account: Message | null;
  /** The appointment holds our meeting (either route): its options can be set. */
  meetingExists: boolean;
}

export function describePane(state: PaneState, context: PaneContext): PaneModel {
  const { meeting, confirmation, error, account } = state;
  const options = state.languageOptions.map((option) => ({
    tag: option.tag,
    label: option.isDefault ? message("language.default", { language: option.name }) : option.name,
  }));
  return {
    card: describeCard(state, context),
    meetingExists: meeting?.kind === "ours",
    foreign:
      meeting?.kind === "foreign"
        ? message("state.foreign", { service: message(serviceNameKey(meeting.meeting.service)) })
        : null,
    confirmation: confirmation && describeConfirmation(confirmation),
    progress: state.progress ? message(PROGRESS_MESSAGE[state.progress]) : null,
    error: error && describeErrorBox(error.error, error.canRetry, context),
    routes: describeRoutes(state, options),
    settings: {
      autoAdd: state.settings.autoAdd === true,
      route: state.settings.route === "standalone" ? "standalone" : "auto",
      language: state.settingsLanguage,
      options,
    },
    account: account && message("account.signedInAs", { name: account.name || account.username }),
  };
}

function describeCard(state: PaneState, context: PaneContext): CardModel {
  const { meeting, working } = state;
  if (!meeting) {
    return {
      switch: { on: false, disabled: true, hint: null, press: null },
      status: [message("app.loading")],
      joinUrl: null,
      validUntil: null,
    };
  }
  const on = meeting.kind === "ours" || meeting.kind === "calendar-online";
  // Graph cannot turn an online event off again; another service's link must be dealt with first.
  const fixed =
    (meeting.kind === "ours" && meeting.route === "calendar") ||
    meeting.kind === "calendar-online" ||
    meeting.kind === "foreign";
  const disabled = working || fixed;
  return {
    switch: {
      on,
      disabled,
      hint: meeting.kind === "ours" && meeting.route === "calendar" ? message("remove.irreversible") : null,
      press: disabled ? null : on ? "remove" : "add",
    },
    status: statusOf(meeting),
    joinUrl:
      (meeting.kind === "ours" || meeting.kind === "calendar-online") && meeting.joinUrl
        ? meeting.joinUrl
        : null,
    validUntil:
      meeting.kind === "ours" && meeting.linkValidUntil
        ? message("state.validUntil", { date: longDate(meeting.linkValidUntil, context.uiLocale) })
        : null,
  };
}

function statusOf(meeting: MeetingState): Message[] {
  switch (meeting.kind) {
    case "none":
    case "foreign":
      return [message("state.none")];
    case "calendar-online":
      return [message("state.calendarOnline", { provider: providerName(meeting.provider) })];
    case "ours": {
      const added =
        meeting.route === "calendar"
          ? message("state.ours.calendar", { provider: providerName(meeting.provider) })
          : message("state.ours.standalone");
      return meeting.organizer
        ? [added, message("state.organizer", { organizer: meeting.organizer })]
        : [added];
    }
  }
}

function describeConfirmation({ provider, needsSave, wholeSeries }: CalendarRouteInfo): ConfirmationModel {
  return {
    title: message("confirm.calendar.title", { provider: providerName(provider) }),
    series: wholeSeries ? message("confirm.calendar.series", { provider: providerName(provider) }) : null,
    irreversible: message("confirm.calendar.irreversible"),
    save: needsSave ? message("confirm.calendar.save") : null,
  };
}

const SIGN_IN_AGAIN: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  ErrorCode.signInRequired,
  ErrorCode.signInCancelled,
]);

function describeErrorBox(error: AppError, canRetry: boolean, context: PaneContext): ErrorModel {
  const { text, link } = describeError(error, context.catalogLocale);
  return {
    text,
    consentLink: link ?? null,
    // The Office dialog opens only from a click: then this button is the pane's "Sign in", also
    // after a cancelled sign-in.
    retry:
      canRetry && error.retryable
        ? message(SIGN_IN_AGAIN.has(error.code) ? "action.signIn" : "action.retry")
        : null,
  };
}

function longDate(date: Date, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}
