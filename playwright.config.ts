// Real-browser tests: Debian's Chromium drives the workbench (emulated Outlook + Graph emulator) the
// way a user would. The dev server is started and stopped by Playwright itself.
import { defineConfig } from "@playwright/test";

const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
/** Specs that run in one project of their own, not once per Office.js runtime. */
const ONCE = /(office-runtime|production-smoke)\.spec/;

export default defineConfig({
  testDir: "test/e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: "https://localhost:3000",
    ignoreHTTPSErrors: true,
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // Every real-browser test runs twice: on the workbench's Office.js stand-in, and on Microsoft's
  // unmodified runtime (@microsoft/office-js, offline) talking to the workbench as Outlook on the web.
  // office-runtime.spec.ts compares the two directly, so it runs once, in a project of its own; so
  // does production-smoke.spec.ts (the production build under nginx: Microsoft's runtime only).
  projects: [
    { name: "stand-in", metadata: { officeRuntime: "stand-in" }, testIgnore: ONCE },
    { name: "office-js", metadata: { officeRuntime: "microsoft" }, testIgnore: ONCE },
    { name: "conformance", testMatch: /office-runtime\.spec/ },
    { name: "production-smoke", testMatch: /production-smoke\.spec/ },
  ],
  webServer: {
    command: "npx webpack serve --mode development",
    url: "https://localhost:3000/workbench.html",
    ignoreHTTPSErrors: true,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
