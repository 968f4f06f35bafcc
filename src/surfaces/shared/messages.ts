// What a surface says about the work in progress and about what it found, in one place for the pane and
// the UI-less commands (ribbon, mobile, launch event): both speak the same sentences.
import type { ProgressStep } from "../../app/meeting-service";
import type { ForeignMeeting, OnlineMeetingProvider } from "../../core/types";
import type { MessageKey, Translate } from "../../i18n";

/** The sentence for each step of an add or a removal while it runs. */
export const PROGRESS_MESSAGE: Readonly<Record<ProgressStep, MessageKey>> = {
  saving: "progress.saving",
  contacting: "progress.contacting",
  "waiting-for-sync": "progress.waitingForSync",
  writing: "progress.writing",
  removing: "progress.removing",
};

// Typed by the services foreign-meeting detection can report, so a new one cannot go unnamed.
const SERVICE_NAME = new Map<string, MessageKey>(
  Object.entries({
    teams: "service.teams",
    zoom: "service.zoom",
    webex: "service.webex",
    meet: "service.meet",
    jitsi: "service.jitsi",
    skype: "service.skype",
    gotomeeting: "service.gotomeeting",
    other: "service.other",
  } satisfies Record<ForeignMeeting["service"], MessageKey>),
);

/**
 * The name of the service whose join link is in the body. An error's details carry it as plain text,
 * so anything unknown is "an online meeting", never a missing catalog key.
 */
export function serviceNameKey(service: string | undefined): MessageKey {
  return SERVICE_NAME.get(service ?? "") ?? "service.other";
}

/** A calendar provider's name ("unknown provider" when Graph named none we know). */
export function providerName(provider: OnlineMeetingProvider | undefined): Message {
  return message(`provider.${provider ?? "unknown"}`);
}

/**
 * A sentence before translation: a catalog key and its placeholders, which may be sentences themselves
 * (a provider's or a service's name). Lets pure code (the pane's model) say what to show without a
 * catalog; the view translates it.
 */
export interface Message {
  key: MessageKey;
  params?: Readonly<Record<string, string | number | Message>> | undefined;
}

/** Text a view shows: a sentence from the catalog, or text already in the user's language (Intl's). */
export type Label = Message | string;

export function message(key: MessageKey, params?: Message["params"]): Message {
  return params ? { key, params } : { key };
}

export function translateMessage(translate: Translate, text: Label): string {
  if (typeof text === "string") return text;
  if (!text.params) return translate(text.key);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params))
    params[name] = typeof value === "object" ? translateMessage(translate, value) : value;
  return translate(text.key, params);
}
