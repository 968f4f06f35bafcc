// Facts about the host the use-cases need: language, account kind, the clock and random ids.

export type AccountType = "enterprise" | "office365" | "outlookCom" | "gmail" | "unknown";

export interface EnvironmentPort {
  /** Office.context.displayLanguage, e.g. "zh-CN". */
  displayLanguage(): string;
  accountType(): AccountType;
  /** The signed-in mailbox's address (userProfile.emailAddress), when the host tells it. */
  userAddress?(): string | undefined;
  /** A new random id (createOrGet externalId). */
  newId(): string;
  now(): Date;
  /** Wait (retries); injectable so tests do not sleep. */
  sleep(ms: number): Promise<void>;
}
