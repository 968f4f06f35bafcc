// What CI holds of mutation testing (`npm run test:mutation`): no file's mutation score drops.
//
// For each run (stryker.logic.config.mjs, stryker.adapters.config.mjs) Stryker runs in incremental
// mode over the files the committed baseline (test/mutation/<run>.incremental.json) has measured:
// mutants in unchanged code, covered by unchanged tests, keep their result; the rest run again. Then
// every file's score is compared with the committed one, and the run fails when a file scores lower,
// when a folder that is wholly measured is below its floor, or when a file was measured before and
// now isn't. Files the baseline hasn't measured yet are listed, not run (a first measurement of a
// file takes minutes to an hour here: `npm run test:mutation:baseline`, then commit the file).
//
//   node scripts/mutation-ci.mjs            run, compare, exit 1 on a drop
//   node scripts/mutation-ci.mjs --update   and, when nothing dropped, write the new results into the
//                                           committed baseline (commit it with the change)
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { folderThresholds } from "../stryker.config.mjs";
import { filesToMutate } from "./mutation-baseline.mjs";
import { tally } from "./mutation-report.mjs";

const RUNS = ["stryker.logic.config.mjs", "stryker.adapters.config.mjs"];
/** Scores are compared to one decimal, as the report prints them. */
const round = (score) => Math.round(score * 10) / 10;

/**
 * The score the ratchet compares: killed / valid. A timeout is not counted as a kill here: in a
 * baseline measured on a loaded machine a timeout is often the load, and re-run on a quiet one the
 * same mutant may survive; that is no test getting worse. A killed mutant that now survives is.
 */
export function killedScore(mutants) {
  const t = tally(mutants);
  return t.valid === 0 ? 100 : (100 * t.killed) / t.valid;
}

/** Files whose score went down, files no longer measured, wholly measured folders below their floor. */
export function compare(before, after, mutated, thresholds) {
  const problems = [];
  for (const [file, data] of Object.entries(before.files)) {
    const old = tally(data.mutants);
    const now = after.files[file] ? tally(after.files[file].mutants) : null;
    if (old.valid === 0) continue;
    if (!now) problems.push(`${file}: measured in the baseline, missing now`);
    else if (round(killedScore(after.files[file].mutants)) < round(killedScore(data.mutants)))
      problems.push(
        `${file}: ${round(killedScore(after.files[file].mutants))}% of its mutants killed, was ${round(killedScore(data.mutants))}%`,
      );
  }
  for (const [folder, { break: floor }] of Object.entries(thresholds)) {
    const files = mutated.filter((file) => file.startsWith(`${folder}/`));
    if (files.length === 0 || !files.every((file) => after.files[file])) continue;
    const score = tally(files.flatMap((file) => after.files[file].mutants));
    if (score.valid > 0 && score.score < floor)
      problems.push(`${folder}: mutation score ${round(score.score)}, below its floor ${floor}`);
  }
  return problems;
}

/**
 * The baseline as committed: one line, without the failure messages (statusReason: a third of
 * Stryker's file, and nothing its incremental mode reads).
 */
export function compact(report) {
  const files = Object.fromEntries(
    Object.entries(report.files).map(([name, file]) => [
      name,
      {
        ...file,
        mutants: file.mutants.map((mutant) => {
          const kept = { ...mutant };
          delete kept.statusReason;
          return kept;
        }),
      },
    ]),
  );
  return JSON.stringify({ ...report, files });
}

/**
 * A file with no mutants (types only) is absent from Stryker's report: it is recorded as measured,
 * with its source, as scripts/mutation-baseline.mjs does, so it isn't listed as "not measured yet".
 */
export function withFilesWithoutMutants(report, mutated, sourceOf) {
  const files = { ...report.files };
  for (const file of mutated)
    if (!files[file]) files[file] = { language: "typescript", mutants: [], source: sourceOf(file) };
  return { ...report, files };
}

async function main(args) {
  const problems = [];
  const updates = [];
  for (const configFile of RUNS) {
    const config = (await import(`../${configFile}`)).default;
    const baselineFile = config.incrementalFile;
    if (!existsSync(baselineFile)) {
      console.log(`mutation-ci: ${configFile}: no baseline yet (${baselineFile})`);
      continue;
    }
    const before = JSON.parse(readFileSync(baselineFile, "utf8"));
    const mutated = filesToMutate(config.mutate);
    const measured = mutated.filter((file) => before.files[file]);
    const unmeasured = mutated.filter((file) => !before.files[file]);
    if (unmeasured.length > 0)
      console.log(`mutation-ci: ${configFile}: not measured yet, not run: ${unmeasured.join(", ")}`);
    if (measured.length === 0) continue;
    // Stryker rewrites its incremental file: work on a copy, keep the committed one as the reference.
    mkdirSync("reports/mutation", { recursive: true });
    const working = join("reports/mutation", `ci-${configFile.replace(/\W+/g, "-")}.json`);
    copyFileSync(baselineFile, working);
    const copied = statSync(working).mtimeMs;
    const run = spawnSync(
      "npx",
      [
        "stryker",
        "run",
        configFile,
        "--incremental",
        "--incrementalFile",
        working,
        "--mutate",
        measured.join(","),
      ],
      { stdio: "inherit" },
    );
    // Stryker exits 1 below the config's `break` on a partial run too; the comparison below decides.
    // A run that ends before its report (a failing initial test run) leaves the copy as it was.
    if (run.status !== 0 && run.status !== 1) throw new Error(`mutation-ci: Stryker failed (${run.status})`);
    if (statSync(working).mtimeMs <= copied)
      throw new Error(`mutation-ci: ${configFile}: Stryker wrote no report`);
    const after = JSON.parse(readFileSync(working, "utf8"));
    problems.push(...compare(before, after, mutated, folderThresholds));
    updates.push([working, baselineFile, mutated]);
  }
  for (const problem of problems) console.error(`mutation-ci: ${problem}`);
  if (problems.length > 0) process.exit(1);
  console.log("mutation-ci: no file's mutation score dropped");
  if (args.includes("--update"))
    for (const [working, baselineFile, mutated] of updates) {
      const report = JSON.parse(readFileSync(working, "utf8"));
      const complete = withFilesWithoutMutants(report, mutated, (file) => readFileSync(file, "utf8"));
      writeFileSync(baselineFile, compact(complete));
      console.log(`mutation-ci: wrote ${baselineFile}`);
    }
}

if (process.argv[1]?.endsWith("mutation-ci.mjs")) await main(process.argv.slice(2));
