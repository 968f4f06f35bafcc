// Runtime configuration: values baked in at build time (scripts/config.js via DefinePlugin) and,
// only in a build that includes the workbench and only under its emulated host, overrides from the
// page URL.

declare const __OMO_CONFIG__: { clientId: string; authority: string; graphBaseUrl: string } | undefined;
/**
 * Build-time flag (webpack DefinePlugin): true only in development builds and the benchmark's
 * workbench build. In `npm run build` it is the literal `false`, so webpack drops every branch it
 * guards: the `?host=workbench` / `?graphBaseUrl=` hook and the local token provider are not in the
 * production bundle at all (test/build/production-build.test.ts checks dist/).
 */
declare const __OMO_WORKBENCH__: boolean | undefined;

/** Whether this bundle was built with the workbench (never in a production build). */
export function workbenchBuild(): boolean {
  return typeof __OMO_WORKBENCH__ !== "undefined" && __OMO_WORKBENCH__;
}

export interface RuntimeConfig {
  clientId: string;
  authority: string;
  graphBaseUrl: string;
  /** True when the page runs in the local workbench (emulated Outlook, local tokens). */
  workbench: boolean;
  /**
   * Workbench only, `?signIn=dialog`: sign in as in production (MsalTokenProvider, and with no nested
   * app authentication the Office dialog), against the Graph emulator's sign-in stand-in as the
   * authority (emulator/graph/README.md, rules S1–S7). Otherwise the workbench uses local tokens.
   */
  signIn: "local" | "msal";
}

/** The workbench's app registration: any GUID; the emulator's sign-in stand-in accepts any client. */
export const WORKBENCH_CLIENT_ID = "00000000-0000-4000-8000-00000000c0de";

export const PRODUCTION_GRAPH = "https://graph.microsoft.com/v1.0";

export function readRuntimeConfig(search: string = globalThis.location?.search ?? ""): RuntimeConfig {
  const built =
    typeof __OMO_CONFIG__ === "undefined"
      ? {
          clientId: "",
          authority: "https://login.microsoftonline.com/common",
          graphBaseUrl: PRODUCTION_GRAPH,
        }
      : __OMO_CONFIG__;
  if (!workbenchBuild())
    return {
      clientId: built.clientId,
      authority: built.authority,
      graphBaseUrl: built.graphBaseUrl.replace(/\/+$/, ""),
      workbench: false,
      signIn: "msal",
    };
  const params = new URLSearchParams(search);
  const workbench = params.get("host") === "workbench";
  // The Graph base URL may be pointed elsewhere from the URL only in the workbench, where tokens are
  // local stand-ins: a real token never follows a URL parameter.
  const graphBaseUrl =
    (workbench && params.get("graphBaseUrl")) || (workbench ? "/graph/v1.0" : built.graphBaseUrl);
  const signIn = workbench && params.get("signIn") === "dialog" ? "msal" : workbench ? "local" : "msal";
  if (workbench && signIn === "msal") {
    // The emulator's sign-in stand-in, beside its Graph root: `<base>/signin` is the authority.
    const authority = new URL(
      graphBaseUrl.replace(/\/v1\.0\/*$/, "/signin"),
      globalThis.location?.href ?? "https://localhost:3000/",
    ).toString();
    return {
      clientId: WORKBENCH_CLIENT_ID,
      authority,
      graphBaseUrl: graphBaseUrl.replace(/\/+$/, ""),
      workbench,
      signIn,
    };
  }
  return {
    clientId: built.clientId,
    authority: built.authority,
    graphBaseUrl: graphBaseUrl.replace(/\/+$/, ""),
    workbench,
    signIn,
  };
}
