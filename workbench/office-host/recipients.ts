// item.requiredAttendees / optionalAttendees.
import type { WorkbenchHost } from "./workbench-host";
import { deliver, type AnyArgs } from "./async-result";

export function createRecipients(
  host: WorkbenchHost,
  which: "requiredAttendees" | "optionalAttendees",
): Pick<Office.Recipients, "getAsync" | "setAsync"> {
  return {
    getAsync: (...args: AnyArgs) =>
      deliver(args, () =>
        host.appointment[which].map((x) => ({
          displayName: x.displayName,
          emailAddress: x.emailAddress,
          recipientType: "user" as Office.MailboxEnums.RecipientType,
          appointmentResponse: "none" as Office.MailboxEnums.ResponseType,
        })),
      ),
    setAsync: (...args: AnyArgs) => {
      const list = (args[0] as (string | { emailAddress: string; displayName?: string })[]).map((r) =>
        typeof r === "string"
          ? { displayName: r, emailAddress: r }
          : { displayName: r.displayName ?? r.emailAddress, emailAddress: r.emailAddress },
      );
      deliver(args.slice(1), () => host.edit({ [which]: list }));
    },
  };
}
