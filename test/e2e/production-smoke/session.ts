// One browser for the production smoke test, with the edge's host names (edge.ts), and per test a
// fresh context with the NAA bridge stand-in and what the test watches: policy violations, the hosts
// the browser reached, failed requests, console errors, the pages' response headers.
import type {
  APIRequestContext,
  Browser,
  BrowserContext,
  BrowserType,
  LaunchOptions,
  Page,
} from "@playwright/test";
import { ADDIN_ORIGIN } from "./edge";
import {
  installNaaBridge,
  NAA_HOST_BINDING,
  reportPolicyViolations,
  VIOLATION_BINDING,
  type PolicyViolation,
} from "./in-frame";
import { NaaHostStandIn, type EmulatorToken } from "./naa-host";

export async function launchWithHostRules(
  browserType: BrowserType,
  launchOptions: LaunchOptions,
  rules: string,
): Promise<Browser> {
  return browserType.launch({
    ...launchOptions,
    args: [...(launchOptions.args ?? []), `--host-resolver-rules=${rules}`],
  });
}

export interface SmokeSession {
  context: BrowserContext;
  page: Page;
  naaHost: NaaHostStandIn;
  violations: PolicyViolation[];
  /** Every host the browser sent a request to (the pages' requests; not the browser's favicon). */
  hosts: Set<string>;
  /** Requests that failed or were answered with an error status. */
  failedRequests: string[];
  /** Errors logged in any frame, and uncaught exceptions. */
  consoleErrors: string[];
  /** Response headers of each page, by URL without query and fragment. */
  pageHeaders: Map<string, Record<string, string>>;
}

/**
 * A browser context whose add-in frames get the NAA bridge, answered with tokens from the Graph
 * emulator's control API (`emulatorControl`, reached from here, not from the page).
 */
export async function smokeSession(
  browser: Browser,
  api: APIRequestContext,
  emulatorControl: string,
): Promise<SmokeSession> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const naaHost = new NaaHostStandIn(async ({ scopes, clientId }) => {
    const res = await api.post(`${emulatorControl}/token`, { data: { scopes, clientId } });
    if (!res.ok()) throw new Error(`The emulator refused a token: ${res.status()}`);
    return (await res.json()) as EmulatorToken;
  });
  const violations: PolicyViolation[] = [];
  await context.exposeBinding(NAA_HOST_BINDING, (source, message: string) =>
    naaHost.answer(message, source.frame.url()),
  );
  await context.exposeBinding(VIOLATION_BINDING, (_source, violation: PolicyViolation) => {
    violations.push(violation);
  });
  await context.addInitScript(installNaaBridge, { addinOrigin: ADDIN_ORIGIN, binding: NAA_HOST_BINDING });
  await context.addInitScript(reportPolicyViolations, {
    addinOrigin: ADDIN_ORIGIN,
    binding: VIOLATION_BINDING,
  });

  const hosts = new Set<string>();
  const failedRequests: string[] = [];
  const pageHeaders = new Map<string, Record<string, string>>();
  context.on("request", (r) => hosts.add(new URL(r.url()).host));
  context.on("requestfailed", (r) => failedRequests.push(`${r.url()}: ${r.failure()?.errorText ?? ""}`));
  context.on("response", (r) => {
    if (r.status() >= 400) failedRequests.push(`${r.url()}: ${r.status()}`);
    if (r.request().resourceType() === "document") pageHeaders.set(r.url().split(/[?#]/)[0]!, r.headers());
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    // "Failed to load resource" repeats a failed response, which failedRequests names with its URL
    // (the browser's own favicon request, which no page makes, is the one it also reports).
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  return { context, page, naaHost, violations, hosts, failedRequests, consoleErrors, pageHeaders };
}
