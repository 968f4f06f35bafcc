// Lint: typescript-eslint's type-aware rules on all TypeScript, with the promise rules that matter
// most to an Office add-in (every AsyncResult wrapper and Graph call awaited); plain rules for JS.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeGlobals = {
  process: "readonly",
  console: "readonly",
  __dirname: "readonly",
  require: "readonly",
  module: "writable",
  URL: "readonly",
  Buffer: "readonly",
  setTimeout: "readonly",
  window: "readonly",
  document: "readonly",
};

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "dist",
      "dist-sourcemaps",
      "dist-hosting",
      "coverage",
      "test-results",
      "playwright-report",
      "bench/results",
      "bench/.build",
      "reports",
      ".stryker-tmp",
    ],
  },
  js.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
      // The Office add-in rule that applies to Outlook: never replace Office.initialize, use Office.onReady.
      "no-restricted-properties": [
        "error",
        { object: "Office", property: "initialize", message: "Use Office.onReady()." },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: nodeGlobals, sourceType: "module" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    ignores: ["assets/**"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    files: ["test/**/*.ts", "bench/**/*.ts", "emulator/**/*.ts"],
    rules: { "no-console": "off", "@typescript-eslint/unbound-method": "off" },
  },
);
