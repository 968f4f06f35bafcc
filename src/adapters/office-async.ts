// Office.js item calls take callbacks and report failure in an AsyncResult: wrap each call once, and
// turn its failure into an AppError here, at the boundary.
import { AppError, ErrorCode } from "../core/errors";

/** Error codes of the Outlook runtime (outlook-web-16.01.js: addErrorMessage). */
export const OfficeErrorCode = { networkError: 9041, itemNotSaved: 9046 } as const;

export function officeCall<T>(
  what: string,
  invoke: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(fromOfficeError(what, result.error));
      });
    } catch (e) {
      // The runtime validates arguments synchronously and throws.
      reject(
        new AppError(
          ErrorCode.hostError,
          `${what}: ${e instanceof Error ? e.message : String(e)}`,
          {},
          { cause: e },
        ),
      );
    }
  });
}

export function fromOfficeError(what: string, error: Office.Error | undefined): AppError {
  const code = error?.code;
  const name = error?.name ?? "";
  const message = `${what} failed: ${name} ${error?.message ?? ""}`.trim();
  if (code === OfficeErrorCode.itemNotSaved || name === "ItemNotSaved")
    return new AppError(ErrorCode.itemNotSaved, message);
  if (code === OfficeErrorCode.networkError || name === "NetworkError")
    return new AppError(ErrorCode.offline, message);
  return new AppError(ErrorCode.hostError, message);
}
