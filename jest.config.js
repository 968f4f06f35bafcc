/** Jest: unit, use-case and adapter suites. Type checking is `npm run typecheck`, not ts-jest. */
module.exports = {
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  testEnvironment: "node",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "js", "mjs", "json"],
};
