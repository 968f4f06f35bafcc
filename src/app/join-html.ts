// The join details that go into the body, on either route. Graph's join text is used only sanitized and
// only while it still carries the meeting's own https join link; otherwise our own link stands in, built
// from escaped text (no sanitizer needed, and none exists without a DOM).
import { containsUrl } from "../core/body-block";
import { joinLinkHtml } from "../core/body-check";

export function joinHtmlOrOwnLink(
  sanitizedHtml: string,
  joinUrl: string,
  language: string,
): { html: string; ownLink: boolean } {
  return containsUrl(sanitizedHtml, joinUrl)
    ? { html: sanitizedHtml, ownLink: false }
    : { html: joinLinkHtml(joinUrl, language), ownLink: true };
}
