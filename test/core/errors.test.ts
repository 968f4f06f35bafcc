// "Try again" in the pane: offered exactly where doing the same thing again can succeed, and every
// message that tells the user to simply try again comes with the button.
import { AppError, ErrorCode, toAppError } from "../../src/core/errors";
import { translator } from "../../src/i18n";

const t = translator("en-US");

test("transient failures are retryable; what needs the user or an administrator first is not", () => {
  for (const code of [
    // Signing in: the pane's button is "Sign in" (a click opens the dialog), also after a cancel.
    ErrorCode.signInRequired,
    ErrorCode.signInCancelled,
    ErrorCode.offline,
    ErrorCode.timeout,
    ErrorCode.throttled,
    ErrorCode.serviceUnavailable,
    ErrorCode.notFound,
    ErrorCode.graphError,
    ErrorCode.malformedResponse,
    ErrorCode.bodyWriteFailed,
    ErrorCode.hostError,
    ErrorCode.unknown,
  ])
    expect([code, new AppError(code, "").retryable]).toEqual([code, true]);
  for (const code of [
    ErrorCode.personalAccount,
    ErrorCode.consentRequired,
    ErrorCode.foreignMeeting,
    ErrorCode.irreversible,
    ErrorCode.bodyTooLarge,
    ErrorCode.configuration,
    ErrorCode.conflict,
    ErrorCode.busy,
  ])
    expect([code, new AppError(code, "").retryable]).toEqual([code, false]);
});

test("a message that says only 'try again' always comes with the Try again button", () => {
  for (const code of Object.values(ErrorCode)) {
    const message = t(`error.${code}` as Parameters<typeof t>[0], { when: "in 5 seconds" });
    // "Reopen it and try again", "Save … then try again", "Sign in again and retry" ask for a step first.
    const plain =
      /(^|[.;] )try again( later| in a minute)?\.$/i.test(message) || /\. Try again\.$/.test(message);
    if (plain) expect([code, message, new AppError(code, "").retryable]).toEqual([code, message, true]);
  }
});

test("anything thrown becomes an AppError with the fallback code, keeping what was thrown as its cause", () => {
  const thrown = new TypeError("Failed to fetch");
  const wrapped = toAppError(thrown, ErrorCode.offline);
  expect(wrapped).toBeInstanceOf(AppError);
  expect([wrapped.code, wrapped.message, wrapped.cause]).toEqual([
    ErrorCode.offline,
    "Failed to fetch",
    thrown,
  ]);
  const fromString = toAppError("boom");
  expect([fromString.code, fromString.message, fromString.cause]).toEqual([
    ErrorCode.unknown,
    "boom",
    "boom",
  ]);
});

test("an AppError passes through unchanged: its code and details are not replaced by the fallback", () => {
  const error = new AppError(ErrorCode.consentRequired, "", { consentUrl: "https://login.example/consent" });
  expect(toAppError(error, ErrorCode.hostError)).toBe(error);
});
