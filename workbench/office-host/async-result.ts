// How the stand-in answers an Office.js call: an AsyncResult delivered to the callback after a short
// delay (a real host's round trip), with Outlook's error code and name when the operation fails.
import { HostFailure, isHostFailure } from "./workbench-host";

export type Callback<T> = (result: Office.AsyncResult<T>) => void;
export type AnyArgs = unknown[];

/** Delay of every AsyncResult, like a real host's round trip. */
export const DELAY_MS = 2;

/** The callback and the options object of an Office.js call's trailing arguments. */
export function split<T>(args: AnyArgs): {
  callback: Callback<T> | undefined;
  options: Office.AsyncContextOptions & Record<string, unknown>;
} {
  const callback = args.find((a): a is Callback<T> => typeof a === "function");
  const options = (args.find((a) => typeof a === "object" && a !== null) ??
    {}) as Office.AsyncContextOptions & Record<string, unknown>;
  return { callback, options };
}

/** Runs the operation later and hands its value (or its failure) to the callback as an AsyncResult. */
export function deliver<T>(args: AnyArgs, run: () => T | Promise<T>): void {
  const { callback, options } = split<T>(args);
  setTimeout(() => {
    void (async () => {
      let result: Office.AsyncResult<T>;
      try {
        const value = await run();
        result = {
          status: "succeeded" as unknown as Office.AsyncResultStatus,
          value,
          asyncContext: options.asyncContext as unknown,
          error: undefined as unknown as Office.Error,
          diagnostics: undefined,
        };
      } catch (e) {
        const f = isHostFailure(e)
          ? e
          : new HostFailure(9020, "GenericResponseError", e instanceof Error ? e.message : String(e));
        result = {
          status: "failed" as unknown as Office.AsyncResultStatus,
          value: undefined as T,
          asyncContext: options.asyncContext as unknown,
          error: { code: f.code, name: f.errorName, message: f.message },
          diagnostics: undefined,
        };
      }
      callback?.(result);
    })();
  }, DELAY_MS);
}

/** Dates are made in the add-in's own window, as the runtime's are (instanceof Date holds there). */
function local<T>(value: T): T {
  return (
    Object.prototype.toString.call(value) === "[object Date]"
      ? new Date((value as unknown as Date).getTime())
      : value
  ) as T;
}

/** A get/set property of the item (subject, start, end, location). */
export function field<T>(
  get: () => T,
  set?: (value: T) => void,
  validate?: (value: T) => void,
): { getAsync: (...a: AnyArgs) => void; setAsync: (...a: AnyArgs) => void } {
  return {
    getAsync: (...a: AnyArgs) => deliver(a, () => local(get())),
    setAsync: (...a: AnyArgs) => {
      const value = a[0] as T;
      validate?.(value);
      deliver(a.slice(1), () => {
        if (!set) throw new HostFailure(9038, "InsufficientItemPermissionsError", "Read-only.");
        set(value);
      });
    },
  };
}
