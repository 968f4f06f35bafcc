// Runtime configuration: values baked in at build time (scripts/config.js via DefinePlugin) and,
// only under the workbench's emulated host, overrides from the page URL.

declare const __OMO_CONFIG__: { clientId: string; authority: string; graphBaseUrl: string } | undefined;

export interface RuntimeConfig {
  clientId: string;
  authority: string;
  graphBaseUrl: string;
  /** True when the page runs in the local workbench (emulated Outlook, local tokens). */
  workbench: boolean;
}

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
  const params = new URLSearchParams(search);
  const workbench = params.get("host") === "workbench";
  // The Graph base URL may be pointed elsewhere from the URL only in the workbench, where tokens are
  // local stand-ins: a real token never follows a URL parameter.
  const graphBaseUrl =
    (workbench && params.get("graphBaseUrl")) || (workbench ? "/graph/v1.0" : built.graphBaseUrl);
  return {
    clientId: built.clientId,
    authority: built.authority,
    graphBaseUrl: graphBaseUrl.replace(/\/+$/, ""),
    workbench,
  };
}
