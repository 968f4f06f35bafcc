// src/core + src/app: the pure logic and the use-cases. Floor 95 (see stryker.config.mjs).
import base from "./stryker.config.mjs";

export default {
  ...base,
  mutate: ["src/core/**/*.ts", "src/app/**/*.ts"],
  htmlReporter: { fileName: "reports/mutation/logic/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/logic/mutation.json" },
  incrementalFile: "test/mutation/logic.incremental.json",
  tempDirName: ".stryker-tmp-logic",
};
