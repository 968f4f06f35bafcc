// The DOM environment of the suites that need one (`@jest-environment ./test/env/jsdom.cjs`).
// Under Stryker (its workers set STRYKER_MUTATOR_WORKER) the same jsdom also tells Stryker which test
// is running, for its per-test coverage analysis; a docblock naming plain `jsdom` would hide that.
module.exports = process.env.STRYKER_MUTATOR_WORKER
  ? require("@stryker-mutator/jest-runner/jest-env/jsdom")
  : require("jest-environment-jsdom");
