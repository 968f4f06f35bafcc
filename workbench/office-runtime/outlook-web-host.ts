// Outlook on the web's side of the conversation with Microsoft's Office.js runtime, over the
// workbench's emulated appointment (WorkbenchHost). Every value and dispatch id here was read from
// @microsoft/office-js/dist/outlook-web-16.01.debug.js; docs/office-runtime-protocol.md has the table.
import { ActionType, XdmService, type XdmCall } from "./xdm-service";
import { NOTIFICATION_TYPES } from "../office-host/argument-checks";
import type { RecurrenceWire } from "../office-host/recurrence";
import {
  htmlToPlain,
  isHostFailure,
  type HostEvent,
  type HostEventArgs,
  type OutlookOperation,
  type WorkbenchHost,
} from "../office-host/workbench-host";

/** `OSF.AppName.OutlookWebApp`. */
const OUTLOOK_WEB_APP = 64;
/** `HostItemType.AppointmentCompose` (the item type in the initial data). */
const APPOINTMENT_COMPOSE = 5;
/** Host permission level ReadWriteItem (the runtime maps it to its own level 2). */
const READ_WRITE_ITEM = 3;
/** `HostCoercionType`: the body's coercion on the wire. */
const HOST_COERCION = { text: 0, html: 3 } as const;
/** `RecipientFields`: requiredAttendees shares 0 with `to`, optionalAttendees 1 with `cc`. */
const RECIPIENT_FIELDS = { 0: "requiredAttendees", 1: "optionalAttendees" } as const;
/** `TimeType`. */
const TIME_PROPERTY = { 1: "start", 2: "end" } as const;

/** Outlook's dispatch ids for the methods the add-in calls (`standardInvokeHostMethod(<id>, …)`). */
export const DispatchId = {
  getInitialData: 1,
  loadCustomProperties: 3,
  saveCustomProperties: 4,
  getBodyType: 14,
  getRecipients: 15,
  setSubject: 17,
  getSubject: 18,
  setRecipients: 21,
  bodyPrepend: 23,
  getTime: 24,
  setTime: 25,
  getLocation: 26,
  setLocation: 27,
  save: 32,
  addNotificationMessage: 33,
  getAllNotificationMessages: 34,
  replaceNotificationMessage: 35,
  removeNotificationMessage: 36,
  getBody: 37,
  setBody: 38,
  getRecurrence: 103,
  setRecurrence: 104,
  getSharedProperties: 108,
  getItemId: 164,
  saveSettings: 404,
} as const;

/** Which workbench operation (and so which injected fault) each dispatch id is. */
const OPERATION_OF: Partial<Record<number, OutlookOperation>> = {
  [DispatchId.getBody]: "getBody",
  [DispatchId.setBody]: "setBody",
  [DispatchId.bodyPrepend]: "setBody",
  [DispatchId.getLocation]: "getLocation",
  [DispatchId.setLocation]: "setLocation",
  [DispatchId.loadCustomProperties]: "loadCustomProperties",
  [DispatchId.saveCustomProperties]: "saveCustomProperties",
  [DispatchId.getItemId]: "getItemId",
  [DispatchId.addNotificationMessage]: "notification",
  [DispatchId.replaceNotificationMessage]: "notification",
  [DispatchId.removeNotificationMessage]: "notification",
  [DispatchId.getAllNotificationMessages]: "notification",
};

/** `OSF.DDA.MethodDispId.dispidAppCommandInvocationCompletedMethod` (common DDA, "executeMethod"). */
export const APP_COMMAND_COMPLETED = 94;
/** XDM event names the runtime registers for (`OSF.DDA.getXdmEventName` is the event type itself). */
export const XdmEvent = {
  appCommandInvoked: "appCommandInvoked",
  appointmentTimeChanged: "olkAppointmentTimeChanged",
  recipientsChanged: "olkRecipientsChanged",
  recurrenceChanged: "olkRecurrenceChanged",
  /**
   * Registered while the runtime shows Office on the web's Allow/Ignore bar before a dialog opens
   * (event dispatch id 11, `dispidDialogNotificationShownInAddinEvent` ≈ 1712; ≈ 8386, 8512) and
   * unregistered when it goes (≈ 8471, 8899). Answered like any registration; the host never sends
   * it (assumed: what Outlook on the web does with it is not in the runtime).
   */
  dialogNotificationShown: "dialogNotificationShown",
} as const;

/** `OSF.AgaveHostAction` values the runtime sends with `ContextActivationManager_notifyHost`. */
export const AgaveHostAction = {
  tabExit: 13,
  tabExitShift: 14,
  escExit: 15,
  exitNoFocusable: 17,
  exitNoFocusableShift: 18,
  updateTargetUrl: 21,
} as const;

/**
 * Requirement sets this host reports: `_requirementMatrix`, as Outlook on the web sends it.
 * NestedAppAuth 1.1 (which Outlook on the web supports: "Nested app auth requirement sets",
 * learn.microsoft.com) only where a page gets an NAA bridge (WorkbenchHost.nestedAppAuth).
 */
export function requirementMatrix(mailboxVersion: string, nestedAppAuth = false): string {
  return JSON.stringify({
    Mailbox: mailboxVersion,
    DialogApi: "1.2",
    IdentityAPI: "1.3",
    DialogOrigin: "1.1",
    ...(nestedAppAuth ? { NestedAppAuth: "1.1" } : {}),
  });
}

/** Roaming settings in the wire form: every value JSON-serialized (`SettingsManager.serializeSettings`). */
export function serializeSettings(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) out[k] = JSON.stringify(v);
  return out;
}

export function deserializeSettings(values: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof values !== "object" || values === null) return out;
  for (const [k, v] of Object.entries(values as Record<string, unknown>)) {
    try {
      out[k] = typeof v === "string" ? (JSON.parse(v) as unknown) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

/**
 * The add-in frame's name: a JSON object under `OSF.WindowNameItemKeys` (≈ 205), the same host and XDM
 * info as the URL. The runtime reads these keys there where the URL has none (`parseInfoFromWindowName`
 * ≈ 596), and an Office dialog needs the name to be JSON: `showDialog` (≈ 8805) parses it, adds the
 * dialog's host info and the app context, and names the dialog's window with it, which is where the
 * dialog's runtime gets its app context and XDM info (≈ 5509, 5645). Which keys Outlook on the web
 * itself fills in is assumed.
 */
export function frameName(baseFrameName: string, hostInfo: string, xdmInfo: string): string {
  return JSON.stringify({ baseFrameName, hostInfo, xdmInfo, serializerVersion: "1" });
}

/**
 * Names the frame's window before it loads the page: the attribute names a frame not yet in the
 * document; one already there keeps its window's name across loads, so that is set too, while its
 * page is still the host's own origin (about:blank or an earlier development page).
 */
function nameFrame(frame: HTMLIFrameElement, name: string): void {
  frame.name = name;
  try {
    if (frame.contentWindow) frame.contentWindow.name = name;
  } catch {
    // A deployed add-in's earlier page (another origin): its window keeps the name it has.
  }
}

type Success = { wasSuccessful: true; data?: unknown } & Record<string, unknown>;
type Failure = { wasSuccessful: false; error: true; errorCode: number };
/** A string parameter from the wire (anything else counts as empty). */
const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const ok = (data?: unknown): Success => ({ wasSuccessful: true, data });
const fail = (errorCode: number): Failure => ({ wasSuccessful: false, error: true, errorCode });

/** A function command the host started: how often the add-in said it completed. */
interface PendingCommand {
  resolve: (completed: { status: number; data: string }) => void;
  completions: number;
}

export interface CommandRun {
  /** Resolves at the first `event.completed()`. */
  completed: Promise<{ status: number; data: string }>;
  /** How many times `event.completed()` reached the host so far. */
  completions: () => number;
}

/**
 * Answers one add-in frame's runtime: app context, initial data, Outlook's methods, events and
 * function commands, all on the shared WorkbenchHost. One instance serves every frame.
 */
export class OutlookWebHost {
  readonly xdm: XdmService;
  private frames = new Map<string, { controlId: string; surface: string }>();
  private pending = new Map<string, PendingCommand>();
  private nextCommand = 1;
  private nextConversation = 1;

  /**
   * Called when the runtime hands keyboard focus back to the host: Tab past the last control
   * ("forward"), Shift+Tab before the first ("backward"), or Escape reaching the add-in's window
   * ("escape"), as Outlook on the web then moves on to its own UI.
   */
  onFocusExit: (surface: string, how: "forward" | "backward" | "escape") => void = () => undefined;

  constructor(
    private readonly host: () => WorkbenchHost,
    private readonly win: Window,
  ) {
    this.xdm = new XdmService(win, (call) => this.handle(call));
  }

  /**
   * Opens a conversation for a frame and returns the URL to load in it: `_host_Info` in the query,
   * `_xdm_Info` and the serializer version in the fragment, as Outlook on the web does. `path` is
   * on the workbench's origin, or an absolute URL on the add-in's own host (a deployed add-in).
   */
  attach(frame: HTMLIFrameElement, path: string, surface: string): string {
    const conversationId = `omo-${surface}-${this.nextConversation++}`;
    const controlId = `omo-${surface}`;
    this.frames.set(conversationId, { controlId, surface });
    const pageOrigin = new URL(path, this.win.location.origin).origin;
    this.xdm.open(conversationId, () => frame.contentWindow, pageOrigin);
    const locale = this.host().scenario.mailbox.displayLanguage || "en-US";
    // host $ platform $ version $ locale $ correlation id $ dialog flag $ logging $ flags: offline, so
    // the runtime's own telemetry is switched off ("disableLogging") instead of failing to connect.
    // The correlation id is the activation's (the conversation), so each open loads the page anew
    // even where nothing else in its URL changes (a deployed add-in's page).
    const hostInfo = ["Outlook", "Web", "16.01", locale, conversationId, "", "disableLogging", "0"].join("$");
    const [pathOnly, query = ""] = path.split("?");
    const params = new URLSearchParams(query);
    params.set("_host_Info", hostInfo);
    const workbenchUrl = this.win.location.origin + this.win.location.pathname;
    const xdmInfo = [conversationId, controlId, workbenchUrl].join("$");
    nameFrame(frame, frameName(conversationId, hostInfo, xdmInfo));
    // The runtime reads `_xdm_Info` to the end of the fragment, so it comes last (addInfoAsHash).
    return `${pathOnly}?${params.toString()}#&_serializer_version=1&_xdm_Info=${xdmInfo}`;
  }

  detach(surface: string): void {
    for (const [id, f] of this.frames) {
      if (f.surface === surface) {
        this.frames.delete(id);
        this.xdm.close(id);
      }
    }
  }

  /** True once a frame of this surface has registered for function-command invocations. */
  commandsReady(surface: string): boolean {
    for (const [id, f] of this.frames)
      if (f.surface === surface && this.xdm.isRegistered(id, XdmEvent.appCommandInvoked)) return true;
    return false;
  }

  /**
   * Runs a function command the way Outlook on the web does: an `appCommandInvoked` event carrying
   * the function name, answered by the runtime's `appCommandInvocationCompletedAsync`.
   */
  invokeCommand(surface: string, functionName: string): CommandRun {
    const target = [...this.frames].find(
      ([id, f]) => f.surface === surface && this.xdm.isRegistered(id, XdmEvent.appCommandInvoked),
    );
    if (!target) {
      return { completed: Promise.reject(new Error("No function file registered")), completions: () => 0 };
    }
    const appCommandId = String(this.nextCommand++);
    const eventObject = { source: { id: functionName } };
    let entry: PendingCommand | undefined;
    const completed = new Promise<{ status: number; data: string }>((resolve) => {
      entry = { resolve, completions: 0 };
      this.pending.set(appCommandId, entry);
    });
    this.xdm.fire(
      XdmEvent.appCommandInvoked,
      [appCommandId, functionName, JSON.stringify(eventObject)],
      target[0],
    );
    return { completed, completions: () => entry?.completions ?? 0 };
  }

  /**
   * Forwards an Outlook item event to every frame that registered for it, in the form the runtime's
   * event arguments parse: the time as milliseconds (OlkAppointmentTimeChangedEventArgs); the
   * recurrence as JSON inside JSON, its series time as `seriesTimeJson`
   * (OlkRecurrenceChangedEventArgs parses `recurrence` again, then SeriesTimeJsonConverter).
   */
  fireItemEvent(type: HostEvent, arg?: HostEventArgs): void {
    const a = this.host().appointment;
    const recurrence = arg?.recurrence === undefined ? a.recurrence : arg.recurrence;
    const payload =
      type === "olkAppointmentTimeChanged"
        ? [JSON.stringify({ start: a.start.getTime(), end: a.end.getTime() })]
        : type === "olkRecipientsChanged"
          ? [JSON.stringify({ changedRecipientFields: { requiredAttendees: true, optionalAttendees: true } })]
          : [JSON.stringify({ recurrence: recurrence ? JSON.stringify(recurrence) : null })];
    this.xdm.fire(type, payload);
  }

  private handle(call: XdmCall): unknown {
    if (call.actionType !== ActionType.invoke) return { Error: 0 };
    switch (call.actionName) {
      case "ContextActivationManager_getAppContextAsync":
        return this.appContext(call.conversationId);
      case "ContextActivationManager_notifyHost":
        this.notifyHost(call.conversationId, call.data);
        return null;
      case "GetInitialData":
        return this.initialData();
      case "ExecuteMethod":
        return this.executeOutlook(
          call.data as { ApiParams?: unknown; MethodData?: { DispatchId?: number } },
        );
      case "executeMethod":
        return this.executeCommon(call.data as Record<string, unknown>);
      default:
        throw new Error(`Unsupported action ${call.actionName}`);
    }
  }

  private notifyHost(conversationId: string, data: unknown): void {
    const action = Array.isArray(data) ? (data[1] as number) : undefined;
    const surface = this.frames.get(conversationId)?.surface;
    if (!surface) return;
    if (action === AgaveHostAction.tabExit || action === AgaveHostAction.exitNoFocusable)
      this.onFocusExit(surface, "forward");
    if (action === AgaveHostAction.tabExitShift || action === AgaveHostAction.exitNoFocusableShift)
      this.onFocusExit(surface, "backward");
    if (action === AgaveHostAction.escExit) this.onFocusExit(surface, "escape");
  }

  private appContext(conversationId: string): Record<string, unknown> {
    const h = this.host();
    const locale = h.scenario.mailbox.displayLanguage || "en-US";
    const frame = this.frames.get(conversationId);
    return {
      _id: frame?.controlId ?? conversationId,
      _appName: OUTLOOK_WEB_APP,
      _appVersion: "16.01",
      _appMinorVersion: 1,
      _appUILocale: locale,
      _dataLocale: locale,
      _docUrl: "",
      _clientMode: 1,
      _settings: serializeSettings(h.roaming),
      _reason: 0,
      _osfControlType: 1,
      _eToken: "",
      _correlationId: conversationId,
      _appInstanceId: conversationId,
      _requirementMatrix: requirementMatrix(h.scenario.mailboxVersion ?? "1.13", h.offersNestedAppAuth()),
      _hostCustomMessage: null,
      _hostFullVersion: "16.0.0.0",
      _clientWindowHeight: 0,
      _clientWindowWidth: 0,
      _addinName: "Online Meeting for Outlook",
      _appDomains: [],
      _dialogRequirementMatrix: undefined,
      _featureGates: undefined,
      _initialDisplayMode: 0,
    };
  }

  private initialData(): Record<string, unknown> {
    const h = this.host();
    const a = h.appointment;
    const m = h.scenario.mailbox;
    return {
      itemType: APPOINTMENT_COMPOSE,
      permissionLevel: READ_WRITE_ITEM,
      hostVersion: "16.01",
      owaView: "OneColumn",
      userDisplayName: m.displayName,
      userEmailAddress: m.emailAddress,
      userTimeZone: "UTC",
      userProfileType: m.accountType,
      seriesId: a.seriesId ?? null,
      isFromSharedFolder: Boolean(a.sharedOwner),
      isRestIdSupported: true,
      timeZoneOffsets: [],
      ewsUrl: "",
      restUrl: "",
      extensionId: "omo-workbench",
    };
  }

  private async executeOutlook(data: {
    ApiParams?: unknown;
    MethodData?: { DispatchId?: number };
  }): Promise<unknown> {
    const id = data?.MethodData?.DispatchId;
    const p = (data?.ApiParams ?? {}) as Record<string, unknown>;
    try {
      return await this.dispatch(id, p);
    } catch (e) {
      if (isHostFailure(e)) return fail(e.code);
      return fail(9020);
    }
  }

  private async dispatch(id: number | undefined, p: Record<string, unknown>): Promise<unknown> {
    const h = this.host();
    const a = h.appointment;
    const operation = id === undefined ? undefined : OPERATION_OF[id];
    if (operation) h.check(operation);
    switch (id) {
      case DispatchId.getSubject:
        return ok(a.subject);
      case DispatchId.setSubject:
        h.edit({ subject: str(p.subject) });
        return ok();
      case DispatchId.getTime:
        return ok(TIME_PROPERTY[p.TimeProperty as 1 | 2] === "end" ? a.end.getTime() : a.start.getTime());
      case DispatchId.setTime: {
        const which = TIME_PROPERTY[p.TimeProperty as 1 | 2];
        if (!which) return fail(9031);
        h.edit({ [which]: new Date(Number(p.time)) });
        return ok();
      }
      case DispatchId.getLocation:
        return ok(a.location);
      case DispatchId.setLocation:
        h.edit({ location: str(p.location) });
        return ok();
      case DispatchId.getRecipients: {
        const field = RECIPIENT_FIELDS[p.recipientField as 0 | 1];
        if (!field) return fail(9031);
        return ok(a[field].map((r) => ({ name: r.displayName, address: r.emailAddress, recipientType: 1 })));
      }
      case DispatchId.setRecipients: {
        const field = RECIPIENT_FIELDS[p.recipientField as 0 | 1];
        if (!field) return fail(9031);
        const list = (p.recipientArray as { address?: string; name?: string }[] | undefined) ?? [];
        h.edit({
          [field]: list.map((r) => ({
            displayName: r.name || r.address || "",
            emailAddress: r.address ?? "",
          })),
        });
        return ok();
      }
      case DispatchId.getBodyType:
        return ok(a.bodyType);
      case DispatchId.getBody: {
        // Through the Outlook client's profile, as the stand-in's item.body (outlook-clients/).
        const { body, type } = h.bodyForAddin();
        return ok(p.coercionType === HOST_COERCION.text && type === "html" ? htmlToPlain(body) : body);
      }
      case DispatchId.setBody:
        h.setBodyFromAddin(str(p.data), p.coercionType === HOST_COERCION.html ? "html" : "text");
        return ok();
      case DispatchId.bodyPrepend:
        h.setBodyFromAddin(str(p.data) + a.body, a.bodyType);
        return ok();
      case DispatchId.save:
        return ok(await h.save());
      case DispatchId.getItemId:
        return a.itemId ? ok(a.itemId) : fail(9046);
      case DispatchId.loadCustomProperties:
        return { wasSuccessful: true, customProperties: JSON.stringify(a.customProperties) };
      case DispatchId.saveCustomProperties:
        h.saveCustomProperties((p.customProperties as Record<string, unknown>) ?? {});
        return ok();
      case DispatchId.addNotificationMessage:
        if (h.notifications.some((n) => n.key === p.key)) return fail(9023);
        h.replaceNotification(notification(p));
        return ok();
      case DispatchId.replaceNotificationMessage:
        h.replaceNotification(notification(p));
        return ok();
      case DispatchId.removeNotificationMessage:
        h.removeNotification(str(p.key));
        return ok();
      case DispatchId.getAllNotificationMessages:
        return ok(h.notifications.map((n) => ({ ...n })));
      case DispatchId.getRecurrence:
        // The series' pattern for a series and for an occurrence; null for a single appointment.
        return ok(h.recurrenceForAddin());
      case DispatchId.setRecurrence: {
        // The runtime sent `{ recurrenceData }`: the pattern with its series time as seriesTimeJson
        // (convertSeriesTime), or null.
        const data = p.recurrenceData as RecurrenceWire | null | undefined;
        h.setRecurrence(data ? data : null);
        return ok();
      }
      case DispatchId.getSharedProperties:
        if (!a.sharedOwner) return fail(9055);
        return ok({
          owner: a.sharedOwner,
          targetMailbox: a.sharedOwner,
          targetRestUrl: "",
          delegatePermissions: 31,
        });
      case DispatchId.saveSettings: {
        const [serialized] = (p as unknown as unknown[]) ?? [];
        h.roaming = deserializeSettings(serialized);
        h.changed();
        return ok();
      }
      default:
        return fail(9020);
    }
  }

  /** The common DDA path ("executeMethod"): only function-command completion goes through it here. */
  private executeCommon(data: Record<string, unknown>): unknown {
    const method = data.DdaMethod as { DispatchId?: number } | undefined;
    if (method?.DispatchId === APP_COMMAND_COMPLETED) {
      const id = str(data["0"] ?? data.Id);
      const pending = this.pending.get(id);
      if (pending) {
        pending.completions++;
        pending.resolve({ status: Number(data["1"] ?? 0), data: str(data["2"]) });
      }
      return { Error: 0 };
    }
    return { Error: 5001 };
  }
}

function notification(p: Record<string, unknown>) {
  return {
    key: str(p.key),
    type: typeof p.type === "number" ? (NOTIFICATION_TYPES[p.type] ?? str(p.type)) : str(p.type),
    message: str(p.message),
    icon: typeof p.icon === "string" ? p.icon : undefined,
    persistent: p.persistent === true,
  };
}
