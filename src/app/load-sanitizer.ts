// The join-text sanitizer (DOMPurify) is loaded only when join text is about to be written: it is
// not part of the task pane's first paint, and classic Outlook's launch-event file, which has no DOM
// to run it in, gets a stand-in that passes nothing (webpack.config.js replaces the module there).
/** Sanitizes join HTML; "" where it can't be sanitized (callers then write an escaped join link). */
export async function sanitizeJoinHtml(html: string): Promise<string> {
  const sanitizer = await import(/* webpackChunkName: "sanitize" */ "../core/sanitize-html");
  return sanitizer.sanitizeJoinHtml(html);
}
