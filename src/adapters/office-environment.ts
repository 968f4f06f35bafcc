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
  newId(): string {
    return globalThis.crypto.randomUUID();
  }
  now(): Date {
    return new Date();
  }
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}
