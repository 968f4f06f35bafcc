// The join URL in an empty location, put there by us and taken back only while it is still ours.
import type { StoredMeeting } from "../core/types";
import type { AppointmentPort } from "../ports/appointment";

/** Outlook keeps 255 characters of a location: a longer join URL would be a broken link there. */
const LOCATION_MAX_CHARACTERS = 255;

/**
 * The join URL in an empty location is a convenience: the join details are in the body already, so
 * Outlook refusing the location leaves it as it was and the meeting stands.
 */
export async function putJoinUrlInEmptyLocation(
  appointment: AppointmentPort,
  stored: StoredMeeting,
  joinUrl: string,
): Promise<StoredMeeting> {
  try {
    const location = await appointment.getLocation();
    if (location.trim() !== "" || joinUrl.length > LOCATION_MAX_CHARACTERS) return stored;
    await appointment.setLocation(joinUrl);
  } catch {
    return stored;
  }
  const next = { ...stored, locationSetByUs: joinUrl };
  try {
    await appointment.saveStoredMeeting(next);
  } catch (thrown) {
    // Unrecorded, the location would outlive a removal: take it back.
    await appointment.setLocation("").catch(() => undefined);
    throw thrown;
  }
  return next;
}

/** On removal: the location goes back to empty only if it still reads as the join URL we put there. */
export async function takeBackLocation(
  appointment: AppointmentPort,
  stored: StoredMeeting | null,
): Promise<void> {
  if (!stored?.locationSetByUs) return;
  const location = await appointment.getLocation();
  if (location === stored.locationSetByUs) await appointment.setLocation("");
}
