// Another service's join link already in the body (outside our block and outside the event's own
// meeting): Teams, Zoom, Webex, Google Meet, Jitsi, Skype, GoTo. Only real links and join-block marks
// count, not a mention of a product name. Links are looked at behind the redirects mail systems wrap
// them in (Safe Links, Google's url redirect, the Teams launcher), and a Teams block whose join link is
// a redirect no scan can follow (aka.ms) is still recognised by its other marks: the dial-in host,
// the Meeting-options link, meet_invite_block, "Meeting ID"/"Conference ID" lines. Linear scans only.
import { removeBlock, type BlockKey } from "./body-block";
import { decodeEntities } from "./html-to-text";
import type { MeetingIdentity } from "./meeting-identity";
import type { BodyType, ForeignMeeting } from "./types";

type Service = ForeignMeeting["service"];

const SERVICES: { service: Service; pattern: RegExp }[] = [
  {
    service: "teams",
    pattern:
      /^https:\/\/(?:teams\.microsoft\.com|teams\.microsoft\.us|dod\.teams\.microsoft\.us|gov\.teams\.microsoft\.us|teams\.cloud\.microsoft)\/(?:l\/meetup-join|meet)\//i,
  },
  { service: "teams", pattern: /^https:\/\/teams\.live\.com\/meet\//i },
  { service: "zoom", pattern: /^https:\/\/(?:[\w-]+\.)*zoom(?:gov)?\.us\/(?:j|my|w|s|wc(?:\/join)?)\//i },
  {
    service: "webex",
    pattern: /^https:\/\/(?:[\w-]+\.)*webex\.com\/(?:[\w-]+\/)?(?:j\.php|meet|join|m)\b/i,
  },
  { service: "meet", pattern: /^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}\b/i },
  { service: "jitsi", pattern: /^https:\/\/meet\.jit\.si\/\S/i },
  { service: "skype", pattern: /^https:\/\/(?:join\.skype\.com|meet\.lync\.com)\/\S/i },
  {
    service: "gotomeeting",
    pattern: /^https:\/\/(?:(?:global|app)\.gotomeeting\.com\/join|meet\.goto\.com)\/\S/i,
  },
];

/**
 * Links that belong to a join block though they are no join link: dial-in pages and meeting options.
 * Teams: dialin.teams.microsoft.com and teams.microsoft.com/meetingOptions (both in Exchange's
 * template, Graph's event PATCH sample); Zoom's "Find your local number" zoom.us/u/; Google Meet's
 * phone pages tel.meet/<code> and meet.google.com/tel/<code>.
 */
const DIAL_IN: { service: Service; pattern: RegExp }[] = [
  { service: "teams", pattern: /^https:\/\/dialin\.teams\.microsoft\.(?:com|us)\//i },
  { service: "teams", pattern: /^https:\/\/teams\.microsoft\.(?:com|us)\/meetingoptions\b/i },
  { service: "teams", pattern: /^https:\/\/aka\.ms\/JoinTeamsMeeting\b/i },
  { service: "zoom", pattern: /^https:\/\/(?:[\w-]+\.)*zoom(?:gov)?\.us\/u\//i },
  {
    service: "meet",
    pattern: /^https:\/\/(?:tel\.meet\/|meet\.google\.com\/tel\/)[a-z]{3}-[a-z]{4}-[a-z]{3}\b/i,
  },
];

/** Template words that only a Teams block carries, in the template languages (with "Microsoft Teams"). */
const TEAMS_ID_LINE =
  /(?:Meeting ID|Conference ID|Passcode|会议 ID|会議 ID|Идентификатор (?:собрания|конференции)|Besprechungs-ID|Konferenz-ID|ID de la réunion|Id\. de reunión|ID de conferencia)\s*[:：]/i;

const LINK = /https:\/\/[^\s"'<>]+/gi;
/** No join link is longer; a longer "link" is no join link and isn't looked at. */
const URL_MAX = 4096;
/** A cheap first look at the host (and a redirect's target): only these can be a service's link. */
const KNOWN_HOST =
  /^https:\/\/[^/?#]*(?:teams|zoom|webex|google|jit\.si|skype|lync|goto|aka\.ms|tel\.meet|safelink|outlook\.office)/i;
const REDIRECT_HOST =
  /^https:\/\/[^/?#]*(?:safelinks\.protection\.outlook\.com|outlook\.office\.com|google\.|teams\.microsoft\.(?:com|us)\/dl\/launcher)/i;
/** The Teams web app's hosts whose launcher (`/dl/launcher/`) is followed: commercial and the US government clouds. */
const LAUNCHER_HOSTS: ReadonlySet<string> = new Set([
  "teams.microsoft.com",
  "teams.microsoft.us",
  "gov.teams.microsoft.us",
  "dod.teams.microsoft.us",
]);
/** How far from one of the event's own identities a mark still belongs to the event's block. */
const NEAR = 4000;

export interface ForeignOptions {
  /** Our block (bound to the item): never someone else's. */
  key?: BlockKey | undefined;
  /** The event's own online meeting: its links and marks are not another service's. */
  own?: MeetingIdentity | undefined;
}

export function detectForeignMeeting(
  body: string,
  type: BodyType,
  options: ForeignOptions = {},
): ForeignMeeting | null {
  // Only our bound block is left out: without a key nothing in the body is ours (a forged marker
  // around another service's link is still that service's link).
  const rest = options.key ? removeBlock(body, type, options.key) : body;
  const own = options.own;
  // Stryker disable next-line ArrowFunction: equivalent, `() => undefined` is as false to `!near(…)` as `() => false`
  const near = own ? proximity(rest, own) : () => false;
  let mark: { index: number; meeting: ForeignMeeting } | null = null;
  LINK.lastIndex = 0;
  for (let m = LINK.exec(rest); m; m = LINK.exec(rest)) {
    if (m[0].length > URL_MAX || !KNOWN_HOST.test(m[0])) continue;
    // Stryker disable next-line StringLiteral: equivalent, decoding the entities of a link without "&" changes nothing
    const raw = m[0].includes("&") ? decodeEntities(m[0]) : m[0];
    const url = REDIRECT_HOST.test(raw) ? unwrapRedirect(raw) : raw;
    const service = classify(url, SERVICES);
    if (service) {
      if (own && isOwnLink(url, own)) continue;
      return { service, url };
    }
    const dialIn = classify(url, DIAL_IN);
    if (dialIn && !mark && !near(m.index)) mark = { index: m.index, meeting: { service: dialIn, url } };
  }
  if (mark) return mark.meeting;
  if (teamsTemplateMark(rest, near) >= 0) return { service: "teams", url: "" };
  return null;
}

function classify(url: string, table: { service: Service; pattern: RegExp }[]): Service | null {
  for (const { service, pattern } of table) if (pattern.test(url)) return service;
  return null;
}

/**
 * The link behind a redirect, when the redirect names it: Safe Links
 * (`*.safelinks.protection.outlook.com/?url=…`, also `/ap/<x>/?url=…`, and Outlook on the web's
 * `outlook.office.com/mail/safelink.html?url=…`), Google's `google.com/url?q=…`, and the Teams
 * launcher (`teams.microsoft.com/dl/launcher/launcher.html?url=/_#/l/meetup-join/…`). Unwrapped
 * at most a few times (a redirect inside a redirect).
 */
export function unwrapRedirect(link: string): string {
  let url = link;
  for (let i = 0; i < 3; i++) {
    const inner = innerUrl(url);
    if (!inner) return url;
    url = inner;
  }
  return url;
}

function innerUrl(link: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(link);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname.toLowerCase();
  let inner: string | null = null;
  if (host.endsWith(".safelinks.protection.outlook.com")) inner = parsed.searchParams.get("url");
  else if (host === "outlook.office.com" && path.endsWith("/safelink.html"))
    inner = parsed.searchParams.get("url");
  else if (/^(?:www\.)?google\.[a-z.]+$/.test(host) && path === "/url")
    inner = parsed.searchParams.get("q") ?? parsed.searchParams.get("url");
  else if (LAUNCHER_HOSTS.has(host) && path.startsWith("/dl/launcher/")) {
    const target = parsed.searchParams.get("url");
    // The launcher's target is a path inside the Teams web app: `/_#/l/meetup-join/…`.
    if (target) inner = `https://${host}${target.replace(/^\/_#/, "")}`;
  }
  return inner && /^https:\/\//i.test(inner) ? inner : null;
}

/** A link that is one of the event's own meeting's: by URL, meeting id, or the meeting's thread. */
function isOwnLink(url: string, own: MeetingIdentity): boolean {
  if (own.urls.some((u) => sameUrl(u, url))) return true;
  const code = /\/meet\/(\d{6,})/i.exec(url)?.[1];
  if (code && own.meetingCodes.includes(code)) return true;
  return own.threads.some((t) => url.includes(t));
}

function sameUrl(a: string, b: string): boolean {
  return safeDecode(a) === safeDecode(b);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The first Teams template mark (meet_invite_block, or an id line beside "Microsoft Teams") not near `own`. */
function teamsTemplateMark(body: string, near: (at: number) => boolean): number {
  const marks = /Microsoft Teams/i.test(body)
    ? new RegExp(`meet_invite_block|${TEAMS_ID_LINE.source}`, "gi")
    : /meet_invite_block/gi;
  for (let m = marks.exec(body); m; m = marks.exec(body)) if (!near(m.index)) return m.index;
  return -1;
}

/**
 * Whether a position lies near one of the event's own identities in the body (its join link, short
 * link, meeting id or passcode as printed): its marks are then the event's own block's. Each needle is
 * found with indexOf, and a position is tested against the sorted list by binary search.
 */
function proximity(body: string, own: MeetingIdentity): (at: number) => boolean {
  const positions: number[] = [];
  for (const needle of own.needles) {
    if (needle.length < 6) continue;
    for (let i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + needle.length)) positions.push(i);
  }
  // A link with "&" is printed "&amp;" in HTML. (Without "&" this finds the link itself again: every
  // link of the identity is one of its needles too, and a position found twice is still one position.)
  for (const url of own.urls) {
    const escaped = url.replace(/&/g, "&amp;");
    for (let i = body.indexOf(escaped); i >= 0; i = body.indexOf(escaped, i + escaped.length))
      positions.push(i);
  }
  positions.sort((a, b) => a - b);
  return (at) => {
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[mid]! < at - NEAR) lo = mid + 1;
      else hi = mid;
    }
    // The first position from `at - NEAR` on (none: Infinity, never near).
    return (positions[lo] ?? Infinity) <= at + NEAR;
  };
}
