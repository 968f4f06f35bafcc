// What the use-cases take and give: the ports they run on, the requests, the hooks a surface answers
// (confirmation, progress) and the results. Shared by meeting-service.ts and the two routes.
import type { MeetingState, OnlineMeetingProvider, RouteChoice } from "../core/types";
import type { AppointmentPort } from "../ports/appointment";
import type { EnvironmentPort } from "../ports/environment";
import type { GraphPort } from "../ports/graph";
import type { SettingsPort } from "../ports/settings";
import type { DefaultsOutcome } from "./apply-defaults";

export interface MeetingDeps {
  appointment: AppointmentPort;
  graph: GraphPort;
  settings: SettingsPort;
  env: EnvironmentPort;
}

export type ProgressStep = "saving" | "contacting" | "waiting-for-sync" | "writing" | "removing";

export interface AddRequest extends RouteChoice {
  /** Join text language (standalone route); default: settings, then Outlook's display language. */
  language?: string | undefined;
  /** Add even though another service's join link is in the body. */
  force?: boolean | undefined;
}

export interface CalendarRouteInfo {
  provider: OnlineMeetingProvider;
  /** A new appointment is saved to the calendar first. */
  needsSave: boolean;
  /** The open item is one occurrence of a series: the whole series becomes online (its master). */
  wholeSeries: boolean;
}

export interface AddHooks {
  /**
   * Called before anything irreversible happens on the calendar route: saving a new appointment puts it
   * on the calendar, and Graph cannot turn an online event off again. Resolve false to stop.
   */
  confirmCalendarRoute?: (info: CalendarRouteInfo) => Promise<boolean>;
  onProgress?: (step: ProgressStep) => void;
}

export type AddResult =
  | {
      kind: "added";
      route: "calendar" | "standalone";
      provider?: OnlineMeetingProvider;
      joinUrl: string;
      /** The organizer's default meeting options, when they have some: how applying them went. */
      defaults?: DefaultsOutcome;
    }
  | { kind: "already"; state: MeetingState }
  | { kind: "cancelled" };

export interface ServiceOptions {
  /** Retries of the 404 that follows saving a new item while it syncs to the server. */
  syncRetry?: SyncRetry;
}

export interface SyncRetry {
  attempts: number;
  delayMs: number;
}
