// A jest test sequencer for mutation runs only (stryker.config.mjs sets it; `npm test` doesn't use it).
//
// Stryker runs each mutant with `--testNamePattern` naming the tests that cover it, over every test
// file related to the mutated file. Jest loads each of those files, with its environment and imports,
// even when none of its tests match: here ~20 files (≈ 4 s) for a mutant that two files cover. This
// sequencer keeps only the files that hold a test the pattern matches, so a mutant costs its covering
// tests and nothing else. Which tests a file holds is learnt in Stryker's initial run (no pattern:
// every test runs), from jest's own results, and kept in the sandbox next to the tests.
//
// Safe by construction: a file the map doesn't know (or a missing or unreadable map) always runs.
const { readFileSync, writeFileSync } = require("node:fs");
const { join, relative } = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;

const MAP_FILE = ".stryker-test-names.json";

class CoveringFilesSequencer extends Sequencer {
  constructor(options) {
    super(options);
    const pattern = options.globalConfig.testNamePattern;
    // Jest matches the pattern case-insensitively against each test's full name.
    this.pattern = pattern ? new RegExp(pattern, "i") : null;
  }

  sort(tests) {
    const sorted = super.sort(tests);
    if (!this.pattern || sorted.length === 0) return sorted;
    const root = sorted[0].context.config.rootDir;
    const names = readMap(root);
    if (!names) return sorted;
    return sorted.filter((test) => {
      const known = names[relative(root, test.path)];
      return !known || known.some((name) => this.pattern.test(name));
    });
  }

  cacheResults(tests, results) {
    super.cacheResults(tests, results);
    // Only the initial run (every test, no mutant active) says which tests each file holds. A
    // mutant's run must not rewrite the map: Stryker runs every related test for a static mutant,
    // and a file that mutant broke at load time would be recorded as holding no test and then be
    // left out of every later mutant's run, so the mutants only it kills would "survive".
    if (this.pattern || tests.length === 0 || process.env.__STRYKER_ACTIVE_MUTANT__ !== undefined) return;
    const root = tests[0].context.config.rootDir;
    const names = {};
    for (const file of results.testResults) {
      names[relative(root, file.testFilePath)] = file.testResults.map((t) => t.fullName);
    }
    writeFileSync(join(root, MAP_FILE), JSON.stringify(names));
  }
}

function readMap(root) {
  try {
    return JSON.parse(readFileSync(join(root, MAP_FILE), "utf8"));
  } catch {
    return null;
  }
}

module.exports = CoveringFilesSequencer;
