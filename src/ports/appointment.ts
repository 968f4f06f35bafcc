// The open appointment in compose mode, as the use-cases need it. Implemented over Office.js by
// src/adapters/office-appointment.ts; faked in test/fakes/fake-appointment.ts.
import type { AppointmentSnapshot, BodyType, StoredMeeting } from "../core/types";

export interface AppointmentPort {
  read(): Promise<AppointmentSnapshot>;
  getBody(): Promise<{ body: string; type: BodyType }>;
  /** Replace the whole body (body.setAsync) in the given coercion type. */
  setBody(body: string, type: BodyType): Promise<void>;
  getLocation(): Promise<string>;
  setLocation(location: string): Promise<void>;
  /** The EWS item id, or null while the item has never been saved (ItemNotSaved). */
  getItemId(): Promise<string | null>;
  /** saveAsync: saves to the calendar (a new item becomes a real appointment) and returns its item id. */
  save(): Promise<string>;
  /** convertToRestId(v2.0); identity where ids are REST-shaped already. */
  toRestId(itemId: string): string;
  /** Our record on the item (custom properties); null when there is none. */
  loadStoredMeeting(): Promise<StoredMeeting | null>;
  /** Write (or with null, clear) our record; saved with the item. */
  saveStoredMeeting(record: StoredMeeting | null): Promise<void>;
  /** The mailbox address of the calendar owner when composing in a shared/delegate calendar. */
  getSharedOwner(): Promise<string | null>;
}
