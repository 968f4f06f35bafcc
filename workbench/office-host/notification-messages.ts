// item.notificationMessages, with Outlook's key, size and count rules (argument-checks.ts, WorkbenchHost).
import { HostFailure, type Notification, type WorkbenchHost } from "./workbench-host";
import { checkNotification, checkNotificationKey } from "./argument-checks";
import { deliver, type AnyArgs } from "./async-result";

export function createNotificationMessages(
  host: WorkbenchHost,
): Pick<Office.NotificationMessages, "addAsync" | "replaceAsync" | "removeAsync" | "getAllAsync"> {
  return {
    addAsync: (...args: AnyArgs) => {
      const [key, details] = args as [string, Office.NotificationMessageDetails];
      checkNotificationKey(key);
      checkNotification(details);
      deliver(args.slice(2), () => {
        host.check("notification");
        if (host.notifications.some((n) => n.key === key))
          throw new HostFailure(
            9023,
            "DuplicateNotificationKey",
            "A notification with the provided key already exists.",
          );
        host.replaceNotification(toNotification(key, details));
      });
    },
    replaceAsync: (...args: AnyArgs) => {
      const [key, details] = args as [string, Office.NotificationMessageDetails];
      checkNotificationKey(key);
      checkNotification(details);
      deliver(args.slice(2), () => {
        host.check("notification");
        host.replaceNotification(toNotification(key, details));
      });
    },
    removeAsync: (...args: AnyArgs) => {
      const key = checkNotificationKey(args[0]);
      deliver(args.slice(1), () => {
        host.check("notification");
        host.removeNotification(key);
      });
    },
    getAllAsync: (...args: AnyArgs) => deliver(args, () => host.notifications.map((n) => ({ ...n }))),
  };
}

function toNotification(key: string, d: Office.NotificationMessageDetails): Notification {
  return { key, type: String(d.type), message: d.message, icon: d.icon, persistent: d.persistent === true };
}
