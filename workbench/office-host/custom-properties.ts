// The CustomProperties object loadCustomPropertiesAsync hands out: a copy of the item's properties,
// saved back (2,500 characters at most) by saveAsync.
import type { WorkbenchHost } from "./workbench-host";
import { checkCustomProperties } from "./argument-checks";
import { deliver, type AnyArgs } from "./async-result";

export function createCustomProperties(
  host: WorkbenchHost,
): Pick<Office.CustomProperties, "get" | "set" | "remove" | "getAll" | "saveAsync"> {
  const values: Record<string, unknown> = { ...host.appointment.customProperties };
  return {
    get: (name: string): unknown => values[name],
    set: (name: string, value: unknown) => {
      values[name] = value;
    },
    remove: (name: string) => {
      delete values[name];
    },
    getAll: () => ({ ...values }),
    saveAsync: (...args: AnyArgs) => {
      checkCustomProperties(values);
      deliver(args, () => {
        host.check("saveCustomProperties");
        host.saveCustomProperties(values);
      });
    },
  };
}
