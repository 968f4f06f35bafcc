// Another service's join link already in the body (outside our block): Teams, Zoom, Webex, Google
// Meet, Jitsi, Skype, GoTo. Only real links count, not a mention of a product name.
import { removeBlock } from "./body-block";
import type { BodyType, ForeignMeeting } from "./types";

const SERVICES: { service: ForeignMeeting["service"]; pattern: RegExp }[] = [
  { service: "teams", pattern: /https:\/\/teams\.microsoft\.com\/(?:l\/meetup-join|meet)\/[^\s"'<>]+/i },
  { service: "teams", pattern: /https:\/\/teams\.live\.com\/meet\/[^\s"'<>]+/i },
  { service: "zoom", pattern: /https:\/\/(?:[\w-]+\.)*zoom(?:gov)?\.us\/(?:j|my|w|s)\/[^\s"'<>]+/i },
  {
    service: "webex",
    pattern: /https:\/\/(?:[\w-]+\.)*webex\.com\/(?:[\w-]+\/)?(?:j\.php|meet|join|m)\b[^\s"'<>]*/i,
  },
  { service: "meet", pattern: /https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}\b/i },
  { service: "jitsi", pattern: /https:\/\/meet\.jit\.si\/[^\s"'<>]+/i },
  { service: "skype", pattern: /https:\/\/(?:join\.skype\.com|meet\.lync\.com)\/[^\s"'<>]+/i },
  {
    service: "gotomeeting",
    pattern: /https:\/\/(?:(?:global|app)\.gotomeeting\.com\/join|meet\.goto\.com)\/[^\s"'<>]+/i,
  },
];

export function detectForeignMeeting(body: string, type: BodyType): ForeignMeeting | null {
  const rest = removeBlock(body, type);
  let best: { index: number; meeting: ForeignMeeting } | null = null;
  for (const { service, pattern } of SERVICES) {
    const m = pattern.exec(rest);
    if (m && (!best || m.index < best.index)) {
      best = { index: m.index, meeting: { service, url: m[0].replace(/&amp;/g, "&") } };
    }
  }
  return best?.meeting ?? null;
}
