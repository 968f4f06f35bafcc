// The emulated Outlook behind the workbench: one appointment in compose mode, with Outlook's rules
// (ids only after a save, custom properties saved with the item, notification limits, body size
// limit, events on change). The Office-shaped facade (office-facade.ts) sits on top; a later host can
// replace the facade and keep this state.
import type { Scenario, ScenarioAttendee } from "../scenario";
import {
  DEFAULT_OUTLOOK_CLIENT,
  outlookClient,
  type OutlookClient,
  type OutlookClientName,
} from "../outlook-clients/profiles";
import { asOutlookKeepsIt, recurrenceToWire, type RecurrenceWire } from "./recurrence";

export interface AppointmentState {
  subject: string;
  start: Date;
  end: Date;
  location: string;
  requiredAttendees: ScenarioAttendee[];
  optionalAttendees: ScenarioAttendee[];
  body: string;
  bodyType: "html" | "text";
  itemId: string | null;
  customProperties: Record<string, unknown>;
  /** The series' pattern in the runtime's wire form (recurrence.ts); null: a single appointment. */
  recurrence: RecurrenceWire | null;
  /** An occurrence: the EWS id of its series' master (null for a single appointment or a series). */
  seriesId: string | null;
  sharedOwner: string | null;
}

export interface Notification {
  key: string;
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
}

export type HostEvent = "olkAppointmentTimeChanged" | "olkRecipientsChanged" | "olkRecurrenceChanged";

/** What the host hands an item event's handlers (the recurrence in its wire form). */
export type HostEventArgs = {
  type: HostEvent;
  start?: string;
  end?: string;
  recurrence?: RecurrenceWire | null;
};

export class HostFailure extends Error {
  constructor(
    readonly code: number,
    readonly errorName: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * True for a HostFailure from any window: the state lives in the workbench page while the stand-in
 * runs in each add-in frame, and each has its own copy of the class, so `instanceof` is not enough.
 */
export function isHostFailure(e: unknown): e is HostFailure {
  return (
    typeof e === "object" &&
    e !== null &&
    typeof (e as HostFailure).code === "number" &&
    typeof (e as HostFailure).errorName === "string"
  );
}

/** The Outlook operations the add-in uses, each of which the workbench can make fail. */
export const OUTLOOK_OPERATIONS = [
  "getBody",
  "setBody",
  "getLocation",
  "setLocation",
  "loadCustomProperties",
  "saveCustomProperties",
  "save",
  "getItemId",
  "notification",
] as const;
export type OutlookOperation = (typeof OUTLOOK_OPERATIONS)[number];
export type OutlookFaults = Partial<Record<OutlookOperation, number>>;

/** Names the runtime gives these codes (outlook-web-16.01.js, addErrorMessage). */
const OFFICE_ERROR_NAMES: Record<number, string> = {
  9020: "GenericResponseError",
  9021: "SaveError",
  9041: "NetworkError",
  9042: "InternalServerError",
};

function faultsFrom(scenario: Scenario): OutlookFaults {
  return scenario.outlook?.saveFails ? { save: 9021 } : {};
}

export type BodyDamage = "links" | "bold";
const DAMAGE: Record<BodyDamage, (html: string) => string> = {
  links: (html) => html.replace(/<a\b[^>]*>([\s\S]*?)<\/a\s*>/gi, "$1"),
  bold: (html) => html.replace(/<\/?(?:b|strong)\b[^>]*>/gi, ""),
};

export const BODY_LIMIT = 1_000_000;
export const CUSTOM_PROPERTIES_LIMIT = 2_500;
export const NOTIFICATION_LIMIT = 5;
export const NOTIFICATION_MESSAGE_LIMIT = 150;

export class WorkbenchHost {
  scenario: Scenario;
  appointment: AppointmentState;
  roaming: Record<string, unknown> = {};
  notifications: Notification[] = [];
  /** Handlers associated by function files (Office.actions.associate). */
  actions = new Map<
    string,
    (event: { completed: (options?: unknown) => void; source: { id: string } }) => void
  >();
  private handlers = new Map<HostEvent, Set<(arg: HostEventArgs) => void>>();
  private changeListeners = new Set<() => void>();
  /** Hosts that forward item events elsewhere (the real runtime's host); kept across scenarios. */
  private itemEventListeners = new Set<(type: HostEvent, arg: HostEventArgs) => void>();
  /**
   * Keyboard focus leaving an add-in frame (Tab past an end, or Escape): the workbench page moves it
   * on to its own controls, as Outlook does. `from` is the frame's window.
   */
  focusExit: (from: Window, how: "forward" | "backward" | "escape") => void = () => undefined;
  /** Where saved items are synced to (the Graph emulator's control API). */
  controlBase: string;
  saves = 0;
  /**
   * Outlook's own failures, from the scenario or set while it runs (omoWorkbench.setOutlookFaults):
   * each listed operation fails with that Office error code until the faults are changed.
   */
  faults: OutlookFaults = {};
  /**
   * The Outlook client whose body rewrites apply to what the add-in sets (outlook-clients/): the
   * override (`?outlookClient=`, omoWorkbench.setOutlookClient) if any, else the scenario's, else
   * Outlook on the web.
   */
  client: OutlookClient;
  clientOverride: OutlookClientName | null;
  /**
   * Fault injection (omoWorkbench.setBodyDamage): from now on, a setAsync that makes the body longer
   * loses the organizer's links or bold, as a client that damages content would. No real client is
   * known to; it exercises the add-in's read-back check and restore.
   */
  bodyDamage: BodyDamage | null = null;
  /**
   * Whether Outlook offers nested app authentication here (requirement set NestedAppAuth 1.1, on
   * both runtimes). Off by default: the workbench's own pages sign in locally and no NAA bridge is
   * in their frames; `?nestedAppAuth=supported` turns it on for pages that get one (the production
   * smoke test supplies a bridge stand-in, test/e2e/production-smoke/).
   */
  nestedAppAuth = false;

  /**
   * Whether this mailbox gets NestedAppAuth 1.1: where it is turned on, and never in an Outlook.com
   * or Gmail mailbox ("Nested app auth requirement sets", learn.microsoft.com).
   */
  offersNestedAppAuth(): boolean {
    const type = this.scenario.mailbox.accountType;
    return this.nestedAppAuth && type !== "outlookCom" && type !== "gmail";
  }
  /** What the next getAsync answers instead of the body, on clients that read back late. */
  private staleRead: { body: string; type: "html" | "text" } | null = null;

  constructor(
    scenario: Scenario,
    controlBase = "/graph/__emulator",
    clientOverride: OutlookClientName | null = null,
  ) {
    this.scenario = scenario;
    this.controlBase = controlBase;
    this.clientOverride = clientOverride;
    this.client = outlookClient(clientOverride ?? scenario.outlook?.client ?? DEFAULT_OUTLOOK_CLIENT);
    this.appointment = WorkbenchHost.appointmentFrom(scenario);
    this.roaming = { ...(scenario.settings ?? {}) };
    this.faults = faultsFrom(scenario);
  }

  /** Switch the Outlook client from now on (null: back to the scenario's). */
  setClient(name: OutlookClientName | null): void {
    this.clientOverride = name;
    this.client = outlookClient(name ?? this.scenario.outlook?.client ?? DEFAULT_OUTLOOK_CLIENT);
    this.staleRead = null;
  }

  static appointmentFrom(s: Scenario): AppointmentState {
    const a = s.appointment;
    return {
      subject: a.subject,
      start: new Date(a.start),
      end: new Date(a.end),
      location: a.location,
      requiredAttendees: a.requiredAttendees.map((x) => ({ ...x })),
      optionalAttendees: a.optionalAttendees.map((x) => ({ ...x })),
      body: a.body,
      bodyType: a.bodyType,
      itemId: a.isNew ? null : (a.itemId ?? newEwsId()),
      customProperties: { ...(a.customProperties ?? {}) },
      recurrence: a.recurrence ? recurrenceToWire(a.recurrence) : null,
      seriesId: a.seriesId ?? null,
      sharedOwner: a.sharedOwner ?? null,
    };
  }

  load(scenario: Scenario): void {
    this.scenario = scenario;
    this.appointment = WorkbenchHost.appointmentFrom(scenario);
    this.roaming = { ...(scenario.settings ?? {}) };
    this.faults = faultsFrom(scenario);
    this.client = outlookClient(this.clientOverride ?? scenario.outlook?.client ?? DEFAULT_OUTLOOK_CLIENT);
    this.staleRead = null;
    this.bodyDamage = null;
    this.notifications = [];
    this.actions.clear();
    this.handlers.clear();
    this.changed();
  }

  /** Throws the Office error an injected fault asks for; every facade calls it before an operation. */
  check(operation: OutlookOperation): void {
    const code = this.faults[operation];
    if (code === undefined) return;
    throw new HostFailure(
      code,
      OFFICE_ERROR_NAMES[code] ?? "GenericResponseError",
      `Outlook failed: ${operation}.`,
    );
  }

  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  changed(): void {
    for (const l of this.changeListeners) l();
  }

  /** A user edit in the form: update and fire Outlook's events. */
  edit(partial: Partial<AppointmentState>): void {
    const timeChanged =
      (partial.start && partial.start.getTime() !== this.appointment.start.getTime()) ||
      (partial.end && partial.end.getTime() !== this.appointment.end.getTime());
    const recipientsChanged =
      partial.requiredAttendees !== undefined || partial.optionalAttendees !== undefined;
    Object.assign(this.appointment, partial);
    this.changed();
    if (timeChanged) this.fire("olkAppointmentTimeChanged");
    if (recipientsChanged) this.fire("olkRecipientsChanged");
  }

  /**
   * The series' pattern changes (the organizer in the form, or an add-in's recurrence.setAsync):
   * Outlook raises RecurrenceChanged (docs, Office.EventType.RecurrenceChanged; that it does so for
   * an add-in's own setAsync too is assumed, as for the time). An occurrence can't take a pattern:
   * SetRecurrenceOnInstanceError, 9033 (the runtime's error table; docs, Office.Recurrence "States").
   * null makes the item a single appointment (assumed: the docs don't say what setAsync(null) does).
   */
  setRecurrence(recurrence: RecurrenceWire | null): void {
    if (this.appointment.seriesId)
      throw new HostFailure(
        9033,
        "SetRecurrenceOnInstanceError",
        "A recurrence pattern can't be set for a single occurrence in a series.",
      );
    this.appointment.recurrence = recurrence ? asOutlookKeepsIt(recurrence) : null;
    this.changed();
    this.fire("olkRecurrenceChanged");
  }

  /**
   * What recurrence.getAsync answers: the pattern, or with the scenario's `recurrenceEndLost` its
   * end date zeroed, as office-js #1978 reports of Outlook on the web.
   */
  recurrenceForAddin(): RecurrenceWire | null {
    const r = this.appointment.recurrence;
    if (!r || !this.scenario.outlook?.recurrenceEndLost) return r;
    const { noEndDate: _none, ...time } = r.seriesTimeJson;
    return { ...r, seriesTimeJson: { ...time, endYear: 0, endMonth: 0, endDay: 0 } };
  }

  /** A body typed in the form (or set by a script through omoWorkbench): kept as given. */
  setBody(body: string, type: "html" | "text"): void {
    if (body.length > BODY_LIMIT)
      throw new HostFailure(9020, "DataExceedsMaximumSize", "The body exceeds 1,000,000 characters.");
    this.staleRead = null;
    this.appointment.body = body;
    this.appointment.bodyType = type;
    this.changed();
  }

  /**
   * body.setAsync / prependAsync from an add-in: the client keeps what its editor makes of the
   * body (its profile's rewrites), and some clients answer the next getAsync with the old body.
   */
  setBodyFromAddin(body: string, type: "html" | "text"): void {
    if (body.length > BODY_LIMIT)
      throw new HostFailure(9020, "DataExceedsMaximumSize", "The body exceeds 1,000,000 characters.");
    const before = { body: this.appointment.body, type: this.appointment.bodyType };
    let kept = type === "html" ? this.client.html(body) : this.client.text(body);
    if (this.bodyDamage && kept.length > before.body.length) kept = DAMAGE[this.bodyDamage](kept);
    this.setBody(kept, type);
    if (this.client.staleReadAfterSet) this.staleRead = before;
  }

  /** body.getAsync from an add-in: the body, or once the one from before a late write. */
  bodyForAddin(): { body: string; type: "html" | "text" } {
    const stale = this.staleRead;
    this.staleRead = null;
    return stale ?? { body: this.appointment.body, type: this.appointment.bodyType };
  }

  /** saveAsync: a new item becomes a saved one with an EWS id, and the server copy is updated. */
  async save(): Promise<string> {
    const a = this.appointment;
    this.check("save");
    a.itemId ??= newEwsId();
    this.saves++;
    const restId = toRestId(a.itemId);
    const response = await fetch(`${this.controlBase}/events/${encodeURIComponent(restId)}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        subject: a.subject,
        start: a.start.toISOString(),
        end: a.end.toISOString(),
        bodyHtml: a.body,
        owner: a.sharedOwner ?? undefined,
      }),
    }).catch(() => null);
    if (!response?.ok)
      throw new HostFailure(
        9021,
        "SaveError",
        "Connection error occurred while trying to save the item on the server.",
      );
    this.changed();
    return a.itemId;
  }

  saveCustomProperties(values: Record<string, unknown>): void {
    if (JSON.stringify(values).length > CUSTOM_PROPERTIES_LIMIT) {
      throw new HostFailure(9020, "GenericResponseError", "Custom properties exceed 2,500 characters.");
    }
    this.appointment.customProperties = { ...values };
    this.changed();
  }

  replaceNotification(n: Notification): void {
    if (n.message.length > NOTIFICATION_MESSAGE_LIMIT) {
      throw new HostFailure(
        9031,
        "InvalidParameterValueError",
        "The value of the 'message' parameter is too long.",
      );
    }
    const i = this.notifications.findIndex((x) => x.key === n.key);
    if (i >= 0) this.notifications[i] = n;
    else {
      if (this.notifications.length >= NOTIFICATION_LIMIT) {
        throw new HostFailure(
          9025,
          "NumberOfNotificationsExceeded",
          "The notification couldn't be added because the notification limit has been reached.",
        );
      }
      this.notifications.push(n);
    }
    this.changed();
  }

  removeNotification(key: string): void {
    const before = this.notifications.length;
    this.notifications = this.notifications.filter((x) => x.key !== key);
    if (this.notifications.length === before)
      throw new HostFailure(
        9024,
        "NotificationKeyNotFound",
        "There are no notifications with the provided key.",
      );
    this.changed();
  }

  addHandler(type: HostEvent, handler: (arg: HostEventArgs) => void): void {
    let set = this.handlers.get(type);
    if (!set) this.handlers.set(type, (set = new Set()));
    set.add(handler);
  }

  removeHandler(type: HostEvent): void {
    this.handlers.delete(type);
  }

  onItemEvent(listener: (type: HostEvent, arg: HostEventArgs) => void): () => void {
    this.itemEventListeners.add(listener);
    return () => this.itemEventListeners.delete(listener);
  }

  fire(type: HostEvent): void {
    // The event arguments Microsoft's runtime builds (OlkAppointmentTimeChangedEventArgs: ISO strings;
    // OlkRecurrenceChangedEventArgs: the pattern then, which the stand-in's item turns into an
    // Office.Recurrence in the add-in's window).
    const a = this.appointment;
    const arg =
      type === "olkAppointmentTimeChanged"
        ? { type, start: a.start.toISOString(), end: a.end.toISOString() }
        : type === "olkRecurrenceChanged"
          ? {
              type,
              recurrence: a.recurrence ? (JSON.parse(JSON.stringify(a.recurrence)) as RecurrenceWire) : null,
            }
          : { type };
    for (const h of this.handlers.get(type) ?? []) setTimeout(() => h(arg), 0);
    for (const l of this.itemEventListeners) setTimeout(() => l(type, arg), 0);
  }
}

export function newEwsId(): string {
  const bytes = new Uint8Array(45);
  crypto.getRandomValues(bytes);
  // EWS ids are base64 and carry + and /, which convertToRestId turns into _ and -.
  return "AAMkAD" + btoa(String.fromCharCode(...bytes)).replace(/=+$/, "") + "+/AAA=";
}

/** Exactly what the real runtime does (outlook-web-16.01.js convertToRestId). */
export function toRestId(itemId: string): string {
  return itemId.replace(/\//g, "-").replace(/\+/g, "_");
}

/** The text Outlook gives for an HTML body asked for as text (body.getAsync with coercion Text). */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<br\s*\/?>|<\/(p|div|tr|li)>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
