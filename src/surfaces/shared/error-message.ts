// An AppError as a localized sentence (and, for consent, the link an administrator needs).
import type { AppError } from "../../core/errors";
import { inTime, type MessageKey, type Translate } from "../../i18n";
import { message, translateMessage, type Message } from "./messages";

/** The sentence for an error before translation; `locale` is the catalog's, for the wait's wording. */
export function describeError(error: AppError, locale: string | undefined): { text: Message; link?: string } {
  const wait = error.details.retryAfterSeconds;
  // A wait Graph didn't give (browsers rarely see Retry-After) is never made up.
  const key =
    error.code === "throttled" && wait === undefined
      ? "error.throttled_unknown_wait"
      : (`error.${error.code}` as MessageKey);
  const params = { owner: error.details.owner ?? "", url: error.details.joinUrl ?? "" };
  const text = message(key, wait === undefined ? params : { ...params, when: inTime(wait, locale) });
  return error.details.consentUrl ? { text, link: error.details.consentUrl } : { text };
}

export function errorMessage(error: AppError, translate: Translate): { text: string; link?: string } {
  const { text, link } = describeError(error, translate.locale);
  const sentence = translateMessage(translate, text);
  return link ? { text: sentence, link } : { text: sentence };
}
