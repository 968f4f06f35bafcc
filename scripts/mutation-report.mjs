// Mutation score per folder, from the two runs' incremental files (test/mutation/logic.incremental.json
// and adapters.incremental.json, see stryker.config.mjs): after a Stryker run, incremental or not, and
// after each chunk of scripts/mutation-baseline.mjs, they hold every mutant's latest result.
//   node scripts/mutation-report.mjs            print the table
//   node scripts/mutation-report.mjs --write    also rewrite the table in docs/mutation.md
//   node scripts/mutation-report.mjs --check    exit 1 when a folder is below its `break` floor
// Floors live in stryker.config.mjs (`folderThresholds`). Score = detected / (detected + undetected),
// where detected = Killed + Timeout and undetected = Survived + NoCoverage; Ignored, CompileError and
// RuntimeError mutants don't count (Stryker's own "mutation score").
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { folderThresholds } from "../stryker.config.mjs";
import logicConfig from "../stryker.logic.config.mjs";
import adaptersConfig from "../stryker.adapters.config.mjs";
import { filesToMutate } from "./mutation-baseline.mjs";

const REPORTS = ["test/mutation/logic.incremental.json", "test/mutation/adapters.incremental.json"];
const DOC = "docs/mutation.md";
const BEGIN = "<!-- mutation-scores:begin -->";
const END = "<!-- mutation-scores:end -->";

/** Counts of one set of mutants, by the status groups that make the score. */
export function tally(mutants) {
  const t = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  for (const m of mutants) {
    if (m.status === "Killed") t.killed++;
    else if (m.status === "Timeout") t.timeout++;
    else if (m.status === "Survived") t.survived++;
    else if (m.status === "NoCoverage") t.noCoverage++;
    else if (m.status === "Ignored") t.ignored++;
    else t.errors++;
  }
  const detected = t.killed + t.timeout;
  const valid = detected + t.survived + t.noCoverage;
  return { ...t, valid, score: valid === 0 ? 100 : (100 * detected) / valid };
}

/** Rows per threshold folder (plus "all"), from the `files` of a mutation-testing-report-schema report. */
export function scoresByFolder(report, thresholds) {
  const files = Object.entries(report.files).map(([name, f]) => [name.replace(/\\/g, "/"), f.mutants]);
  const rel = (name) => name.slice(name.indexOf("src/"));
  const rows = Object.entries(thresholds).map(([folder, { break: floor }]) => ({
    folder,
    floor,
    ...tally(files.filter(([name]) => rel(name).startsWith(`${folder}/`)).flatMap(([, m]) => m)),
  }));
  rows.push({ folder: "all", floor: undefined, ...tally(files.flatMap(([, m]) => m)) });
  return rows;
}

export function markdownTable(rows) {
  const lines = [
    "| folder | score | floor (`break`) | killed | timeout | survived | no coverage | ignored |",
    "| --- | --: | --: | --: | --: | --: | --: | --: |",
  ];
  for (const r of rows)
    lines.push(
      `| ${r.folder} | ${r.score.toFixed(1)} | ${r.floor ?? "—"} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} | ${r.ignored} |`,
    );
  return lines.join("\n");
}

async function main(args) {
  const found = REPORTS.filter((f) => existsSync(f));
  if (found.length === 0)
    throw new Error(`no mutation report: run npm run test:mutation (${REPORTS.join(", ")})`);
  const report = { files: Object.assign({}, ...found.map((f) => JSON.parse(readFileSync(f, "utf8")).files)) };
  const rows = scoresByFolder(report, folderThresholds).filter((r) => r.valid + r.ignored > 0);
  const perFile = Object.entries(report.files)
    .map(([name, f]) => ({ folder: `\`${name}\``, floor: undefined, ...tally(f.mutants) }))
    .filter((r) => r.valid > 0)
    .sort((a, b) => a.score - b.score);
  const unmeasured = [...filesToMutate(logicConfig.mutate), ...filesToMutate(adaptersConfig.mutate)].filter(
    (file) => !report.files[file],
  );
  const table = [
    markdownTable(rows),
    "Per file, lowest first:",
    markdownTable(perFile).replace("| folder |", "| file |"),
    unmeasured.length === 0
      ? "Every file is measured."
      : `Not measured yet (${unmeasured.length}): ${unmeasured.map((f) => `\`${f}\``).join(", ")}.`,
  ].join("\n\n");
  console.log(table);
  if (args.includes("--write")) {
    const doc = readFileSync(DOC, "utf8");
    const from = doc.indexOf(BEGIN);
    const to = doc.indexOf(END);
    if (from < 0 || to < from) throw new Error(`${DOC} lacks the ${BEGIN} … ${END} markers`);
    const next = `${doc.slice(0, from + BEGIN.length)}\n\n${table}\n\n${doc.slice(to)}`;
    // Formatted as `npm run format:check` wants it.
    writeFileSync(DOC, await format(next, { ...(await resolveConfig(DOC)), filepath: DOC }));
    console.log(`wrote ${DOC}`);
  }
  if (args.includes("--check")) {
    const missing = Object.keys(folderThresholds).filter((f) => !rows.some((r) => r.folder === f));
    for (const f of missing) console.error(`no mutants of ${f} in the reports`);
    const low = rows.filter((r) => r.floor !== undefined && r.valid > 0 && r.score < r.floor);
    for (const r of low)
      console.error(`mutation score of ${r.folder} is ${r.score.toFixed(1)}, below its floor ${r.floor}`);
    if (low.length > 0 || missing.length > 0) process.exit(1);
    console.log("every folder is at or above its floor");
  }
}

if (process.argv[1]?.endsWith("mutation-report.mjs")) await main(process.argv.slice(2));
