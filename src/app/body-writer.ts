// Our block in the appointment body: put in (or replaced), taken out, and every write read back. The
// organizer's own text survives byte for byte, or the body is restored and the failure reported —
// never half a change. Written only against the appointment port.
import {
  blockKey,
  containsUrl,
  countBlocks,
  findBlock,
  insertBlock,
  removeBlock,
  renderBlock,
  type BlockKey,
} from "../core/body-block";
import { sameUserContent } from "../core/body-check";
import { AppError, ErrorCode } from "../core/errors";
import { htmlToText } from "../core/html-to-text";
import { blockFingerprint, locateStrippedBlock } from "../core/stripped-block";
import type { BodyType, StoredMeeting } from "../core/types";
import type { AppointmentPort } from "../ports/appointment";

/** Outlook's limit for a body (body.setAsync). */
const BODY_MAX_CHARACTERS = 1_000_000;

/** What a written body must read back with: our block (bound to the item) this many times. */
export interface BodyExpectation {
  expectBlocks: 0 | 1;
  key: BlockKey | undefined;
}

export class BodyWriter {
  constructor(private readonly appointment: AppointmentPort) {}

  /**
   * Insert our block into the body as it is now (the organizer may have typed meanwhile), bound to the
   * record, replacing a block of ours already there; the record keeps the block's fingerprint, so it can
   * be found even if a client strips its markers. Returns the record as saved.
   */
  async insert(sanitizedHtml: string, stored: StoredMeeting): Promise<StoredMeeting> {
    const { appointment } = this;
    const key = blockKey(stored);
    if (!key) throw new AppError(ErrorCode.hostError, "The meeting record has no join link");
    const { body, type } = await appointment.getBody();
    const content = type === "html" ? sanitizedHtml : htmlToText(sanitizedHtml);
    const record = { ...stored, ...blockFingerprint(content, type) };
    await appointment.saveStoredMeeting(record);
    const next = insertBlock(body, type, renderBlock(content, type, key), key);
    await this.write(body, next, type, { expectBlocks: 1, key });
    return record;
  }

  /**
   * The body without our text: our bound block cut, or, when a client stripped its markers, the text
   * that reads exactly as what we wrote. Null when there is none of ours. Text that still shows our
   * join link but can't be cut exactly stops the removal (the meeting stays, never a dead link) with
   * a message that names the link to delete.
   */
  withoutOurText(body: string, type: BodyType, stored: StoredMeeting | null): string | null {
    const key = blockKey(stored);
    if (!key || !stored) return null;
    if (findBlock(body, type, key)) return removeBlock(body, type, key);
    if (!containsUrl(body, key.joinUrl)) return null;
    const span = locateStrippedBlock(body, type, stored);
    if (!span) {
      throw new AppError(ErrorCode.joinTextNotRemovable, "The join text has no markers left to cut by", {
        joinUrl: key.joinUrl,
      });
    }
    return body.slice(0, span.start) + body.slice(span.end);
  }

  /**
   * Write the body, read it back, and check our block is there the expected number of times and the
   * organizer's own content is intact. One repair attempt; then the original body is restored and the
   * failure reported.
   */
  async write(original: string, next: string, type: BodyType, expect: BodyExpectation): Promise<void> {
    const { appointment } = this;
    if (next.length > BODY_MAX_CHARACTERS) {
      throw new AppError(ErrorCode.bodyTooLarge, "The body would exceed Outlook's 1,000,000 characters");
    }
    for (let attempt = 1; attempt <= 2; attempt++) {
      await appointment.setBody(next, type);
      const readBack = (await appointment.getBody()).body;
      // Our block (bound to the item) counted, and everything else compared with what we wrote: a
      // forged marker is compared as the organizer's text, never stripped from both sides.
      if (
        countBlocks(readBack, type, expect.key) === expect.expectBlocks &&
        sameUserContent(readBack, next, type, expect.key)
      )
        return;
    }
    await appointment.setBody(original, type).catch(() => undefined);
    throw new AppError(ErrorCode.bodyWriteFailed, "The body did not read back as written");
  }
}
