// The mutation baseline (test/mutation/<run>.incremental.json), measured in resumable chunks.
//
// A full Stryker run here is ~3,000 mutants per run on two cores: hours, and Stryker saves nothing
// until it ends. This script runs Stryker on a few source files at a time and merges each chunk's
// result into the committed incremental file as soon as the chunk ends, so an interrupted baseline
// keeps what it measured and the next call goes on from there.
//
//   node scripts/mutation-baseline.mjs [logic|adapters]...   run the chunks not yet measured
//   node scripts/mutation-baseline.mjs logic:src/core/ ...   only the chunks of files under a folder
//   node scripts/mutation-baseline.mjs --force ...           measure every chunk again
//   node scripts/mutation-baseline.mjs --concurrency 1 ...   Stryker on one core
//
// A chunk is measured when every one of its files is in the incremental file with today's source.
// Merging: files are replaced per file; tests are keyed by (test file, name), so the ids each chunk's
// report gives its tests are renumbered into one id space and the mutants' coveredBy/killedBy with them.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const RUNS = {
  logic: { config: "stryker.logic.config.mjs" },
  adapters: { config: "stryker.adapters.config.mjs" },
};
/** Source lines per chunk: one chunk costs a dry run (~30 s) on top of its mutants. */
const CHUNK_LINES = 450;
const CHUNK_DIR = "reports/mutation/chunks";

/** The files a run mutates: its `mutate` globs, which are all `dir/**\/*.ts` or `!dir/**`. */
export function filesToMutate(patterns, list = walk) {
  const include = [];
  const exclude = [];
  for (const pattern of patterns) {
    const negative = pattern.startsWith("!");
    const match = /^!?(.+?)\/\*\*(\/\*\.ts)?$/.exec(pattern);
    if (!match) throw new Error(`mutation-baseline: unsupported mutate pattern ${pattern}`);
    (negative ? exclude : include).push(`${match[1]}/`);
  }
  return include
    .flatMap((dir) => list(dir))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
    .filter((file) => !exclude.some((dir) => file.startsWith(dir)))
    .sort();
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path.replace(/\\/g, "/")];
  });
}

/** Consecutive files, about `maxLines` source lines per chunk (a bigger file is a chunk of its own). */
export function chunk(files, linesOf, maxLines = CHUNK_LINES) {
  const chunks = [];
  let current = [];
  let lines = 0;
  for (const file of files) {
    const n = linesOf(file);
    if (current.length > 0 && lines + n > maxLines) {
      chunks.push(current);
      current = [];
      lines = 0;
    }
    current.push(file);
    lines += n;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Merge one chunk's report into the baseline (both mutation-testing-report-schema JSON). */
export function merge(baseline, chunkReport) {
  const merged = baseline ?? { ...chunkReport, files: {}, testFiles: {} };
  // Every test of both reports, keyed by (file, name), gets one new id.
  const ids = new Map();
  const renumber = (report) => {
    const byOldId = new Map();
    for (const [file, testFile] of Object.entries(report.testFiles ?? {}))
      for (const test of testFile.tests) byOldId.set(test.id, `${file}\u0000${test.name}`);
    return byOldId;
  };
  const oldBaseline = renumber(merged);
  const oldChunk = renumber(chunkReport);
  const testFiles = {};
  const addTests = (report, replaceSource) => {
    for (const [file, testFile] of Object.entries(report.testFiles ?? {})) {
      const target = (testFiles[file] ??= { tests: [], source: testFile.source });
      if (replaceSource) target.source = testFile.source;
      for (const test of testFile.tests) {
        const key = `${file}\u0000${test.name}`;
        if (ids.has(key)) {
          if (replaceSource)
            target.tests = target.tests.map((t) => (t.id === ids.get(key) ? { ...test, id: t.id } : t));
          continue;
        }
        ids.set(key, String(ids.size));
        target.tests.push({ ...test, id: ids.get(key) });
      }
    }
  };
  addTests(merged, false);
  addTests(chunkReport, true);
  const remap = (mutants, byOldId) =>
    mutants.map((m) => ({
      ...m,
      coveredBy: m.coveredBy?.map((id) => ids.get(byOldId.get(id))).filter(Boolean),
      killedBy: m.killedBy?.map((id) => ids.get(byOldId.get(id))).filter(Boolean),
    }));
  // A test file that changed since the baseline measured its mutants: those results may be stale, and
  // Stryker could no longer see the change (the merged test source is the new one). Drop them, so
  // the next incremental run measures them again.
  const changedTestFiles = new Set(
    Object.entries(chunkReport.testFiles ?? {})
      .filter(
        ([file, testFile]) => merged.testFiles?.[file] && merged.testFiles[file].source !== testFile.source,
      )
      .map(([file]) => file),
  );
  const isStale = (m) =>
    (m.coveredBy ?? []).some((id) => changedTestFiles.has(oldBaseline.get(id)?.split("\u0000")[0]));
  const files = {};
  for (const [file, data] of Object.entries(merged.files))
    files[file] = {
      ...data,
      mutants: remap(
        data.mutants.filter((m) => !isStale(m)),
        oldBaseline,
      ),
    };
  for (const [file, data] of Object.entries(chunkReport.files))
    files[file] = { ...data, mutants: remap(data.mutants, oldChunk) };
  // Mutant ids must be unique across the merged report.
  let next = 0;
  for (const data of Object.values(files))
    data.mutants = data.mutants.map((m) => ({ ...m, id: String(next++) }));
  return { ...merged, files, testFiles };
}

/** The chunk's files all in the baseline with their current source. */
export function isMeasured(baseline, files, sourceOf) {
  return files.every((file) => baseline?.files?.[file]?.source === sourceOf(file));
}

async function main(args) {
  const force = args.includes("--force");
  // `--concurrency N` goes to Stryker (one core for the baseline while the other does other work).
  const concurrencyAt = args.indexOf("--concurrency");
  const concurrency = concurrencyAt >= 0 ? ["--concurrency", args[concurrencyAt + 1]] : [];
  const selections = args.filter(
    (a, i) => !a.startsWith("--") && (concurrencyAt < 0 || i !== concurrencyAt + 1),
  );
  for (const selection of selections.length > 0 ? selections : Object.keys(RUNS)) {
    const [name, folder = ""] = selection.split(":");
    const run = RUNS[name];
    if (!run) throw new Error(`mutation-baseline: unknown run ${name}`);
    const config = (await import(`../${run.config}`)).default;
    const source = (file) => readFileSync(file, "utf8");
    const chunks = chunk(filesToMutate(config.mutate), (file) => source(file).split("\n").length);
    const baselineFile = config.incrementalFile;
    mkdirSync(CHUNK_DIR, { recursive: true });
    for (const [index, files] of chunks.entries()) {
      if (!files.every((file) => file.startsWith(folder))) continue;
      const baseline = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, "utf8")) : null;
      const label = `${name} ${index + 1}/${chunks.length} (${files.join(", ")})`;
      if (!force && isMeasured(baseline, files, source)) {
        console.log(`mutation-baseline: ${label}: measured already`);
        continue;
      }
      const chunkFile = join(CHUNK_DIR, `${name}-${index + 1}.json`);
      rmSync(chunkFile, { force: true });
      console.log(`mutation-baseline: ${label}: running`);
      const started = Date.now();
      // A chunk below the `break` floor makes Stryker exit 1 after writing its report: the floors
      // are checked on the whole baseline (scripts/mutation-report.mjs --check), not per chunk.
      spawnSync(
        "npx",
        [
          "stryker",
          "run",
          run.config,
          "--mutate",
          files.join(","),
          "--incremental",
          "--force",
          "--incrementalFile",
          chunkFile,
          ...concurrency,
        ],
        { stdio: "inherit" },
      );
      if (!existsSync(chunkFile)) throw new Error(`mutation-baseline: ${label}: Stryker wrote no report`);
      const report = JSON.parse(readFileSync(chunkFile, "utf8"));
      const missing = files.filter((file) => !report.files[file]);
      if (missing.length > 0 && missing.length === files.length)
        throw new Error(`mutation-baseline: ${label}: report holds none of the chunk's files`);
      // A file without mutants (types only) is absent from Stryker's report: record it as measured.
      for (const file of missing)
        report.files[file] = { language: "typescript", mutants: [], source: source(file) };
      writeFileSync(baselineFile, JSON.stringify(merge(baseline, report)));
      console.log(`mutation-baseline: ${label}: merged in ${Math.round((Date.now() - started) / 1000)} s`);
    }
  }
}

if (
  process.argv[1] &&
  relative(process.cwd(), process.argv[1]).replace(/\\/g, "/") === "scripts/mutation-baseline.mjs"
)
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
