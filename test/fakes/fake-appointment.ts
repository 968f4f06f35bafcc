// An in-memory appointment implementing AppointmentPort, with scriptable Outlook behaviour.
import { AppError, ErrorCode } from "../../src/core/errors";
import type { SeriesRecurrence } from "../../src/core/series-span";
import { parseStoredMeeting } from "../../src/core/stored-record";
import type { AppointmentSnapshot, BodyType, StoredMeeting } from "../../src/core/types";
import type { AppointmentPort } from "../../src/ports/appointment";

export interface FakeAppointmentInit {
  subject?: string;
  start?: Date;
  end?: Date;
  location?: string;
  body?: string;
  bodyType?: BodyType;
  itemId?: string | null;
  stored?: StoredMeeting | null;
  sharedOwner?: string | null;
}

export class FakeAppointment implements AppointmentPort {
  subject: string;
  start: Date;
  end: Date;
  location: string;
  body: string;
  bodyType: BodyType;
  itemId: string | null;
  stored: StoredMeeting | null;
  sharedOwner: string | null;
  seriesId: string | null = null;
  /** The series' pattern when this is a recurring series (its master). */
  recurrence: SeriesRecurrence | null = null;
  saves = 0;
  bodyWrites = 0;
  /** Rewrites what setBody is given, as Outlook may (identity by default). */
  rewriteOnSet: (body: string) => string = (b) => b;
  /** Makes the next N setBody calls fail. */
  failSetBody = 0;
  /** Makes the next N setLocation calls fail. */
  failSetLocation = 0;

  constructor(init: FakeAppointmentInit = {}) {
    this.subject = init.subject ?? "Quarterly review";
    this.start = init.start ?? new Date("2026-12-01T09:00:00Z");
    this.end = init.end ?? new Date("2026-12-01T10:00:00Z");
    this.location = init.location ?? "";
    this.body = init.body ?? "<html><body><div>Agenda: numbers</div></body></html>";
    this.bodyType = init.bodyType ?? "html";
    this.itemId = init.itemId === undefined ? null : init.itemId;
    this.stored = init.stored ?? null;
    this.sharedOwner = init.sharedOwner ?? null;
  }

  read(): Promise<AppointmentSnapshot> {
    return Promise.resolve({
      subject: this.subject,
      start: this.start,
      end: this.end,
      location: this.location,
      requiredAttendees: [],
      optionalAttendees: [],
      body: this.body,
      bodyType: this.bodyType,
      isNew: this.itemId === null,
      isRecurring: this.seriesId !== null || this.recurrence !== null,
      seriesId: this.seriesId,
      recurrence: this.recurrence,
    });
  }
  getBody(): Promise<{ body: string; type: BodyType }> {
    return Promise.resolve({ body: this.body, type: this.bodyType });
  }
  setBody(body: string, type: BodyType): Promise<void> {
    if (this.failSetBody > 0) {
      this.failSetBody--;
      return Promise.reject(new AppError(ErrorCode.hostError, "setAsync failed"));
    }
    this.bodyWrites++;
    this.body = this.rewriteOnSet(body);
    this.bodyType = type;
    return Promise.resolve();
  }
  getLocation(): Promise<string> {
    return Promise.resolve(this.location);
  }
  setLocation(location: string): Promise<void> {
    if (this.failSetLocation > 0) {
      this.failSetLocation--;
      return Promise.reject(new AppError(ErrorCode.hostError, "location.setAsync failed"));
    }
    this.location = location;
    return Promise.resolve();
  }
  getItemId(): Promise<string | null> {
    return Promise.resolve(this.itemId);
  }
  save(): Promise<string> {
    this.saves++;
    this.itemId ??= "AAMkAD+item/1==";
    return Promise.resolve(this.itemId);
  }
  toRestId(itemId: string): string {
    return itemId.replace(/\//g, "-").replace(/\+/g, "_");
  }
  /** Read as the Office.js adapter reads the custom property: JSON, validated field by field. */
  loadStoredMeeting(): Promise<StoredMeeting | null> {
    return Promise.resolve(this.stored ? parseStoredMeeting(JSON.stringify(this.stored)) : null);
  }
  saveStoredMeeting(record: StoredMeeting | null): Promise<void> {
    this.stored = record ? { ...record } : null;
    return Promise.resolve();
  }
  getSharedOwner(): Promise<string | null> {
    return Promise.resolve(this.sharedOwner);
  }
}
