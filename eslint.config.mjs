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
      ".stryker-tmp*",
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
  // The layer rule (docs/architecture.md): core is pure logic; ports say what the app needs from the
  // outside; app (the use-cases) talks to the outside only through ports; adapters implement ports;
  // surfaces (task pane, dialog, commands, launch event) wire adapters into app. Imports point inward
  // only, so core and app stay testable without Office.js, fetch or MSAL.
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/adapters",
                "**/adapters/**",
                "**/surfaces",
                "**/surfaces/**",
                "**/app",
                "**/app/**",
              ],
              message:
                "src/core is pure logic: it must not depend on adapters (Office.js, fetch, MSAL), surfaces or app. Pass what it needs in as data.",
            },
            {
              group: ["**/ports", "**/ports/**"],
              message: "src/core is the innermost layer: ports depend on core, never the other way round.",
            },
            {
              // join-text is a pure table of the fallback join link's text per language (no catalog, no
              // DOM): body-check needs it to recognise our own fallback link in any language.
              regex: "(^|/)i18n(/(?!join-text$).*)?$",
              message:
                "src/core must not load the UI catalogs (src/i18n); only the pure join-link text table (i18n/join-text) is allowed.",
            },
            {
              group: ["@azure/*", "@microsoft/*", "office-*"],
              message: "src/core is pure logic: no MSAL or Office.js here (that belongs in src/adapters).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/ports/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/adapters",
                "**/adapters/**",
                "**/surfaces",
                "**/surfaces/**",
                "**/app",
                "**/app/**",
              ],
              message:
                "src/ports are interfaces over core types only: adapters implement them, app and surfaces use them.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/adapters", "**/adapters/**", "**/surfaces", "**/surfaces/**"],
              message:
                "src/app (the use-cases) reaches Office, Graph and sign-in only through src/ports, so it runs on fakes in tests; surfaces inject the adapters.",
            },
            {
              group: ["@azure/*", "@microsoft/*", "office-*"],
              message: "src/app uses the TokenProvider port, never MSAL or Office.js directly.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/adapters/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/surfaces", "**/surfaces/**", "**/app", "**/app/**"],
              message:
                "src/adapters implement src/ports over Office.js, Graph and MSAL; they must not depend on the use-cases (app) or the UI (surfaces), which sit above them.",
            },
          ],
        },
      ],
    },
  },
  // The task pane (docs/architecture.md): pane-state.ts and pane-model.ts are pure — the pane's state and
  // what it shows, testable without a DOM; the view parts in parts/ render that model and report the
  // organizer's input, and only pane-view.ts calls the use-cases.
  {
    files: [
      "src/surfaces/taskpane/pane-model.ts",
      "src/surfaces/taskpane/routes-model.ts",
      "src/surfaces/taskpane/pane-state.ts",
      "src/surfaces/taskpane/meeting-options-model.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/adapters",
                "**/adapters/**",
                "**/shared/dom",
                "**/shared/composition",
                "**/shared/theme",
                "./parts/**",
                "./pane-view",
                "./pane-layout",
              ],
              message:
                "The pane's state and model are pure data: no DOM, no Office.js, no adapters and no view. The view parts render them.",
            },
            {
              group: ["@azure/*", "@microsoft/*", "office-*"],
              message: "The pane's state and model are pure: no MSAL or Office.js.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["document", "window", "navigator", "Office", "localStorage", "fetch"].map((name) => ({
          name,
          message: "The pane's state and model are pure: the view parts and pane-view.ts touch the page.",
        })),
      ],
    },
  },
  {
    files: ["src/surfaces/taskpane/parts/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/app",
                "**/app/**",
                "**/adapters",
                "**/adapters/**",
                "**/shared/composition",
                "../pane-view",
                "../pane-layout",
              ],
              message:
                "A view part renders its piece of the pane's model and reports the organizer's input; pane-view.ts calls the use-cases.",
            },
          ],
        },
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
