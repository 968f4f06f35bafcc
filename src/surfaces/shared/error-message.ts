// An AppError as a localized sentence (and, for consent, the link an administrator needs).
import type { AppError } from "../../core/errors";
import { inTime, type MessageKey, type Translate } from "../../i18n";

export function errorMessage(error: AppError, t: Translate): { text: string; link?: string } {
  const wait = error.details.retryAfterSeconds;
  // A wait Graph didn't give (browsers rarely see Retry-After) is never made up.
  const key =
    error.code === "throttled" && wait === undefined
      ? "error.throttled_unknown_wait"
      : (`error.${error.code}` as MessageKey);
  const params = { owner: error.details.owner ?? "", url: error.details.joinUrl ?? "" };
  const text = t(key, wait === undefined ? params : { ...params, when: inTime(wait, t.locale) });
  return error.details.consentUrl ? { text, link: error.details.consentUrl } : { text };
}
