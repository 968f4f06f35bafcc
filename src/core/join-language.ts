// Which language a Teams join text is in: its `lang` attribute, else the Meeting-options link's
// `language=` parameter. createOrGet may ignore Accept-Language (emulator/graph/README.md, rule A2), so
// the add-in checks what came back against what it asked for.

/** The join text's language tag, or undefined when the text doesn't say. */
export function joinTextLanguage(html: string): string | undefined {
  const lang = /\blang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)/.exec(html);
  if (lang) return lang[1];
  const option = /meetingOptions[^"'\s>]*?[?&](?:amp;)?language=([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)/i.exec(
    html,
  );
  return option?.[1];
}

/** Whether a join text in `actual` serves a request for `wanted` (same primary language). */
export function sameLanguage(actual: string, wanted: string): boolean {
  const primary = (tag: string) => tag.toLowerCase().split("-")[0];
  return primary(actual) === primary(wanted);
}
