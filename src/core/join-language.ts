// Which language a Teams join text is written in, read from the text itself: the `lang` attribute
// Graph puts on the join block and the `language=` parameter of its Meeting-options link (both in the
// published payloads: test/fixtures/real/joininfo_content_en-US_2023_format.txt, joininfo_content_ja_graphdocs.txt).
// Needed because Graph documents Accept-Language on POST /onlineMeetings and GET /onlineMeetings/{id},
// not on createOrGet (graph-docs PRs #7397, #8107), so the answer of createOrGet may be in another language.

const TAG = "[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*";
const LANG_ATTR = new RegExp(`<[a-z][^>]*?\\slang\\s*=\\s*["']?(${TAG})`, "i");
const OPTIONS_LANGUAGE = new RegExp(`meetingOptions/?[^"'\\s>]*?[?&](?:amp;)?language=(${TAG})`, "i");

/** The join text's language tag, or null when the text doesn't say. */
export function joinTextLanguage(html: string): string | null {
  return LANG_ATTR.exec(html)?.[1] ?? OPTIONS_LANGUAGE.exec(html)?.[1] ?? null;
}

/**
 * Whether two language tags name the same language for a join text: case-insensitive; a tag without a
 * region matches any region of its language ("ja" = "ja-JP"), two regions must agree ("zh-CN" ≠ "zh-TW").
 */
export function sameLanguage(a: string, b: string): boolean {
  const [pa, ra] = split(a);
  const [pb, rb] = split(b);
  if (pa !== pb) return false;
  return ra === undefined || rb === undefined || ra === rb;
}

function split(tag: string): [string, string | undefined] {
  const parts = tag.toLowerCase().split(/[-_]/);
  // Stryker disable next-line StringLiteral: split always gives at least one part, so the fallback is never used
  const primary = parts[0] ?? "";
  // Stryker disable next-line MethodExpression: the whole tag instead of its subtags compares the same, the primaries being equal already
  const subtags = parts.length > 1 ? parts.slice(1).join("-") : undefined;
  return [primary, subtags];
}
