// The standalone route: a Teams meeting of its own (createOrGet, keyed by an id kept on the item), its
// join text in the language asked for, written into the body as our block; the organizer's default
// meeting options in the same request, then whatever didn't take (apply-defaults.ts). Undone by removal.
import { AppError, ErrorCode, toAppError } from "../core/errors";
import { decodeJoinInformation } from "../core/join-info";
import { joinTextLanguage, sameLanguage } from "../core/join-language";
import { seriesEnd } from "../core/series-span";
import type { OptionDefaults } from "../core/option-defaults";
import type { AppointmentSnapshot, OnlineMeeting, StoredMeeting } from "../core/types";
import type { MeetingTimes } from "../ports/graph";
import { applyDefaults, type DefaultsOutcome } from "./apply-defaults";
import type { BodyWriter } from "./body-writer";
import { joinHtmlOrOwnLink } from "./join-html";
import { putJoinUrlInEmptyLocation } from "./join-location";
import { sanitizeJoinHtml } from "./load-sanitizer";
import type { AddHooks, AddResult, MeetingDeps } from "./operations";

/** Join HTML ready for the body and the language it is written in. */
export interface JoinText {
  html: string;
  language: string;
}

export class StandaloneRoute {
  constructor(
    private readonly deps: MeetingDeps,
    private readonly bodyWriter: BodyWriter,
  ) {}

  async add(language: string, hooks: AddHooks, defaults?: OptionDefaults): Promise<AddResult> {
    const { appointment, graph } = this.deps;
    const snapshot = await appointment.read();
    let externalId = await this.claimExternalId();
    const times = meetingTimes(snapshot);
    hooks.onProgress?.("contacting");
    // Always /me: the signed-in user (a delegate too) is the organizer (GraphPort).
    let meeting = await this.createOrGet({ ...times, externalId }, language, defaults);
    // Another surface (the pane and the command at once) may have claimed a different id meanwhile:
    // the id on the item wins, and the meeting made for ours goes, so exactly one meeting remains.
    const current = await appointment.loadStoredMeeting();
    if (current?.externalId && current.externalId !== externalId) {
      await graph.deleteMeeting(meeting.id);
      externalId = current.externalId;
      meeting = await this.createOrGet({ ...times, externalId }, language, defaults);
    }
    const created = meeting;
    const joined = await this.joinTextIn(meeting, language);
    meeting = joined.meeting;
    const stored: StoredMeeting = {
      v: 1,
      externalId,
      route: "standalone",
      meetingId: meeting.id,
      joinUrl: meeting.joinWebUrl,
      language: joined.language,
      organizer: meeting.organizer ?? this.deps.env.userAddress?.(),
      syncedSubject: times.subject,
      syncedStart: times.startDateTime,
      syncedEnd: times.endDateTime,
    };
    // Record the meeting before touching the body: a failure after this point is retried with the
    // same externalId and meeting, never a second one.
    await appointment.saveStoredMeeting(stored);

    hooks.onProgress?.("writing");
    const written = await this.bodyWriter.insert(joined.html, stored);
    await putJoinUrlInEmptyLocation(appointment, written, meeting.joinWebUrl);
    // Last, once the meeting and the body are in place: a failure here loses neither.
    const applied: DefaultsOutcome | undefined = defaults
      ? await applyDefaults(graph, created.id, created.options ?? {}, defaults)
      : undefined;
    return {
      kind: "added",
      route: "standalone",
      joinUrl: meeting.joinWebUrl,
      ...(applied ? { defaults: applied } : {}),
    };
  }

  /**
   * createOrGet with the defaults in the same body (createOrGet doesn't document them: Graph may
   * ignore them, honour them or refuse the request, emulator rule O8). A 400 with them is asked again
   * without them, so defaults never cost the meeting; what didn't take is PATCHed after.
   */
  private async createOrGet(
    request: MeetingTimes & { externalId: string },
    language: string,
    defaults: OptionDefaults | undefined,
  ): Promise<OnlineMeeting> {
    const { graph } = this.deps;
    if (!defaults) return graph.createOrGetMeeting(request, language);
    try {
      return await graph.createOrGetMeeting({ ...request, options: defaults }, language);
    } catch (thrown) {
      if (toAppError(thrown).code !== ErrorCode.badRequest) throw thrown;
      return graph.createOrGetMeeting(request, language);
    }
  }

  /** Sanitized join HTML of a meeting and the language it is written in (as asked, when it doesn't say). */
  async joinText(meeting: OnlineMeeting, language: string): Promise<JoinText> {
    const graphText = await readGraphJoinText(meeting.joinInformationContent);
    const chosen = joinHtmlOrOwnLink(graphText.html, meeting.joinWebUrl, language);
    // Our own link is written in the language asked for; Graph's text says which one it is in.
    if (chosen.ownLink) return { html: chosen.html, language };
    return { html: chosen.html, language: joinTextLanguage(graphText.decoded) ?? language };
  }

  /**
   * The meeting's join text in the chosen language. createOrGet may answer in another one (Graph
   * documents Accept-Language on GET /onlineMeetings/{id}, not on createOrGet): then the meeting is
   * read again with the header. A text that says nothing about its language is taken as asked, so
   * where Graph honours the header the click stays one request.
   */
  private async joinTextIn(
    meeting: OnlineMeeting,
    language: string,
  ): Promise<JoinText & { meeting: OnlineMeeting }> {
    const first = await this.joinText(meeting, language);
    if (sameLanguage(first.language, language)) return { meeting, ...first };
    try {
      const again = await this.deps.graph.getMeeting(meeting.id, language);
      return { meeting: again, ...(await this.joinText(again, language)) };
    } catch {
      // The meeting and its join details are good, only in another language: keep them (the record
      // says which language they are in, and the pane can try again).
      return { meeting, ...first };
    }
  }

  /**
   * The externalId for createOrGet, generated once per appointment. Written, then read back, so that
   * two surfaces racing on the same new item settle on one id (the last write wins for both).
   */
  private async claimExternalId(): Promise<string> {
    const { appointment, env } = this.deps;
    const stored = await appointment.loadStoredMeeting();
    if (stored?.externalId) return stored.externalId;
    await appointment.saveStoredMeeting({ v: 1, externalId: env.newId() });
    const settled = await appointment.loadStoredMeeting();
    if (!settled?.externalId)
      throw new AppError(ErrorCode.hostError, "Could not keep the meeting id on the item");
    return settled.externalId;
  }
}

/**
 * Graph's join text, decoded and sanitized. None, or none that decodes or sanitizes, is no text: our own
 * link then stands in (joinHtmlOrOwnLink keeps only text that carries the meeting's join link).
 */
async function readGraphJoinText(content: string | undefined): Promise<{ decoded: string; html: string }> {
  try {
    // decodeJoinInformation refuses a missing or empty content (malformedResponse).
    // Stryker disable next-line StringLiteral: any text in place of "" lacks the join link: our own link all the same.
    const decoded = decodeJoinInformation(content ?? "");
    return { decoded, html: await sanitizeJoinHtml(decoded) };
  } catch {
    // Stryker disable next-line StringLiteral: any text in place of "" lacks the join link: our own link all the same.
    return { decoded: "", html: "" };
  }
}

/**
 * The standalone meeting's subject and times. For a recurring series it lasts until the series ends
 * (its join link expires 60 days after the meeting's end): the end of the last occurrence, or a far
 * end for a series without one.
 */
export function meetingTimes(snapshot: AppointmentSnapshot): MeetingTimes {
  const series = snapshot.recurrence ? seriesEnd(snapshot.recurrence) : null;
  // Stryker disable next-line EqualityOperator: at equal instants both choices are the same end.
  const end = series && series.getTime() > snapshot.end.getTime() ? series : snapshot.end;
  return {
    subject: snapshot.subject,
    startDateTime: snapshot.start.toISOString(),
    endDateTime: end.toISOString(),
  };
}
