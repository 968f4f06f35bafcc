// CORS as Graph answers a browser on another origin (README.md rules X1–X3). Graph lets any origin call
// it with a bearer token and exposes a fixed list of response headers; `Retry-After` is NOT on it, so
// a browser never sees it (microsoft-graph-docs #17488, msgraph-sdk-design #76). The list is the one
// Microsoft's Dev Proxy sends when it stands in for Graph (dotnet/dev-proxy,
// DevProxy.Abstractions/Utils/ProxyUtils.cs BuildGraphResponseHeaders, commit 2c61640), without the
// `Retry-After` Dev Proxy adds for itself (dev-proxy PR #32: "required for client-side apps").
import type { IncomingMessage } from "node:http";

export const GRAPH_EXPOSED_HEADERS = [
  "ETag",
  "Location",
  "Preference-Applied",
  "Content-Range",
  "request-id",
  "client-request-id",
  "ReadWriteConsistencyToken",
  "SdkVersion",
  "WWW-Authenticate",
  "x-ms-client-gcc-tenant",
] as const;

/** Headers on every Graph response to a request that came with an Origin (rule X1). */
export function graphCorsHeaders(req: IncomingMessage): Record<string, string> {
  if (!req.headers.origin) return {};
  return {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": GRAPH_EXPOSED_HEADERS.join(", "),
  };
}

/**
 * The preflight answer (rule X2, assumed beyond Allow-Origin: the methods Graph serves and the request
 * headers asked for; no credentials, since Graph uses bearer tokens).
 */
export function graphPreflightHeaders(req: IncomingMessage): Record<string, string> {
  const asked = req.headers["access-control-request-headers"];
  return {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
    "Access-Control-Allow-Headers":
      typeof asked === "string" && asked ? asked : "Authorization, Content-Type, Accept-Language, Prefer",
    "Access-Control-Max-Age": "3600",
  };
}

/** The control API is the emulator's own, not Graph's: open to the workbench on any origin. */
export const CONTROL_CORS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
};
