// item.body: what the add-in reads and writes goes through the Outlook client's profile
// (WorkbenchHost.bodyForAddin / setBodyFromAddin), as on the host behind Microsoft's runtime.
import { htmlToPlain, type WorkbenchHost } from "./workbench-host";
import { checkBody } from "./argument-checks";
import { deliver, split, type AnyArgs } from "./async-result";

export function createBody(
  host: WorkbenchHost,
): Pick<Office.Body, "getAsync" | "setAsync" | "getTypeAsync" | "prependAsync"> {
  const current = () => host.appointment;
  return {
    getTypeAsync: (...args: AnyArgs) => deliver(args, () => current().bodyType as Office.CoercionType),
    getAsync: (...args: AnyArgs) => {
      const coercion = args[0] as string;
      deliver(args.slice(1), () => {
        host.check("getBody");
        const { body, type } = host.bodyForAddin();
        return coercion === "text" && type === "html" ? htmlToPlain(body) : body;
      });
    },
    setAsync: (...args: AnyArgs) => {
      const data = checkBody(args[0]);
      const { options } = split(args.slice(1));
      const type =
        options.coercionType === "html" ||
        (options.coercionType === undefined && current().bodyType === "html")
          ? "html"
          : "text";
      deliver(args.slice(1), () => {
        host.check("setBody");
        host.setBodyFromAddin(data, type);
      });
    },
    prependAsync: (...args: AnyArgs) => {
      const data = checkBody(args[0]);
      deliver(args.slice(1), () => {
        host.check("setBody");
        host.setBodyFromAddin(data + current().body, current().bodyType);
      });
    },
  };
}
