// The sanitizer as built into launchevent.js: classic Outlook's JavaScript-only runtime for launch
// events has no DOM, so DOMPurify could never run there (sanitize-html.ts passes nothing without a
// DOM too). Nothing passes: callers fall back to a join link built from escaped text.
export function sanitizeJoinHtml(_html: string): string {
  return "";
}
