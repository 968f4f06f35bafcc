// officeCall and fromOfficeError: every Office.js failure becomes an AppError whose code the pane can
// explain (offline, item not saved, a host error), whatever shape the runtime's error has.
import { fromOfficeError, officeCall } from "../../src/adapters/office-async";
import { AppError, ErrorCode } from "../../src/core/errors";
import { FakeOffice, OUTLOOK_ERRORS } from "../fakes/fake-office";

beforeEach(() => {
  new FakeOffice().install();
});

test("a succeeded AsyncResult resolves with its value", async () => {
  await expect(
    officeCall<string>("subject.getAsync", (cb) =>
      queueMicrotask(() =>
        cb({ status: Office.AsyncResultStatus.Succeeded, value: "Planning" } as Office.AsyncResult<string>),
      ),
    ),
  ).resolves.toBe("Planning");
});

test("a failed AsyncResult rejects with the mapped AppError, naming the call and Outlook's error", async () => {
  const error = { ...OUTLOOK_ERRORS.networkError };
  const rejection = officeCall<void>("saveAsync", (cb) =>
    queueMicrotask(() => cb({ status: Office.AsyncResultStatus.Failed, error } as Office.AsyncResult<void>)),
  );
  await expect(rejection).rejects.toBeInstanceOf(AppError);
  await expect(rejection).rejects.toMatchObject({
    code: ErrorCode.offline,
    message: `saveAsync failed: NetworkError ${error.message}`,
  });
});

test("an argument the runtime refuses synchronously is a host error that keeps the runtime's exception", async () => {
  const thrown = new Error("Sys.ArgumentException: location is too long");
  const rejection = officeCall<void>("location.setAsync", () => {
    throw thrown;
  });
  await expect(rejection).rejects.toMatchObject({
    code: ErrorCode.hostError,
    message: "location.setAsync: Sys.ArgumentException: location is too long",
    cause: thrown,
  });
  // Not every runtime throws an Error.
  await expect(
    officeCall<void>("body.setAsync", () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- what such a runtime throws
      throw "Invalid parameter";
    }),
  ).rejects.toMatchObject({ code: ErrorCode.hostError, message: "body.setAsync: Invalid parameter" });
});

describe("fromOfficeError", () => {
  test("ItemNotSaved is recognized by Outlook's code alone and by its name alone", () => {
    expect(fromOfficeError("getItemIdAsync", { code: 9046, name: "", message: "" }).code).toBe(
      ErrorCode.itemNotSaved,
    );
    expect(fromOfficeError("getItemIdAsync", { code: 5001, name: "ItemNotSaved", message: "" }).code).toBe(
      ErrorCode.itemNotSaved,
    );
  });

  test("a network failure is offline, by Outlook's code alone or by its name alone", () => {
    expect(fromOfficeError("saveAsync", { code: 9041, name: "", message: "" }).code).toBe(ErrorCode.offline);
    expect(fromOfficeError("saveAsync", { code: 5001, name: "NetworkError", message: "" }).code).toBe(
      ErrorCode.offline,
    );
  });

  test("any other Office error is a host error, with Outlook's name and message in the diagnostic", () => {
    const e = fromOfficeError("body.setAsync", { ...OUTLOOK_ERRORS.dataExceedsMaximumSize });
    expect(e.code).toBe(ErrorCode.hostError);
    expect(e.message).toBe(
      `body.setAsync failed: DataExceedsMaximumSize ${OUTLOOK_ERRORS.dataExceedsMaximumSize.message}`,
    );
    // Codes and names that are neither of the two special ones.
    expect(fromOfficeError("x", { code: 9020, name: "GenericResponseError", message: "" }).code).toBe(
      ErrorCode.hostError,
    );
  });

  test("a failure without an error object, or with a partial one, is still a host error with a tidy message", () => {
    const none = fromOfficeError("saveAsync", undefined);
    expect(none.code).toBe(ErrorCode.hostError);
    expect(none.message).toBe("saveAsync failed:");
    const nameless = fromOfficeError("saveAsync", { code: 5001, message: "Internal error." } as Office.Error);
    expect(nameless.message).toBe("saveAsync failed:  Internal error.");
    const textless = fromOfficeError("saveAsync", { code: 5001, name: "InternalError" } as Office.Error);
    expect(textless.message).toBe("saveAsync failed: InternalError");
  });
});
