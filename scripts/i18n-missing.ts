// `npm run i18n:missing`: per locale, the keys that still need a translation (missing, English, or
// with broken placeholders), with the English text to translate. Exit 1 if any.
//   npm run i18n:missing            readable list
//   npm run i18n:missing -- --json  { locale: { key: English text } }, to hand to translators
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { catalogProblems } from "../src/i18n/catalog-check";
import { enUS } from "../src/i18n/locales/en-US";
import { PSEUDO_LOCALE } from "../src/i18n/locale-list";

const dir = join(__dirname, "../src/i18n/locales");
const english: Record<string, string> = enUS;
const todo: Record<string, Record<string, string>> = {};
const lines: string[] = [];
for (const file of readdirSync(dir).sort()) {
  const locale = file.replace(/\.ts$/, "");
  if (locale === "en-US" || locale === PSEUDO_LOCALE) continue;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- run by tsx, one catalog per file
  const catalog = Object.values(require(join(dir, file)) as Record<string, Record<string, string>>)[0] ?? {};
  for (const problem of catalogProblems(locale, catalog, english)) {
    lines.push(problem);
    const key = /^[^:]+: (?:missing key )?([\w.]+)/.exec(problem)?.[1];
    if (key && key in english) (todo[locale] ??= {})[key] = english[key]!;
  }
}
if (process.argv.includes("--json")) process.stdout.write(`${JSON.stringify(todo, null, 2)}\n`);
else
  process.stdout.write(
    `${lines.length ? lines.join("\n") : "Every catalog has every en-US key, translated."}\n`,
  );
process.exit(lines.length ? 1 : 0);
