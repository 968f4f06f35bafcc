// What the route picker and the join-language list show (part of describePane): the choices the
// calendar allows, the checked one, the note under them, and when the language list is there.
import { realProviders } from "../../core/route";
import { message, providerName, type Label, type Message } from "../shared/messages";
import { selectedRoute, type PaneState, type RouteValue } from "./pane-state";

export interface RouteOption {
  value: RouteValue;
  label: Message;
}

export interface LanguageOptionModel {
  tag: string;
  label: Label;
}

export interface RoutesModel {
  choices: RouteOption[];
  /** The checked choice (null while there are none). */
  selected: RouteValue | null;
  disabled: boolean;
  /** Sentences under the choices; none: the note is hidden. */
  note: Message[];
  language: { visible: boolean; options: LanguageOptionModel[]; value: string; disabled: boolean };
}

/** Nothing about the appointment or its calendar is known yet: the pane is as first painted. */
export function opening(state: PaneState): boolean {
  return state.meeting === null && !state.routesShown;
}

export function describeRoutes(state: PaneState, options: LanguageOptionModel[]): RoutesModel {
  const { meeting, providers, working } = state;
  const real = providers ? realProviders(providers) : [];
  const choices: RouteOption[] = state.routesShown
    ? [
        ...real.map((provider) => ({
          value: `calendar:${provider}` as const,
          label: message("route.calendar", { provider: providerName(provider) }),
        })),
        { value: "standalone", label: message("route.standalone") },
      ]
    : [];
  const on = meeting?.kind === "ours" || meeting?.kind === "calendar-online";
  const ownStandalone = meeting?.kind === "ours" && meeting.route === "standalone";
  const standalone = selectedRoute(state) === "standalone";
  const owner = providers?.owner;
  const note = opening(state)
    ? [message("route.loading")]
    : [
        ...(providers && real.length === 0 ? [message("route.noProvider")] : []),
        // Before creating: in someone else's calendar the standalone meeting is the delegate's own.
        ...(standalone && owner && meeting?.kind !== "ours"
          ? [message("route.delegateOrganizer", { owner })]
          : []),
      ];
  return {
    choices,
    selected: state.checkedRoute,
    disabled: meeting !== null && (on || working),
    note,
    language: {
      // An existing standalone meeting's join text can be put into another language (same meeting).
      visible: !opening(state) && (ownStandalone || (meeting?.kind !== "ours" && standalone)),
      options,
      value: state.joinLanguage,
      // Kept enabled while its own change runs: disabling the focused control would drop focus.
      disabled: meeting !== null && !ownStandalone && (on || working),
    },
  };
}
