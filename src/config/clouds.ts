// Microsoft's clouds: each Graph root belongs with one sign-in authority (clouds.json, from Microsoft
// Graph's national cloud deployments page, https://learn.microsoft.com/graph/deployments). A token
// goes only to the Graph origin of the configured cloud, and only when the authority is that cloud's.
// scripts/config.js reads the same table to refuse a mismatched production build.
import table from "./clouds.json";
import { AppError, ErrorCode } from "../core/errors";

export interface Cloud {
  name: string;
  /** Graph's origin in this cloud, e.g. https://graph.microsoft.us. */
  graph: string;
  /** The Microsoft Entra ID sign-in origin, e.g. https://login.microsoftonline.us. */
  login: string;
}

export const CLOUDS: readonly Cloud[] = table.clouds;

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The cloud a Graph base URL and an authority name together, or null when they don't match one. */
export function cloudOf(graphBaseUrl: string, authority: string): Cloud | null {
  const graph = originOf(graphBaseUrl);
  const login = originOf(authority);
  return CLOUDS.find((c) => c.graph === graph && c.login === login) ?? null;
}

/** The origins a real (Entra) token may be sent to: the configured cloud's Graph, nothing else. */
export function graphTokenOrigins(graphBaseUrl: string, authority: string): string[] {
  const cloud = cloudOf(graphBaseUrl, authority);
  if (!cloud)
    throw new AppError(
      ErrorCode.configuration,
      `Graph base URL ${graphBaseUrl} and authority ${authority} are not one Microsoft cloud`,
    );
  return [cloud.graph];
}
