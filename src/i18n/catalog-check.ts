// What is wrong with a catalog against the English source: missing or extra keys, placeholders that
// differ, and strings still in English. Used by the catalog test and by `npm run i18n:missing`.

/** Keys whose text is a product or brand name and stays as it is in every language. */
export function isBrandKey(key: string): boolean {
  return (key.startsWith("service.") || key.startsWith("provider.")) && !/\.(other|unknown)$/.test(key);
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const braces = (names: (string | undefined)[]) => names.map((n) => `{${n}}`).join(" ") || "none";

export function catalogProblems(
  locale: string,
  catalog: Readonly<Record<string, string>>,
  english: Readonly<Record<string, string>>,
): string[] {
  const problems: string[] = [];
  for (const [key, source] of Object.entries(english)) {
    const text = catalog[key];
    if (text === undefined) {
      problems.push(`${locale}: missing key ${key}`);
      continue;
    }
    const have = placeholders(text);
    const want = placeholders(source);
    if (have.join() !== want.join())
      problems.push(`${locale}: ${key} has placeholders ${braces(have)}, English has ${braces(want)}`);
    if (text === source && !isBrandKey(key)) problems.push(`${locale}: ${key} is the English text`);
  }
  for (const key of Object.keys(catalog))
    if (!(key in english)) problems.push(`${locale}: extra key ${key} (not in en-US)`);
  return problems;
}
