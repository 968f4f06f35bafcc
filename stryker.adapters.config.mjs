// src/adapters + src/i18n: Office.js, Graph over fetch, MSAL, the catalogs' logic. Floor 95 (see
// stryker.config.mjs).
import base from "./stryker.config.mjs";

export default {
  ...base,
  mutate: ["src/adapters/**/*.ts", "src/i18n/**/*.ts", "!src/i18n/locales/**"],
  htmlReporter: { fileName: "reports/mutation/adapters/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/adapters/mutation.json" },
  incrementalFile: "test/mutation/adapters.incremental.json",
  tempDirName: ".stryker-tmp-adapters",
};
