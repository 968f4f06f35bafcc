// The composition root shared by every surface: picks the adapters for this host (Outlook or the
// workbench) and builds the use-case service. The only place that knows which adapter is which.
import { MeetingService } from "../../app/meeting-service";
import { readRuntimeConfig, type RuntimeConfig } from "../../config/runtime-config";
import { createGraphClient } from "../../adapters/graph-client";
import { OfficeAppointment } from "../../adapters/office-appointment";
import { OfficeEnvironment } from "../../adapters/office-environment";
import { OfficeSettings } from "../../adapters/office-settings";
import { LocalTokenProvider } from "../../adapters/local-token-provider";
import { loadTranslator, resolveLocale, type Translate } from "../../i18n";
import type { TokenProvider } from "../../ports/token-provider";

export interface Composition {
  config: RuntimeConfig;
  service: MeetingService;
  settings: OfficeSettings;
  environment: OfficeEnvironment;
  tokens: TokenProvider & {
    getSignedInAccount?: () => Promise<{ name: string; username: string } | null>;
    signOut?: () => Promise<void>;
  };
  t: Translate;
  uiLocale: string;
  displayLanguage: string;
}

/** Office.js must be ready before this is called. */
export async function compose(): Promise<Composition> {
  const config = readRuntimeConfig();
  const environment = new OfficeEnvironment();
  const displayLanguage = environment.displayLanguage();
  const uiLocale = resolveLocale(displayLanguage);
  // The language's catalog chunk loads while the rest is wired.
  const t = loadTranslator(uiLocale);
  // The JavaScript-only runtime (launch events in classic Outlook) has no location: the base is absolute there.
  const here = globalThis.location?.href;
  const graphBase = (here ? new URL(config.graphBaseUrl, here).toString() : config.graphBaseUrl).replace(
    /\/+$/,
    "",
  );
  const tokens = config.workbench ? new LocalTokenProvider(graphBase) : await msalTokens(config);
  const graph = createGraphClient({
    baseUrl: graphBase,
    tokenProvider: tokens,
    // In the workbench the Graph stand-in is the only host a (local) token may go to.
    ...(config.workbench ? { allowedOrigins: [new URL(graphBase).origin] } : {}),
  });
  const settings = new OfficeSettings();
  const appointment = new OfficeAppointment();
  const service = new MeetingService({ appointment, graph, settings, env: environment });
  return {
    config,
    service,
    settings,
    environment,
    tokens,
    t: await t,
    uiLocale,
    displayLanguage,
  };
}

async function msalTokens(config: RuntimeConfig): Promise<Composition["tokens"]> {
  // Loaded on demand so MSAL is not part of the pane's first paint.
  const { MsalTokenProvider } = await import(
    /* webpackChunkName: "msal" */ "../../adapters/msal-token-provider"
  );
  return new MsalTokenProvider({ clientId: config.clientId, authority: config.authority });
}
