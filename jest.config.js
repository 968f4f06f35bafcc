/** Jest: unit, use-case and adapter suites. Type checking is `npm run typecheck`, not ts-jest. */
module.exports = {
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  // Stryker's sandboxes (a copy of the project) while a mutation run is going.
  modulePathIgnorePatterns: ["<rootDir>/.stryker-tmp"],
  testEnvironment: "node",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "js", "mjs", "json"],
};
