// Outlook notification messages for the ribbon command: one key reused (never more than one of ours on
// the item, so the limit of five is never reached), messages cut to Outlook's 150 characters.
import { officeCall } from "./office-async";

const KEY = "omo-status";
const MAX = 150;

export function fitNotification(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= MAX ? oneLine : `${oneLine.slice(0, MAX - 1).trimEnd()}…`;
}

export class OfficeNotifications {
  private get messages(): Office.NotificationMessages | null {
    return (Office.context.mailbox.item as Office.AppointmentCompose | null)?.notificationMessages ?? null;
  }

  progress(text: string): Promise<void> {
    return this.replace({
      type: Office.MailboxEnums.ItemNotificationMessageType.ProgressIndicator,
      message: fitNotification(text),
    });
  }

  success(text: string): Promise<void> {
    return this.replace({
      type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
      message: fitNotification(text),
      icon: "Icon.16x16",
      persistent: false,
    });
  }

  error(text: string): Promise<void> {
    return this.replace({
      type: Office.MailboxEnums.ItemNotificationMessageType.ErrorMessage,
      message: fitNotification(text),
    });
  }

  async clear(): Promise<void> {
    const messages = this.messages;
    // Stryker disable next-line ConditionalExpression: without it, null.removeAsync throws in officeCall and the catch drops that too
    if (!messages) return;
    // Stryker disable next-line StringLiteral: the name is only in the message of an error the catch drops
    await officeCall<void>("notificationMessages.removeAsync", (cb) => messages.removeAsync(KEY, cb)).catch(
      () => undefined,
    );
  }

  private async replace(details: Office.NotificationMessageDetails): Promise<void> {
    const messages = this.messages;
    if (!messages) return;
    await officeCall<void>("notificationMessages.replaceAsync", (cb) =>
      messages.replaceAsync(KEY, details, cb),
    );
  }
}
