// The open appointment (compose/organizer mode) over Office.js: the only code that touches the item.
import { AppError, ErrorCode } from "../core/errors";
import { parseStoredMeeting } from "../core/stored-record";
import type { SeriesRecurrence, Weekday } from "../core/series-span";
import type { AppointmentSnapshot, Attendee, BodyType, StoredMeeting } from "../core/types";
import type { AppointmentPort } from "../ports/appointment";
import { officeCall } from "./office-async";

const PROPERTY = "omo";

export class OfficeAppointment implements AppointmentPort {
  private savedId: string | null = null;

  private get item(): Office.AppointmentCompose {
    const item = Office.context.mailbox.item as Office.AppointmentCompose | null | undefined;
    if (!item) throw new AppError(ErrorCode.hostError, "No appointment is open");
    return item;
  }

  private supports(version: string): boolean {
    return Office.context.requirements.isSetSupported("Mailbox", version);
  }

  async read(): Promise<AppointmentSnapshot> {
    const item = this.item;
    const [subject, start, end, location, required, optional, body, itemId, recurrence] = await Promise.all([
      officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb)),
      officeCall<Date>("start.getAsync", (cb) => item.start.getAsync(cb)),
      officeCall<Date>("end.getAsync", (cb) => item.end.getAsync(cb)),
      officeCall<string>("location.getAsync", (cb) => item.location.getAsync(cb)),
      officeCall<Office.EmailAddressDetails[]>("requiredAttendees.getAsync", (cb) =>
        item.requiredAttendees.getAsync(cb),
      ),
      officeCall<Office.EmailAddressDetails[]>("optionalAttendees.getAsync", (cb) =>
        item.optionalAttendees.getAsync(cb),
      ),
      this.getBody(),
      this.getItemId(),
      this.supports("1.7") && item.recurrence
        ? // Stryker disable next-line StringLiteral: the name is only in the message of an error the catch drops
          officeCall<Office.Recurrence | null>("recurrence.getAsync", (cb) =>
            item.recurrence.getAsync(cb),
          ).catch(() => null)
        : Promise.resolve(null),
    ]);
    const seriesId = this.supports("1.7") ? (item.seriesId ?? null) : null;
    return {
      subject,
      start,
      end,
      location,
      requiredAttendees: required.map(toAttendee),
      optionalAttendees: optional.map(toAttendee),
      body: body.body,
      bodyType: body.type,
      isNew: itemId === null,
      isRecurring: recurrence !== null || Boolean(seriesId),
      seriesId,
      recurrence: toSeriesRecurrence(recurrence),
    };
  }

  async getBody(): Promise<{ body: string; type: BodyType }> {
    const item = this.item;
    const coercion = await officeCall<Office.CoercionType>("body.getTypeAsync", (cb) =>
      item.body.getTypeAsync(cb),
    );
    const type: BodyType = coercion === Office.CoercionType.Html ? "html" : "text";
    const body = await officeCall<string>("body.getAsync", (cb) =>
      item.body.getAsync(type === "html" ? Office.CoercionType.Html : Office.CoercionType.Text, cb),
    );
    return { body, type };
  }

  async setBody(body: string, type: BodyType): Promise<void> {
    const item = this.item;
    const coercionType = type === "html" ? Office.CoercionType.Html : Office.CoercionType.Text;
    await officeCall<void>("body.setAsync", (cb) => item.body.setAsync(body, { coercionType }, cb));
  }

  getLocation(): Promise<string> {
    const item = this.item;
    return officeCall<string>("location.getAsync", (cb) => item.location.getAsync(cb));
  }

  async setLocation(location: string): Promise<void> {
    const item = this.item;
    await officeCall<void>("location.setAsync", (cb) => item.location.setAsync(location, cb));
  }

  async getItemId(): Promise<string | null> {
    if (!this.supports("1.8")) return this.savedId;
    const item = this.item;
    try {
      return await officeCall<string>("getItemIdAsync", (cb) => item.getItemIdAsync(cb));
    } catch (e) {
      if (e instanceof AppError && e.code === ErrorCode.itemNotSaved) return this.savedId;
      throw e;
    }
  }

  async save(): Promise<string> {
    const item = this.item;
    const id = await officeCall<string>("saveAsync", (cb) => item.saveAsync(cb));
    this.savedId = id;
    return id;
  }

  toRestId(itemId: string): string {
    const mailbox = Office.context.mailbox;
    // Mobile clients have no convertToRestId: their ids are REST-shaped already.
    if (typeof mailbox.convertToRestId !== "function") return itemId;
    return mailbox.convertToRestId(itemId, Office.MailboxEnums.RestVersion.v2_0);
  }

  async loadStoredMeeting(): Promise<StoredMeeting | null> {
    const props = await this.customProperties();
    // The property is outside data: validated field by field (core/stored-record.ts).
    return parseStoredMeeting(props.get(PROPERTY));
  }

  async saveStoredMeeting(record: StoredMeeting | null): Promise<void> {
    const props = await this.customProperties();
    if (record) props.set(PROPERTY, JSON.stringify(record));
    else props.remove(PROPERTY);
    await officeCall<void>("customProperties.saveAsync", (cb) => props.saveAsync(cb));
  }

  async getSharedOwner(): Promise<string | null> {
    const item = this.item as Office.AppointmentCompose & {
      getSharedPropertiesAsync?: (cb: (r: Office.AsyncResult<Office.SharedProperties>) => void) => void;
    };
    // Stryker disable next-line ConditionalExpression: (-> false) a missing method's TypeError lands in the catch below, which answers null too
    if (typeof item.getSharedPropertiesAsync !== "function") return null;
    try {
      // Stryker disable next-line StringLiteral: the name is only in the message of an error the catch drops
      const shared = await officeCall<Office.SharedProperties>("getSharedPropertiesAsync", (cb) =>
        item.getSharedPropertiesAsync(cb),
      );
      return shared.owner || null;
    } catch {
      // Not in a shared folder: the item is the user's own.
      return null;
    }
  }

  private customProperties(): Promise<Office.CustomProperties> {
    const item = this.item;
    return officeCall<Office.CustomProperties>("loadCustomPropertiesAsync", (cb) =>
      item.loadCustomPropertiesAsync(cb),
    );
  }
}

function toAttendee(a: Office.EmailAddressDetails): Attendee {
  return { displayName: a.displayName, emailAddress: a.emailAddress };
}

const RECURRENCE_TYPES = new Set(["daily", "weekday", "weekly", "monthly", "yearly"]);
const WEEKDAYS = new Set(["sun", "mon", "tue", "wed", "thu", "fri", "sat"]);

/**
 * Office.js's recurrence (recurrence.getAsync, Mailbox 1.7) as the pure pattern src/core/series-span.ts
 * reads; null when there is none or its series time can't be read. SeriesTime.getEndDate() is null for a
 * series without an end (Microsoft's runtime, outlook-web-16.01.js).
 */
export function toSeriesRecurrence(r: Office.Recurrence | null | undefined): SeriesRecurrence | null {
  if (!r || !RECURRENCE_TYPES.has(String(r.recurrenceType))) return null;
  try {
    // Outside data: a series time that is missing or lacks getStartDate/getDuration throws below (null).
    const time = r.seriesTime as Partial<Office.SeriesTime> &
      Pick<Office.SeriesTime, "getStartDate" | "getDuration">;
    const props = r.recurrenceProperties;
    const days = props?.days
      ?.map((d) => String(d).toLowerCase())
      .filter((d): d is Weekday => WEEKDAYS.has(d));
    const first = props?.firstDayOfWeek ? String(props.firstDayOfWeek).toLowerCase() : undefined;
    const week = props?.weekNumber ? String(props.weekNumber) : undefined;
    const end = typeof time.getEndDate === "function" ? time.getEndDate() : null;
    return {
      type: r.recurrenceType as SeriesRecurrence["type"],
      interval: props?.interval ?? 1,
      days,
      dayOfMonth: props?.dayOfMonth,
      dayOfWeek: props?.dayOfWeek === undefined ? undefined : String(props.dayOfWeek),
      weekNumber:
        week === "first" || week === "second" || week === "third" || week === "fourth" || week === "last"
          ? week
          : undefined,
      month: props?.month === undefined ? undefined : String(props.month),
      firstDayOfWeek: first && WEEKDAYS.has(first) ? (first as Weekday) : undefined,
      startDate: time.getStartDate(),
      endDate: end || null,
      // Unknown: "" (seriesEnd then takes the latest time a day has, never too early).
      startTime: typeof time.getStartTime === "function" ? time.getStartTime() : "",
      durationMinutes: time.getDuration(),
      offsetMinutes: r.recurrenceTimeZone?.offset,
    };
  } catch {
    return null;
  }
}
