// An Office.js-shaped facade over the workbench host: callback AsyncResults delivered asynchronously,
// string enums with the runtime's values, Outlook's error codes and names. Each piece is typed against
// @types/office-js (Pick<> of the real interfaces), so the compiler checks its shape.
import {
  HostFailure,
  htmlToPlain,
  isHostFailure,
  toRestId,
  type WorkbenchHost,
  type HostEvent,
  type Notification,
} from "./workbench-host";
import {
  checkBody,
  checkCustomProperties,
  checkNotification,
  checkNotificationKey,
  checkShortText,
} from "./argument-checks";

type Callback<T> = (result: Office.AsyncResult<T>) => void;
type AnyArgs = unknown[];

/** Delay of every AsyncResult, like a real host's round trip. */
const DELAY_MS = 2;

function split<T>(args: AnyArgs): {
  callback: Callback<T> | undefined;
  options: Office.AsyncContextOptions & Record<string, unknown>;
} {
  const callback = args.find((a): a is Callback<T> => typeof a === "function");
  const options = (args.find((a) => typeof a === "object" && a !== null) ??
    {}) as Office.AsyncContextOptions & Record<string, unknown>;
  return { callback, options };
}

function deliver<T>(args: AnyArgs, run: () => T | Promise<T>): void {
  const { callback, options } = split<T>(args);
  setTimeout(() => {
    void (async () => {
      let result: Office.AsyncResult<T>;
      try {
        const value = await run();
        result = {
          status: "succeeded" as unknown as Office.AsyncResultStatus,
          value,
          asyncContext: options.asyncContext as unknown,
          error: undefined as unknown as Office.Error,
          diagnostics: undefined,
        };
      } catch (e) {
        const f = isHostFailure(e)
          ? e
          : new HostFailure(9020, "GenericResponseError", e instanceof Error ? e.message : String(e));
        result = {
          status: "failed" as unknown as Office.AsyncResultStatus,
          value: undefined as T,
          asyncContext: options.asyncContext as unknown,
          error: { code: f.code, name: f.errorName, message: f.message },
          diagnostics: undefined,
        };
      }
      callback?.(result);
    })();
  }, DELAY_MS);
}

/** Dates are made in the add-in's own window, as the runtime's are (instanceof Date holds there). */
function local<T>(value: T): T {
  return (
    Object.prototype.toString.call(value) === "[object Date]"
      ? new Date((value as unknown as Date).getTime())
      : value
  ) as T;
}

function field<T>(
  get: () => T,
  set?: (value: T) => void,
  validate?: (value: T) => void,
): { getAsync: (...a: AnyArgs) => void; setAsync: (...a: AnyArgs) => void } {
  return {
    getAsync: (...a: AnyArgs) => deliver(a, () => local(get())),
    setAsync: (...a: AnyArgs) => {
      const value = a[0] as T;
      validate?.(value);
      deliver(a.slice(1), () => {
        if (!set) throw new HostFailure(9038, "InsufficientItemPermissionsError", "Read-only.");
        set(value);
      });
    },
  };
}

export function createOffice(host: WorkbenchHost, win: Window): typeof Office {
  const a = () => host.appointment;
  const attendees = (
    which: "requiredAttendees" | "optionalAttendees",
  ): Pick<Office.Recipients, "getAsync" | "setAsync"> => ({
    getAsync: (...args: AnyArgs) =>
      deliver(args, () =>
        a()[which].map((x) => ({
          displayName: x.displayName,
          emailAddress: x.emailAddress,
          recipientType: "user" as Office.MailboxEnums.RecipientType,
          appointmentResponse: "none" as Office.MailboxEnums.ResponseType,
        })),
      ),
    setAsync: (...args: AnyArgs) => {
      const list = (args[0] as (string | { emailAddress: string; displayName?: string })[]).map((r) =>
        typeof r === "string"
          ? { displayName: r, emailAddress: r }
          : { displayName: r.displayName ?? r.emailAddress, emailAddress: r.emailAddress },
      );
      deliver(args.slice(1), () => host.edit({ [which]: list }));
    },
  });

  const body: Pick<Office.Body, "getAsync" | "setAsync" | "getTypeAsync" | "prependAsync"> = {
    getTypeAsync: (...args: AnyArgs) => deliver(args, () => a().bodyType as Office.CoercionType),
    getAsync: (...args: AnyArgs) => {
      const coercion = args[0] as string;
      deliver(args.slice(1), () => {
        host.check("getBody");
        return coercion === "text" && a().bodyType === "html" ? htmlToPlain(a().body) : a().body;
      });
    },
    setAsync: (...args: AnyArgs) => {
      const data = checkBody(args[0]);
      const { options } = split(args.slice(1));
      const type =
        options.coercionType === "html" || (options.coercionType === undefined && a().bodyType === "html")
          ? "html"
          : "text";
      deliver(args.slice(1), () => {
        host.check("setBody");
        host.setBody(data, type);
      });
    },
    prependAsync: (...args: AnyArgs) => {
      const data = checkBody(args[0]);
      deliver(args.slice(1), () => {
        host.check("setBody");
        host.setBody(data + a().body, a().bodyType);
      });
    },
  };

  const notificationMessages: Pick<
    Office.NotificationMessages,
    "addAsync" | "replaceAsync" | "removeAsync" | "getAllAsync"
  > = {
    addAsync: (...args: AnyArgs) => {
      const [key, details] = args as [string, Office.NotificationMessageDetails];
      checkNotificationKey(key);
      checkNotification(details);
      deliver(args.slice(2), () => {
        host.check("notification");
        if (host.notifications.some((n) => n.key === key))
          throw new HostFailure(
            9023,
            "DuplicateNotificationKey",
            "A notification with the provided key already exists.",
          );
        host.replaceNotification(toNotification(key, details));
      });
    },
    replaceAsync: (...args: AnyArgs) => {
      const [key, details] = args as [string, Office.NotificationMessageDetails];
      checkNotificationKey(key);
      checkNotification(details);
      deliver(args.slice(2), () => {
        host.check("notification");
        host.replaceNotification(toNotification(key, details));
      });
    },
    removeAsync: (...args: AnyArgs) => {
      const key = checkNotificationKey(args[0]);
      deliver(args.slice(1), () => {
        host.check("notification");
        host.removeNotification(key);
      });
    },
    getAllAsync: (...args: AnyArgs) => deliver(args, () => host.notifications.map((n) => ({ ...n }))),
  };

  const customProperties = (): Pick<
    Office.CustomProperties,
    "get" | "set" | "remove" | "getAll" | "saveAsync"
  > => {
    const values: Record<string, unknown> = { ...a().customProperties };
    return {
      get: (name: string): unknown => values[name],
      set: (name: string, value: unknown) => {
        values[name] = value;
      },
      remove: (name: string) => {
        delete values[name];
      },
      getAll: () => ({ ...values }),
      saveAsync: (...args: AnyArgs) => {
        checkCustomProperties(values);
        deliver(args, () => {
          host.check("saveCustomProperties");
          host.saveCustomProperties(values);
        });
      },
    };
  };

  const item: Pick<
    Office.AppointmentCompose,
    | "itemType"
    | "subject"
    | "start"
    | "end"
    | "location"
    | "requiredAttendees"
    | "optionalAttendees"
    | "body"
    | "notificationMessages"
    | "saveAsync"
    | "getItemIdAsync"
    | "loadCustomPropertiesAsync"
    | "addHandlerAsync"
    | "removeHandlerAsync"
    | "recurrence"
    | "seriesId"
  > & { getSharedPropertiesAsync?: (...a: AnyArgs) => void } = {
    itemType: "appointment",
    subject: field(
      () => a().subject,
      (v: string) => host.edit({ subject: v }),
      (v: string) => checkShortText("subject", v),
    ),
    start: field(
      () => a().start,
      (v: Date) => host.edit({ start: new Date(v) }),
    ),
    end: field(
      () => a().end,
      (v: Date) => host.edit({ end: new Date(v) }),
    ),
    location: field(
      () => {
        host.check("getLocation");
        return a().location;
      },
      (v: string) => {
        host.check("setLocation");
        host.edit({ location: String(v ?? "") });
      },
      // Outlook refuses a location over 255 characters, before it ever reaches the host.
      (v: string) => checkShortText("location", v),
    ),
    requiredAttendees: attendees("requiredAttendees") as Office.Recipients,
    optionalAttendees: attendees("optionalAttendees") as Office.Recipients,
    body: body as Office.Body,
    notificationMessages: notificationMessages,
    saveAsync: (...args: AnyArgs) => deliver(args, () => host.save()),
    getItemIdAsync: (...args: AnyArgs) =>
      deliver(args, () => {
        host.check("getItemId");
        const id = a().itemId;
        if (!id)
          throw new HostFailure(9046, "ItemNotSaved", "The id can't be retrieved until the item is saved.");
        return id;
      }),
    loadCustomPropertiesAsync: (...args: AnyArgs) =>
      deliver(args, () => {
        host.check("loadCustomProperties");
        return customProperties();
      }),
    addHandlerAsync: (...args: AnyArgs) => {
      const [type, handler] = args as [HostEvent, (arg: { type: HostEvent }) => void];
      deliver(args.slice(2), () => host.addHandler(type, handler));
    },
    removeHandlerAsync: (...args: AnyArgs) => {
      const type = args[0] as HostEvent;
      deliver(args.slice(1), () => host.removeHandler(type));
    },
    recurrence: {
      getAsync: (...args: AnyArgs) => deliver(args, () => a().recurrence ?? null),
    } as unknown as Office.Recurrence,
    // null for a single appointment, as Outlook says (and the runtime passes through).
    get seriesId() {
      return a().seriesId as string;
    },
  };
  if (host.appointment.sharedOwner) {
    item.getSharedPropertiesAsync = (...args: AnyArgs) =>
      deliver(args, () => ({
        owner: a().sharedOwner ?? "",
        targetMailbox: a().sharedOwner ?? "",
        targetRestUrl: "",
        delegatePermissions: 31,
      }));
  }

  const roamingSettings: Pick<Office.RoamingSettings, "get" | "set" | "remove" | "saveAsync"> = {
    get: (name: string): unknown => host.roaming[name],
    set: (name: string, value: unknown) => {
      host.roaming[name] = value;
    },
    remove: (name: string) => {
      delete host.roaming[name];
    },
    saveAsync: (...args: AnyArgs) =>
      deliver(args, () => {
        if (JSON.stringify(host.roaming).length > 32 * 1024)
          throw new HostFailure(
            9019,
            "GenericSettingsError",
            "Roaming settings can't exceed the 32 KB size limit.",
          );
        host.changed();
      }),
  };

  const mailboxVersion = host.scenario.mailboxVersion ?? "1.13";
  const mailbox: Pick<Office.Mailbox, "item" | "userProfile" | "convertToRestId" | "diagnostics"> = {
    item: item as unknown as Office.Mailbox["item"],
    userProfile: {
      displayName: host.scenario.mailbox.displayName,
      emailAddress: host.scenario.mailbox.emailAddress,
      accountType: host.scenario.mailbox.accountType,
      timeZone: "UTC",
      userProfileType: "user",
    } as unknown as Office.UserProfile,
    convertToRestId: (itemId: string, _version: Office.MailboxEnums.RestVersion | string) => toRestId(itemId),
    diagnostics: {
      hostName: "OutlookWebApp",
      hostVersion: "16.01",
      OWAView: "OneColumn",
    } as unknown as Office.Diagnostics,
  };

  // Outlook on the web gives add-ins no officeTheme (Microsoft's runtime passes none on the web),
  // so neither does this stand-in: the pane follows the system's light/dark preference there.
  const context = {
    mailbox,
    displayLanguage: host.scenario.mailbox.displayLanguage,
    contentLanguage: host.scenario.mailbox.displayLanguage,
    roamingSettings,
    requirements: {
      isSetSupported: (name: string, version?: string) => {
        if (name.toLowerCase() === "mailbox") return compareVersions(mailboxVersion, version ?? "1.0") >= 0;
        if (name === "NestedAppAuth") return false;
        return name === "DialogApi" || name === "IdentityAPI";
      },
    },
    host: "Outlook",
    platform: "OfficeOnline",
  };

  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: {
      AppointmentTimeChanged: "olkAppointmentTimeChanged",
      RecipientsChanged: "olkRecipientsChanged",
      RecurrenceChanged: "olkRecurrenceChanged",
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
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
    },
    context,
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

function toNotification(key: string, d: Office.NotificationMessageDetails): Notification {
  return { key, type: String(d.type), message: d.message, icon: d.icon, persistent: d.persistent === true };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
