// Everything that identifies one online meeting in an invitation: the join URL Graph reports, and
// what the event's own join block prints beside it. The 2025–26 Teams template leads with a short
// `teams.microsoft.com/meet/<meeting id>?p=<passcode>` link and keeps the `meetup-join` URL only as a
// "system reference" (platform.md §8, Microsoft 365 message MC772556); older templates print
// "Meeting ID", "Passcode" and "Conference ID" lines and a Meeting-options link carrying the thread.
// Pure string code.
import { extractCalendarJoinBlock } from "./calendar-join-block";
import { decodeEntities } from "./html-to-text";
import { visibleText } from "./html-scan";

export interface MeetingIdentity {
  /** Join links (meetup-join, short link), entity-decoded. */
  urls: string[];
  /** Meeting ids without spaces (the digits of the short link and the "Meeting ID" line). */
  meetingCodes: string[];
  /** The meeting's chat thread token (`meeting_<base64>`), in any link that carries it. */
  threads: string[];
  /** Strings whose presence in a body marks the event's own block: links, ids and passcodes as printed. */
  needles: string[];
}

const TEAMS_LINK =
  /https:\/\/(?:teams\.microsoft\.com|teams\.microsoft\.us|dod\.teams\.microsoft\.us|gov\.teams\.microsoft\.us|teams\.cloud\.microsoft|teams\.live\.com)\/(?:l\/meetup-join|meet)\/[^\s"'<>]+/gi;
const THREAD = /meeting_[A-Za-z0-9+/=_-]{16,}/g;
const ID_LINE =
  /(?:Meeting ID|Conference ID|会议 ID|会議 ID|Идентификатор (?:собрания|конференции)|Besprechungs-ID|Konferenz-ID|ID de la réunion|Id\. de reunión|ID de conferencia)\s*[:：]\s*([\d ]{6,}\d)/gi;
const PASSCODE_LINE =
  /(?:Passcode|密码|パスコード|Секретный код|Kennung|Code secret|Código de acceso)\s*[:：]\s*(\S{4,})/gi;

/** The identity of the event's meeting from its join URL and the event body Exchange wrote. */
export function meetingIdentity(joinUrl: string | null, eventBodyHtml: string | null): MeetingIdentity {
  const identity: MeetingIdentity = { urls: [], meetingCodes: [], threads: [], needles: [] };
  if (joinUrl) addUrl(identity, joinUrl);
  const block = eventBodyHtml ? extractCalendarJoinBlock(eventBodyHtml, joinUrl) : null;
  // Without the event's own block nothing else can be told apart from a pasted invitation.
  if (block && (!joinUrl || block.includes(joinUrl) || block.includes(joinUrl.replace(/&/g, "&amp;")))) {
    TEAMS_LINK.lastIndex = 0;
    for (let m = TEAMS_LINK.exec(block); m; m = TEAMS_LINK.exec(block))
      addUrl(identity, decodeEntities(m[0]));
    const text = decodeEntities(visibleText(block));
    ID_LINE.lastIndex = 0;
    for (let m = ID_LINE.exec(text); m; m = ID_LINE.exec(text)) {
      const printed = m[1]!.trim();
      addCode(identity, printed.replace(/\s/g, ""));
      identity.needles.push(printed);
    }
    PASSCODE_LINE.lastIndex = 0;
    for (let m = PASSCODE_LINE.exec(text); m; m = PASSCODE_LINE.exec(text)) identity.needles.push(m[1]!);
  }
  identity.needles = [...new Set(identity.needles)];
  return identity;
}

function addUrl(identity: MeetingIdentity, url: string): void {
  if (!identity.urls.includes(url)) identity.urls.push(url);
  identity.needles.push(url);
  const code = /\/meet\/(\d{6,})/i.exec(url)?.[1];
  if (code) addCode(identity, code);
  const passcode = /[?&]p=([^&#\s]+)/.exec(url)?.[1];
  if (passcode) identity.needles.push(passcode);
  THREAD.lastIndex = 0;
  for (let m = THREAD.exec(url); m; m = THREAD.exec(url))
    if (!identity.threads.includes(m[0])) identity.threads.push(m[0]);
}

function addCode(identity: MeetingIdentity, code: string): void {
  if (!identity.meetingCodes.includes(code)) identity.meetingCodes.push(code);
}
