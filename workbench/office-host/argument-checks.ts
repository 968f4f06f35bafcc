// The argument checks Microsoft's runtime (outlook-web-16.01.js) makes before it calls the host:
// each throws synchronously, with the runtime's exception names. The stand-in makes the same checks
// so an add-in meets the same errors on both (test/e2e/office-runtime.spec.ts compares them).

function sysError(name: string, text: string, paramName?: string): Error {
  const e = new Error(`${name}: ${text}${paramName ? `\nParameter name: ${paramName}` : ""}`);
  e.name = name;
  return Object.assign(e, { paramName });
}

export const argumentError = (paramName: string) =>
  sysError("Sys.ArgumentException", "Value does not fall within the expected range.", paramName);
export const nullArgument = (paramName: string) =>
  sysError("Sys.ArgumentNullException", "Value cannot be null.", paramName);
export const outOfRange = (paramName: string) =>
  sysError(
    "Sys.ArgumentOutOfRangeException",
    "Specified argument was out of the range of valid values.",
    paramName,
  );
export const typeError = (paramName: string) =>
  sysError("Sys.ArgumentTypeException", "Object cannot be converted to the required type.", paramName);

/** Outlook's limits, as the runtime states them. */
export const Limits = {
  body: 1_000_000,
  subject: 255,
  location: 255,
  customProperties: 2_500,
  notificationKey: 32,
  notificationMessage: 150,
  notificationIcon: 32,
} as const;

/** The notification types, in the runtime's numbering (ItemNotificationMessageType: 0, 1, 2, 3). */
export const NOTIFICATION_TYPES = [
  "informationalMessage",
  "progressIndicator",
  "errorMessage",
  "insightMessage",
];

function nonEmptyString(paramName: string, value: unknown): string {
  if (value === undefined || value === null || value === "") throw nullArgument(paramName);
  if (typeof value !== "string") throw typeError(paramName);
  return value;
}

/** body.setAsync / prependAsync: a string of at most 1,000,000 characters. */
export function checkBody(data: unknown): string {
  if (typeof data !== "string") throw typeError("data");
  if (data.length > Limits.body) throw outOfRange("data");
  return data;
}

/** subject.setAsync / location.setAsync: a string of at most 255 characters. */
export function checkShortText(paramName: "subject" | "location", value: unknown): string {
  if (paramName === "location" && (value === null || value === undefined)) return "";
  if (typeof value !== "string") throw typeError(paramName);
  if (value.length > Limits[paramName]) throw outOfRange(paramName);
  return value;
}

/** customProperties.saveAsync: the serialized properties within 2,500 characters. */
export function checkCustomProperties(values: Record<string, unknown>): void {
  if (JSON.stringify(values).length > Limits.customProperties) throw outOfRange("customProperties");
}

/** notificationMessages.*Async: the key, then the details (validateKey, validateData). */
export function checkNotificationKey(key: unknown): string {
  const k = nonEmptyString("key", key);
  if (k.length > Limits.notificationKey) throw outOfRange("key");
  return k;
}

export function checkNotification(d: Office.NotificationMessageDetails | undefined): void {
  const type = nonEmptyString("type", d?.type);
  if (!NOTIFICATION_TYPES.includes(type)) throw argumentError("type");
  const details = d as Office.NotificationMessageDetails;
  if (type === "informationalMessage" || type === "insightMessage") {
    const icon = nonEmptyString("icon", details.icon);
    if (icon.length > Limits.notificationIcon) throw outOfRange("icon");
    if (type === "informationalMessage") {
      if (details.persistent === undefined || details.persistent === null) throw nullArgument("persistent");
      if (typeof details.persistent !== "boolean") throw typeError("persistent");
    }
  } else {
    if (details.icon !== undefined && details.icon !== null) throw argumentError("icon");
    if (details.persistent !== undefined && details.persistent !== null) throw argumentError("persistent");
  }
  const message = nonEmptyString("message", details.message);
  if (message.length > Limits.notificationMessage) throw outOfRange("message");
}
