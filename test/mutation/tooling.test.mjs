// The mutation tooling decides what CI lets through: its rules, tested with node's own test runner
// (the scripts are ES modules; jest runs the product's TypeScript). `npm run test:unit` runs it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { chunk, filesToMutate, isMeasured, merge } from "../../scripts/mutation-baseline.mjs";
import { compact, compare, withFilesWithoutMutants } from "../../scripts/mutation-ci.mjs";

const killed = (coveredBy = []) => ({ status: "Killed", coveredBy, killedBy: coveredBy.slice(0, 1) });
const survived = (coveredBy = []) => ({ status: "Survived", coveredBy });
const report = (files, testFiles = {}) => ({ files, testFiles });

test("the mutated files are the globs' .ts files, without exclusions or declarations", () => {
  const tree = { "src/a/": ["src/a/x.ts", "src/a/y.d.ts", "src/a/l/z.ts", "src/a/n.json"] };
  const files = filesToMutate(["src/a/**/*.ts", "!src/a/l/**"], (dir) => tree[dir]);
  assert.deepEqual(files, ["src/a/x.ts"]);
  assert.throws(() => filesToMutate(["src/**/x.ts"]), /unsupported/);
});

test("chunks keep files in order, close at the line budget, and never split a file", () => {
  const lines = { a: 100, b: 300, c: 200, d: 900, e: 10 };
  assert.deepEqual(
    chunk(Object.keys(lines), (f) => lines[f], 450),
    [["a", "b"], ["c"], ["d"], ["e"]],
  );
});

test("a chunk is measured only when every file is in the baseline with today's source", () => {
  const baseline = report({ "a.ts": { source: "A", mutants: [] } });
  const source = { "a.ts": "A", "b.ts": "B" };
  assert.equal(
    isMeasured(baseline, ["a.ts"], (f) => source[f]),
    true,
  );
  assert.equal(
    isMeasured(baseline, ["a.ts", "b.ts"], (f) => source[f]),
    false,
  );
  assert.equal(
    isMeasured(baseline, ["a.ts"], () => "A changed"),
    false,
  );
  assert.equal(
    isMeasured(null, ["a.ts"], (f) => source[f]),
    false,
  );
});

test("merging renumbers tests into one id space, keyed by file and name, and mutants with them", () => {
  const baseline = report(
    { "a.ts": { source: "A", mutants: [{ id: "0", ...killed(["0"]) }] } },
    { "t.ts": { source: "T", tests: [{ id: "0", name: "one" }] } },
  );
  const next = report(
    {
      "b.ts": {
        source: "B",
        mutants: [
          { id: "0", ...killed(["7"]) },
          { id: "1", ...survived(["8"]) },
        ],
      },
    },
    {
      "t.ts": {
        source: "T",
        tests: [
          { id: "7", name: "one" },
          { id: "8", name: "two" },
        ],
      },
    },
  );
  const merged = merge(baseline, next);
  assert.deepEqual(
    merged.testFiles["t.ts"].tests.map((t) => [t.id, t.name]),
    [
      ["0", "one"],
      ["1", "two"],
    ],
  );
  assert.deepEqual(merged.files["a.ts"].mutants[0].killedBy, ["0"]);
  assert.deepEqual(merged.files["b.ts"].mutants[0].killedBy, ["0"]);
  assert.deepEqual(merged.files["b.ts"].mutants[1].coveredBy, ["1"]);
  const ids = Object.values(merged.files).flatMap((f) => f.mutants.map((m) => m.id));
  assert.equal(new Set(ids).size, ids.length);
});

test("a chunk replaces its files' results and drops results a changed test file may have made stale", () => {
  const baseline = report(
    {
      "a.ts": {
        source: "A",
        mutants: [
          { id: "0", ...killed(["0"]) },
          { id: "1", ...killed(["1"]) },
        ],
      },
      "b.ts": { source: "B0", mutants: [{ id: "2", ...survived(["1"]) }] },
    },
    {
      "t.ts": { source: "T", tests: [{ id: "0", name: "one" }] },
      "u.ts": { source: "U", tests: [{ id: "1", name: "u" }] },
    },
  );
  const next = report(
    { "b.ts": { source: "B1", mutants: [{ id: "0", ...killed(["5"]) }] } },
    {
      "t.ts": { source: "T changed", tests: [{ id: "4", name: "one" }] },
      "u.ts": { source: "U", tests: [{ id: "5", name: "u" }] },
    },
  );
  const merged = merge(baseline, next);
  assert.equal(merged.files["b.ts"].source, "B1");
  assert.deepEqual(
    merged.files["b.ts"].mutants.map((m) => m.status),
    ["Killed"],
  );
  // a.ts's first mutant was covered by t.ts, which changed: measured again next time.
  assert.equal(merged.files["a.ts"].mutants.length, 1);
  assert.equal(merged.testFiles["t.ts"].source, "T changed");
});

test("CI fails when a file's score drops, a measured file goes missing, or a wholly measured folder is below its floor", () => {
  const thresholds = { "src/core": { break: 85 }, "src/app": { break: 85 } };
  const before = report({
    "src/core/a.ts": { mutants: [killed(), killed(), survived()] },
    "src/app/s.ts": { mutants: [killed()] },
  });
  const same = report({ ...before.files });
  // Unchanged, and no folder wholly measured: nothing to hold against it.
  assert.deepEqual(
    compare(before, same, ["src/core/a.ts", "src/core/b.ts", "src/app/s.ts", "src/app/t.ts"], thresholds),
    [],
  );
  const dropped = report({
    ...before.files,
    "src/core/a.ts": { mutants: [killed(), survived(), survived()] },
  });
  assert.match(
    compare(before, dropped, ["src/app/s.ts", "src/app/t.ts"], thresholds).join(),
    /a\.ts: 33\.3% of its mutants killed, was 66\.7%/,
  );
  assert.match(
    compare(before, report({ "src/core/a.ts": before.files["src/core/a.ts"] }), [], thresholds).join(),
    /s\.ts: measured in the baseline, missing now/,
  );
  assert.match(
    compare(before, same, ["src/core/a.ts"], thresholds).join(),
    /src\/core: mutation score 66\.7, below its floor 85/,
  );
  // A timeout of the baseline that now survives is no drop (timeouts are not counted as kills here);
  // a kill that becomes a survivor is.
  const flaky = report({ "src/core/a.ts": { mutants: [killed(), { status: "Timeout" }, survived()] } });
  const timedOutThenSurvived = report({ "src/core/a.ts": { mutants: [killed(), survived(), survived()] } });
  assert.deepEqual(compare(flaky, timedOutThenSurvived, ["src/core/b.ts"], thresholds), []);
  assert.equal(
    compare(
      flaky,
      report({ "src/core/a.ts": { mutants: [survived(), survived(), survived()] } }),
      ["src/core/b.ts"],
      thresholds,
    ).length,
    1,
  );
  // src/app wholly measured (s.ts only) and at 100: fine.
  assert.deepEqual(compare(before, same, ["src/core/a.ts", "src/core/b.ts", "src/app/s.ts"], thresholds), []);
});

// ---- The covering-files sequencer (test/mutation/covering-files-sequencer.cjs) ----

import { createRequire } from "node:module";
import { mkdtempSync, readFileSync as readFile, existsSync as exists, rmSync as rm } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";

const Sequencer = createRequire(import.meta.url)("./covering-files-sequencer.cjs");

/** A sequencer over a throwaway root holding test files a.test.ts and b.test.ts. */
function sequencerAt(root, testNamePattern) {
  // What jest's own sequencer reads of a context: its config and the size of each test file.
  const config = { rootDir: root, cacheDirectory: root, id: "t", haste: {} };
  const context = { config, hasteFS: { getSize: () => 1 } };
  const sequencer = new Sequencer({ contexts: [context], globalConfig: { testNamePattern } });
  const tests = ["a.test.ts", "b.test.ts"].map((f) => ({ path: joinPath(root, f), context }));
  return { sequencer, tests };
}
const results = (root, byFile) => ({
  testResults: Object.entries(byFile).map(([f, names]) => ({
    testFilePath: joinPath(root, f),
    perfStats: { start: 0, end: 1 },
    numFailingTests: 0,
    testResults: names.map((fullName) => ({ fullName })),
  })),
});

test("the initial run's map keeps only the files holding a covering test", () => {
  const root = mkdtempSync(joinPath(tmpdir(), "seq-"));
  try {
    const initial = sequencerAt(root);
    initial.sequencer.cacheResults(
      initial.tests,
      results(root, { "a.test.ts": ["alpha"], "b.test.ts": ["beta"] }),
    );
    const run = sequencerAt(root, "(alpha)");
    assert.deepEqual(
      run.sequencer.sort(run.tests).map((t) => t.path),
      [joinPath(root, "a.test.ts")],
    );
  } finally {
    rm(root, { recursive: true, force: true });
  }
});

test("a mutant's run of every test does not rewrite the map (a file it broke would drop out of later runs)", () => {
  const root = mkdtempSync(joinPath(tmpdir(), "seq-"));
  const previous = process.env.__STRYKER_ACTIVE_MUTANT__;
  try {
    const initial = sequencerAt(root);
    initial.sequencer.cacheResults(
      initial.tests,
      results(root, { "a.test.ts": ["alpha"], "b.test.ts": ["beta"] }),
    );
    const before = readFile(joinPath(root, ".stryker-test-names.json"), "utf8");
    process.env.__STRYKER_ACTIVE_MUTANT__ = "42";
    // A static mutant: every test runs, b.test.ts fails to load and reports no test.
    const staticRun = sequencerAt(root);
    staticRun.sequencer.cacheResults(
      staticRun.tests,
      results(root, { "a.test.ts": ["alpha"], "b.test.ts": [] }),
    );
    delete process.env.__STRYKER_ACTIVE_MUTANT__;
    assert.equal(readFile(joinPath(root, ".stryker-test-names.json"), "utf8"), before);
    const later = sequencerAt(root, "(beta)");
    assert.deepEqual(
      later.sequencer.sort(later.tests).map((t) => t.path),
      [joinPath(root, "b.test.ts")],
    );
  } finally {
    if (previous === undefined) delete process.env.__STRYKER_ACTIVE_MUTANT__;
    else process.env.__STRYKER_ACTIVE_MUTANT__ = previous;
    rm(root, { recursive: true, force: true });
  }
});

test("without a map every file runs", () => {
  const root = mkdtempSync(joinPath(tmpdir(), "seq-"));
  try {
    assert.equal(exists(joinPath(root, ".stryker-test-names.json")), false);
    const run = sequencerAt(root, "(alpha)");
    assert.equal(run.sequencer.sort(run.tests).length, 2);
  } finally {
    rm(root, { recursive: true, force: true });
  }
});

test("the committed baseline keeps every result and the tests, and drops only the failure messages", () => {
  const mutant = { id: "1", status: "Killed", killedBy: ["0"], coveredBy: ["0"], location: {} };
  const full = report(
    { "a.ts": { source: "A", mutants: [{ ...mutant, statusReason: "expected 1, got 2" }] } },
    { "a.test.ts": { source: "T", tests: [{ id: "0", name: "t" }] } },
  );
  const written = compact(full);
  assert.ok(!written.includes("\n"));
  assert.deepEqual(
    JSON.parse(written),
    report({ "a.ts": { source: "A", mutants: [mutant] } }, full.testFiles),
  );
});

test("a mutated file without mutants (types only) is recorded as measured, with its source", () => {
  const measured = { source: "A", mutants: [killed()] };
  const complete = withFilesWithoutMutants(
    report({ "a.ts": measured }),
    ["a.ts", "types.ts"],
    (f) => `src of ${f}`,
  );
  assert.deepEqual(complete.files, {
    "a.ts": measured,
    "types.ts": { language: "typescript", mutants: [], source: "src of types.ts" },
  });
});
