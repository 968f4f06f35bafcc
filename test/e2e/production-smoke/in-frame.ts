// Scripts Playwright runs in every frame before the frame's own scripts (context.addInitScript); they
// act in the add-in's frames only. Playwright sends their source text, so each is self-contained
// and reaches the test through a binding (context.exposeBinding) — which no page policy can block.

/** The binding the bridge hands each request to (answered by NaaHostStandIn). */
export const NAA_HOST_BINDING = "__omoSmokeNaaHost";
/** The binding every Content-Security-Policy violation in an add-in frame is reported to. */
export const VIOLATION_BINDING = "__omoSmokeViolation";

/**
 * `window.nestedAppAuthBridge` as MSAL looks for it (BridgeProxy.initializeNestedAppAuthBridge in
 * @azure/msal-browser src/naa/BridgeProxy.ts; the shape: src/naa/AuthBridge.ts): `postMessage` takes
 * a request as a JSON string, answers go to the "message" listeners as JSON strings, asynchronously.
 * The host's end is outside the frame, as in Microsoft's own in-frame bridge for Teams and other hubs
 * (teams-js src/internal/nestedAppAuthUtils.ts, createNestedAppAuthBridge: it forwards the request
 * to the host window and delivers the host's answers). How Outlook on the web puts its bridge into
 * the add-in's frame is assumed: the frame is on the add-in's origin, so only a script in it can —
 * presumably the Office.js Outlook serves (@microsoft/office-js 1.1.110 has no NAA code at all).
 */
export function installNaaBridge({ addinOrigin, binding }: { addinOrigin: string; binding: string }): void {
  if (location.origin !== addinOrigin) return;
  const host = (window as unknown as Record<string, (message: string) => Promise<string | null>>)[binding]!;
  const listeners = new Set<(response: string) => void>();
  const bridge = {
    addEventListener: (type: string, listener: (response: string) => void) => {
      if (type === "message") listeners.add(listener);
    },
    removeEventListener: (_type: string, listener: (response: string) => void) => {
      listeners.delete(listener);
    },
    postMessage: (message: string) => {
      void host(message).then((response) => {
        if (response !== null) for (const listener of listeners) listener(response);
      });
    },
  };
  Object.defineProperty(window, "nestedAppAuthBridge", { value: bridge });
}

/** A Content-Security-Policy violation as the browser reports it (SecurityPolicyViolationEvent). */
export interface PolicyViolation {
  page: string;
  disposition: string;
  directive: string;
  blockedURI: string;
  sourceFile: string;
}

/** Reports every violation in an add-in frame, enforced or report-only (Trusted Types). */
export function reportPolicyViolations({
  addinOrigin,
  binding,
}: {
  addinOrigin: string;
  binding: string;
}): void {
  if (location.origin !== addinOrigin) return;
  const report = (window as unknown as Record<string, (v: PolicyViolation) => Promise<void>>)[binding]!;
  document.addEventListener(
    "securitypolicyviolation",
    (e) =>
      void report({
        page: location.pathname,
        disposition: e.disposition,
        directive: e.effectiveDirective,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
      }),
    true,
  );
}
