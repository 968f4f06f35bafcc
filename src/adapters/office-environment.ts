// Host facts from Office.js (language, account kind) and the clock, ids and timers.
import type { AccountType, EnvironmentPort } from "../ports/environment";

export class OfficeEnvironment implements EnvironmentPort {
  displayLanguage(): string {
    return Office.context.displayLanguage || "en-US";
  }
  accountType(): AccountType {
    const type = (Office.context.mailbox.userProfile as { accountType?: string }).accountType;
    return type === "enterprise" || type === "office365" || type === "outlookCom" || type === "gmail"
      ? type
      : "unknown";
  }
  userAddress(): string | undefined {
    return Office.context.mailbox.userProfile.emailAddress || undefined;
  }
  newId(): string {
    const c = globalThis.crypto;
    if (typeof c?.randomUUID === "function") return c.randomUUID();
    // The JavaScript-only runtime may lack randomUUID: a v4-shaped id from getRandomValues or Math.random.
    const bytes = new Uint8Array(16);
    if (typeof c?.getRandomValues === "function") c.getRandomValues(bytes);
    else bytes.forEach((_, i) => (bytes[i] = Math.floor(Math.random() * 256)));
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  now(): Date {
    return new Date();
  }
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}
