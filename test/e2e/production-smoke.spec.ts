// The production build as it ships — served by nginx with the headers it ships (hosting/), framed by
// Outlook on the web's host page on its real origin, running on Microsoft's Office.js runtime, signed
// in through nested app authentication — loads and makes a standalone Teams meeting against the Graph
// emulator; and a host its frame-ancestors doesn't name can't frame it. Only the edges are stand-ins
// (production-smoke/: host names, Office.js and MicrosoftAjax served locally, the NAA bridge); see
// hosting/README.md, "The production smoke test".
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import type { RunningNginx } from "../build/nginx";
import { productionBuild, type ProductionBuild } from "../build/production-build";
import { Scopes } from "../../src/ports/token-provider";
import {
  ADDIN_ORIGIN,
  EDGE_HOSTS,
  FOREIGN_HOST_ORIGIN,
  GRAPH_ORIGIN,
  hostResolverRules,
  OFFICE_SCRIPTS,
  OUTLOOK_ORIGIN,
  startEdgeNginx,
} from "./production-smoke/edge";
import { launchWithHostRules, smokeSession, type SmokeSession } from "./production-smoke/session";
import { appointment, graphLog, ourBlocks, pane, paneReady } from "./workbench";

let build: ProductionBuild;
let nginx: RunningNginx;
let browser: Browser;
let api: APIRequestContext;
let emulatorControl: string;
let workDir: string;
let session: SmokeSession | undefined;

test.beforeAll(async ({ launchOptions, playwright }) => {
  // Builds only if the jest hosting test hasn't built these sources yet (test/build/production-build.ts).
  test.setTimeout(300_000);
  build = productionBuild();
  const devServer = new URL(test.info().project.use.baseURL!);
  const graphEmulator = `${devServer.hostname}:${process.env.OMO_GRAPH_PORT || 3001}`;
  emulatorControl = `https://${graphEmulator}/__emulator`;
  api = await playwright.request.newContext({ ignoreHTTPSErrors: true });
  const microsoftAjax = await api.get(`${devServer.origin}/microsoft-ajax.js`);
  expect(microsoftAjax.ok()).toBe(true);
  workDir = mkdtempSync(join(tmpdir(), "omo-smoke-"));
  nginx = await startEdgeNginx(build, workDir, await microsoftAjax.text());
  browser = await launchWithHostRules(
    playwright.chromium,
    launchOptions,
    hostResolverRules({ devServer: devServer.host, graphEmulator, nginxPort: nginx.port }),
  );
});

test.afterEach(async () => {
  const info = test.info();
  // A failure says what the edge saw: blocked scripts, failed requests, errors, what MSAL asked for.
  if (session && info.status !== info.expectedStatus) {
    const { violations, failedRequests, consoleErrors, naaHost, hosts } = session;
    const seen = { violations, failedRequests, consoleErrors, naaCalls: naaHost.calls, hosts: [...hosts] };
    await info.attach("edge.json", { body: JSON.stringify(seen, null, 2), contentType: "application/json" });
  }
  await session?.context.close();
  session = undefined;
});

test.afterAll(async () => {
  await browser?.close();
  await api?.dispose();
  await nginx?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** The workbench as Outlook on the web at `host`, framing the add-in deployed on its own host. */
function outlookOnTheWeb(host: string, scenario: string): string {
  const params = new URLSearchParams({
    scenario,
    addinOrigin: ADDIN_ORIGIN,
    graphBaseUrl: `${GRAPH_ORIGIN}/v1.0`,
    nestedAppAuth: "supported",
  });
  return `${host}/workbench.html?${params.toString()}`;
}

/** The headers the build wrote for a page (staticwebapp.config.json carries nginx's, test/build checks). */
function shippedHeaders(page: string): Record<string, string> {
  const swa = JSON.parse(readFileSync(join(build.dist, "staticwebapp.config.json"), "utf8")) as {
    routes: { route: string; headers: Record<string, string> }[];
  };
  const route = swa.routes.find((r) => r.route === page);
  if (!route) throw new Error(`No headers shipped for ${page}`);
  return route.headers;
}

test("the shipped pane, on its own host with its shipped headers, makes a standalone meeting in Outlook on the web", async () => {
  session = await smokeSession(browser, api, emulatorControl);
  const { page } = session;
  await page.goto(outlookOnTheWeb(OUTLOOK_ORIGIN, "no-provider-standalone"));
  await page.evaluate(
    () => (window as unknown as { omoWorkbench: { ready: Promise<void> } }).omoWorkbench.ready,
  );
  const p = pane(page);
  await paneReady(p);
  await expect(p.getByTestId("route-note")).toBeVisible();
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "true");
  await expect(p.getByTestId("join-link")).toBeVisible();

  // The route completed: one meeting, its block in the body, its link in the location.
  const after = await appointment(page);
  expect(ourBlocks(after.body)).toBe(1);
  expect(after.location).toMatch(/^https:\/\/teams\.microsoft\.com\//);
  // The emulator logs Graph calls only (not its control API).
  const graph = await graphLog(page);
  expect(graph.filter((r) => r.path.endsWith("/onlineMeetings/createOrGet"))).toHaveLength(1);
  // Every Graph call came from the pane's own origin, cross-origin, and was accepted.
  for (const r of graph)
    expect({ path: r.path, origin: r.headers.origin, ok: r.status < 400 }).toEqual({
      path: r.path,
      origin: ADDIN_ORIGIN,
      ok: true,
    });

  // The pages came from nginx with exactly the headers the build ships.
  for (const page of ["/taskpane.html", "/commands.html"]) {
    const received = session.pageHeaders.get(`${ADDIN_ORIGIN}${page}`);
    const shipped = shippedHeaders(page);
    expect({ page, csp: received?.["content-security-policy"] }).toEqual({
      page,
      csp: shipped["Content-Security-Policy"],
    });
    expect(received?.["content-security-policy-report-only"]).toBe(
      shipped["Content-Security-Policy-Report-Only"],
    );
  }

  // Signed in by MSAL over the NAA bridge, silently, for exactly the scopes each route needs.
  expect(session.naaHost.calls.map((c) => [c.method, c.scopes ?? []])).toEqual([
    ["GetInitContext", []],
    ["GetToken", [...Scopes.calendar]],
    ["GetToken", [...Scopes.standalone]],
  ]);
  expect(session.naaHost.calls.every((c) => c.from.startsWith(`${ADDIN_ORIGIN}/taskpane.html`))).toBe(true);

  // The policy blocked nothing; Trusted Types (report-only) reports name Office.js alone.
  expect(session.violations.filter((v) => v.disposition !== "report")).toEqual([]);
  for (const v of session.violations)
    expect({ directive: v.directive, office: OFFICE_SCRIPTS.test(v.sourceFile), file: v.sourceFile }).toEqual(
      {
        directive: "require-trusted-types-for",
        office: true,
        file: v.sourceFile,
      },
    );

  // Nothing else was reached (no sign-in page, no telemetry), nothing failed, nothing was logged.
  expect([...session.hosts].filter((h) => !EDGE_HOSTS.includes(h))).toEqual([]);
  expect(session.failedRequests).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
});

test("a host page frame-ancestors doesn't name can't frame the shipped pane", async () => {
  session = await smokeSession(browser, api, emulatorControl);
  const { page } = session;
  const refused = page.waitForEvent("console", {
    predicate: (m) => /frame-ancestors/.test(m.text()) && m.text().includes(ADDIN_ORIGIN),
  });
  await page.goto(outlookOnTheWeb(FOREIGN_HOST_ORIGIN, "no-provider-standalone"));
  expect((await refused).text()).toContain(`frame-ancestors ${OUTLOOK_ORIGIN}`);
  // No frame holds the add-in's page (the browser leaves the pane's and the function file's empty).
  expect(page.frames().filter((f) => f.url().startsWith(ADDIN_ORIGIN))).toEqual([]);
});
