// Decoding Graph's onlineMeeting.joinInformation.content: a form-URL-encoded `data:text/html,` URI.
// Two encodings occur (docs/platform.md §8): the doc sample encodes everything, prefix included, and ends
// in a stray `",\n`; real responses keep the prefix literal and use `+` for spaces. Either way the
// content is decoded exactly once, so the join URL inside stays percent-encoded as it must.
import { AppError, ErrorCode } from "./errors";

const PREFIX = /^\s*data:text\/html(?:;[^,]*)?,/i;
const ENCODED_PREFIX = /^\s*data%3Atext%2Fhtml(?:%3B.*?)?%2C/i;

export function decodeJoinInformation(content: string): string {
  if (typeof content !== "string" || content.trim() === "") {
    throw new AppError(ErrorCode.malformedResponse, "joinInformation.content is empty");
  }
  let encoded = content;
  const literal = PREFIX.exec(encoded);
  if (literal) encoded = encoded.slice(literal[0].length);
  else if (!ENCODED_PREFIX.test(encoded) && /<[a-z!]/i.test(encoded)) {
    // Already plain HTML (no prefix, literal tags, which form encoding never leaves): nothing to
    // decode. Its join URLs keep their own %xx escapes (19%3ameeting_…%40thread.v2): decoding them
    // again would break the links.
    return encoded;
  }
  let html: string;
  try {
    html = decodeURIComponent(encoded.replace(/\+/g, " "));
  } catch (e) {
    throw new AppError(
      ErrorCode.malformedResponse,
      "joinInformation.content is not valid URL encoding",
      {},
      { cause: e },
    );
  }
  const decodedPrefix = PREFIX.exec(html);
  if (!literal && decodedPrefix) html = html.slice(decodedPrefix[0].length);
  // The published doc sample ends in a JSON artefact: `",` and a line break.
  return html.replace(/"\s*,\s*$/, "");
}
