// An AppError as a localized sentence (and, for consent, the link an administrator needs).
import type { AppError } from "../../core/errors";
import { inSeconds, type MessageKey, type Translate } from "../../i18n";

export function errorMessage(error: AppError, t: Translate): { text: string; link?: string } {
  const key = `error.${error.code}` as MessageKey;
  const seconds = Math.max(1, Math.ceil(error.details.retryAfterSeconds ?? 30));
  const text = t(key, {
    when: inSeconds(seconds, t.locale),
    owner: error.details.owner ?? "",
    url: error.details.joinUrl ?? "",
  });
  return error.details.consentUrl ? { text, link: error.details.consentUrl } : { text };
}
