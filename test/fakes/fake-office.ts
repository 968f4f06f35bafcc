// A small fake of the Office.js objects src/adapters/office-*.ts use, shaped after @types/office-js:
// every call answers its callback later (a microtask; assumed, not documented: never synchronously, as
// outlook-web-16.01.js answers after its postMessage round trip) with an AsyncResult whose status is "succeeded" or "failed", error {code, name,
// message} and the caller's asyncContext. Arguments the runtime validates up front throw synchronously.
// A test scripts failures per call (`fail`, `throwOn`), the host's Mailbox requirement set (`mailbox`)
// and members an older client's library lacks (`missing`); `calls` lists the calls made, in order.

/** An Office.Error as the runtime reports it. */
export interface OfficeFailure {
  code: number;
  name: string;
  message: string;
}

/**
 * Outlook's errors: codes and names from outlook-web-16.01.js's addErrorMessage (as
 * workbench/office-host uses them) and the names Body.setAsync documents; InvalidFormatError's code is
 * not documented (9000 stands in). The messages are the fake's own.
 */
export const OUTLOOK_ERRORS = {
  networkError: {
    code: 9041,
    name: "NetworkError",
    message: "The user is no longer connected to the network.",
  },
  itemNotSaved: {
    code: 9046,
    name: "ItemNotSaved",
    message: "The id can't be retrieved until the item is saved.",
  },
  dataExceedsMaximumSize: {
    code: 9020,
    name: "DataExceedsMaximumSize",
    message: "The data exceeds the maximum size.",
  },
  invalidFormat: { code: 9000, name: "InvalidFormatError", message: "The body is in plain text." },
  notificationKeyNotFound: {
    code: 9024,
    name: "NotificationKeyNotFound",
    message: "There are no notifications with the provided key.",
  },
} satisfies Record<string, OfficeFailure>;

/** Members of the item or mailbox that an older (or mobile) client's Office.js does not define. */
export type OptionalMember =
  | "recurrence"
  | "seriesId"
  | "getItemIdAsync"
  | "getSharedPropertiesAsync"
  | "notificationMessages"
  | "convertToRestId"
  | "accountType";

export interface FakeItemState {
  subject: string;
  start: Date;
  end: Date;
  location: string;
  requiredAttendees: Office.EmailAddressDetails[];
  optionalAttendees: Office.EmailAddressDetails[];
  body: string;
  bodyType: "html" | "text";
  /** The EWS id once the item is saved; null for a new item. */
  itemId: string | null;
  customProperties: Record<string, unknown>;
  /** Recurrence.getAsync's value: null for a single appointment. */
  recurrence: Office.Recurrence | null;
  seriesId: string | null;
  /** getSharedPropertiesAsync's owner; undefined: the client defines no getSharedPropertiesAsync. */
  sharedOwner?: string;
}

export interface FakeOfficeOptions {
  /** The highest Mailbox requirement set the host supports ("1.8" unless told). */
  mailbox?: string;
  /** The open item; null: none is open. */
  item?: Partial<FakeItemState> | null;
  missing?: OptionalMember[];
  displayLanguage?: string;
  accountType?: string;
  emailAddress?: string;
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** Thrown inside an operation to answer with a failed AsyncResult. */
class Failed extends Error {
  constructor(readonly failure: OfficeFailure) {
    super(failure.message);
  }
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, "");
}

function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<html><body><div>${escaped}</div></body></html>`;
}

export class FakeOffice {
  readonly calls: string[] = [];
  /** The next call of that name fails with this error (once). */
  readonly fail = new Map<string, OfficeFailure>();
  /** The next call of that name throws this synchronously (argument validation), once. */
  readonly throwOn = new Map<string, unknown>();
  item: FakeItemState | null;
  readonly roaming: Record<string, unknown> = {};
  readonly notifications = new Map<string, Office.NotificationMessageDetails>();
  /** convertToRestId's restVersion arguments. */
  readonly restVersions: string[] = [];
  private saves = 0;

  constructor(readonly options: FakeOfficeOptions = {}) {
    this.item =
      options.item === null
        ? null
        : {
            subject: "Planning",
            start: new Date("2026-12-10T09:00:00Z"),
            end: new Date("2026-12-10T10:00:00Z"),
            location: "",
            requiredAttendees: [],
            optionalAttendees: [],
            body: "<html><body><p>Agenda</p></body></html>",
            bodyType: "html",
            itemId: null,
            customProperties: {},
            recurrence: null,
            seriesId: null,
            ...options.item,
          };
  }

  private lacks(member: OptionalMember): boolean {
    return this.options.missing?.includes(member) ?? false;
  }

  /** Records the call, then answers its callback (the last function argument) in a microtask. */
  private answer<T>(name: string, args: unknown[], run: () => T): void {
    this.calls.push(name);
    if (this.throwOn.has(name)) {
      const thrown = this.throwOn.get(name);
      this.throwOn.delete(name);
      throw thrown;
    }
    const callback = [...args].reverse().find((a): a is Callback<T> => typeof a === "function");
    const options = args.find((a): a is Office.AsyncContextOptions => typeof a === "object" && a !== null);
    const failure = this.fail.get(name);
    this.fail.delete(name);
    queueMicrotask(() => {
      let outcome: { value: T } | { error: OfficeFailure };
      try {
        if (failure) throw new Failed(failure);
        outcome = { value: run() };
      } catch (e) {
        outcome = {
          error: e instanceof Failed ? e.failure : { code: 5001, name: "InternalError", message: String(e) },
        };
      }
      callback?.({
        status: ("value" in outcome ? "succeeded" : "failed") as unknown as Office.AsyncResultStatus,
        value: "value" in outcome ? outcome.value : (undefined as T),
        error: ("error" in outcome ? { ...outcome.error } : undefined) as Office.Error,
        asyncContext: options?.asyncContext as unknown,
        diagnostics: undefined,
      });
    });
  }

  private field<T>(name: string, get: () => T, set?: (value: T) => void) {
    return {
      getAsync: (...a: unknown[]) => this.answer(`${name}.getAsync`, a, get),
      setAsync: (value: T, ...a: unknown[]) =>
        this.answer(`${name}.setAsync`, a, () => {
          set?.(value);
        }),
    };
  }

  private createItem(state: FakeItemState): Office.AppointmentCompose {
    const item: Record<string, unknown> = {
      subject: this.field("subject", () => state.subject),
      start: this.field("start", () => new Date(state.start.getTime())),
      end: this.field("end", () => new Date(state.end.getTime())),
      location: this.field(
        "location",
        () => state.location,
        (v: string) => (state.location = v),
      ),
      requiredAttendees: this.field("requiredAttendees", () =>
        state.requiredAttendees.map((a) => ({ ...a })),
      ),
      optionalAttendees: this.field("optionalAttendees", () =>
        state.optionalAttendees.map((a) => ({ ...a })),
      ),
      body: {
        getTypeAsync: (...a: unknown[]) => this.answer("body.getTypeAsync", a, () => state.bodyType),
        getAsync: (coercion: string, ...a: unknown[]) =>
          this.answer("body.getAsync", a, () => {
            if (coercion === state.bodyType) return state.body;
            return coercion === "text" ? htmlToText(state.body) : textToHtml(state.body);
          }),
        setAsync: (data: string, options: Office.CoercionTypeOptions, ...a: unknown[]) =>
          this.answer("body.setAsync", [options, ...a], () => {
            // Without a coercionType the data is written as text.
            const type = options.coercionType ?? "text";
            if (data.length > 1_000_000) throw new Failed(OUTLOOK_ERRORS.dataExceedsMaximumSize);
            if (type === "html" && state.bodyType === "text") throw new Failed(OUTLOOK_ERRORS.invalidFormat);
            state.body = data;
            state.bodyType = type === "html" ? "html" : "text";
          }),
      },
      saveAsync: (...a: unknown[]) =>
        this.answer("saveAsync", a, () => (state.itemId ??= `AAMkADfake${++this.saves}`)),
      loadCustomPropertiesAsync: (...a: unknown[]) =>
        this.answer("loadCustomPropertiesAsync", a, () => this.customProperties(state)),
    };
    if (!this.lacks("notificationMessages")) item.notificationMessages = this.notificationMessages();
    if (!this.lacks("recurrence")) item.recurrence = this.field("recurrence", () => state.recurrence);
    if (!this.lacks("seriesId")) item.seriesId = state.seriesId;
    if (!this.lacks("getItemIdAsync"))
      item.getItemIdAsync = (...a: unknown[]) =>
        this.answer("getItemIdAsync", a, () => {
          if (state.itemId === null) throw new Failed(OUTLOOK_ERRORS.itemNotSaved);
          return state.itemId;
        });
    if (!this.lacks("getSharedPropertiesAsync") && state.sharedOwner !== undefined) {
      const owner = state.sharedOwner;
      item.getSharedPropertiesAsync = (...a: unknown[]) =>
        this.answer("getSharedPropertiesAsync", a, () => ({ owner, targetMailbox: owner }));
    }
    return item as unknown as Office.AppointmentCompose;
  }

  private customProperties(state: FakeItemState): Office.CustomProperties {
    const values = { ...state.customProperties };
    return {
      get: (name: string): unknown => values[name],
      set: (name: string, value: unknown) => {
        values[name] = value;
      },
      remove: (name: string) => {
        delete values[name];
      },
      getAll: () => ({ ...values }),
      saveAsync: (...a: unknown[]) =>
        this.answer("customProperties.saveAsync", a, () => {
          state.customProperties = { ...values };
        }),
    };
  }

  private notificationMessages(): Office.NotificationMessages {
    return {
      replaceAsync: (key: string, details: Office.NotificationMessageDetails, ...a: unknown[]) =>
        this.answer("notificationMessages.replaceAsync", a, () => {
          this.notifications.set(key, { ...details });
        }),
      removeAsync: (key: string, ...a: unknown[]) =>
        this.answer("notificationMessages.removeAsync", a, () => {
          if (!this.notifications.delete(key)) throw new Failed(OUTLOOK_ERRORS.notificationKeyNotFound);
        }),
    } as unknown as Office.NotificationMessages;
  }

  /** Builds the Office namespace and makes it the global `Office` the adapters read. */
  install(): this {
    const mailbox: Record<string, unknown> = {
      item: this.item ? this.createItem(this.item) : null,
      userProfile: {
        displayName: "Adele Vance",
        emailAddress: this.options.emailAddress ?? "adele@contoso.com",
        timeZone: "UTC",
        ...(this.lacks("accountType") ? {} : { accountType: this.options.accountType ?? "office365" }),
      },
    };
    if (!this.lacks("convertToRestId"))
      mailbox.convertToRestId = (id: string, restVersion: string) => {
        this.restVersions.push(restVersion);
        return id.replace(/\//g, "-").replace(/\+/g, "_");
      };
    const office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      CoercionType: { Html: "html", Text: "text" },
      MailboxEnums: {
        RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
        ItemNotificationMessageType: {
          ProgressIndicator: "progressIndicator",
          InformationalMessage: "informationalMessage",
          ErrorMessage: "errorMessage",
          InsightMessage: "insightMessage",
        },
      },
      context: {
        displayLanguage: this.options.displayLanguage ?? "en-US",
        mailbox,
        requirements: {
          isSetSupported: (name: string, minVersion?: string) =>
            name === "Mailbox" && versionAtLeast(this.options.mailbox ?? "1.8", minVersion || "1.1"),
        },
        roamingSettings: {
          get: (name: string): unknown => this.roaming[name],
          set: (name: string, value: unknown) => {
            this.roaming[name] = value;
          },
          remove: (name: string) => {
            delete this.roaming[name];
          },
          saveAsync: (...a: unknown[]) => this.answer("roamingSettings.saveAsync", a, () => undefined),
        },
      },
    };
    (globalThis as unknown as { Office: unknown }).Office = office;
    return this;
  }
}

/** A recurrence as recurrence.getAsync gives it, with a SeriesTime answering the given values. */
export function fakeRecurrence(
  init: {
    recurrenceType?: string;
    recurrenceProperties?: Partial<Office.RecurrenceProperties>;
    recurrenceTimeZone?: Office.RecurrenceTimeZone;
    startDate?: string;
    endDate?: string | null;
    startTime?: string;
    duration?: number;
  } = {},
): Office.Recurrence {
  const seriesTime = {
    getStartDate: () => init.startDate ?? "2026-12-07",
    getEndDate: () => (init.endDate === undefined ? "2027-03-01" : init.endDate),
    getStartTime: () => init.startTime ?? "T09:30:00.000",
    getEndTime: () => "T10:00:00.000",
    getDuration: () => init.duration ?? 30,
  };
  return {
    recurrenceType: init.recurrenceType ?? "weekly",
    recurrenceProperties: init.recurrenceProperties ?? { interval: 1, days: ["Mon"] },
    recurrenceTimeZone: init.recurrenceTimeZone,
    seriesTime,
  } as unknown as Office.Recurrence;
}
