// The composition root shared by every surface: picks the adapters for this host (Outlook or the
// workbench) and builds the use-case service. The only place that knows which adapter is which.
import { MeetingOptionsService } from "../../app/meeting-options-service";
import { MeetingService } from "../../app/meeting-service";
import { readRuntimeConfig, type RuntimeConfig } from "../../config/runtime-config";
import { graphTokenOrigins } from "../../config/clouds";
import { createGraphClient } from "../../adapters/graph-client";
import { OfficeAppointment } from "../../adapters/office-appointment";
import { OfficeEnvironment } from "../../adapters/office-environment";
import { OfficeSettings } from "../../adapters/office-settings";
import { loadTranslator, resolveLocale, type Translate } from "../../i18n";
import type { GraphPort } from "../../ports/graph";
import type { TokenProvider } from "../../ports/token-provider";

export interface Composition {
  config: RuntimeConfig;
  service: MeetingService;
  /** The meeting's Teams options (the pane's "Meeting options"). */
  meetingOptions: MeetingOptionsService;
  settings: OfficeSettings;
  environment: OfficeEnvironment;
  tokens: TokenProvider;
  translate: Translate;
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
  const translate = loadTranslator(uiLocale);
  // The JavaScript-only runtime (launch events in classic Outlook) has no location: the base is absolute there.
  const here = globalThis.location?.href;
  const graphBase = (here ? new URL(config.graphBaseUrl, here).toString() : config.graphBaseUrl).replace(
    /\/+$/,
    "",
  );
  const tokens = config.signIn === "local" ? await localTokens(graphBase) : await msalTokens(config);
  const graph = createGraph(config, graphBase, tokens);
  const settings = new OfficeSettings();
  const appointment = new OfficeAppointment();
  const service = new MeetingService({ appointment, graph, settings, env: environment });
  const meetingOptions = new MeetingOptionsService({ appointment, graph, env: environment, settings });
  return {
    config,
    service,
    meetingOptions,
    settings,
    environment,
    tokens,
    translate: await translate,
    uiLocale,
    displayLanguage,
  };
}

/** The Graph client for this configuration: tokens go only to the configured cloud's Graph. */
export function createGraph(
  config: RuntimeConfig,
  graphBase: string,
  tokens: TokenProvider,
  fetchFn?: typeof fetch,
): GraphPort {
  return createGraphClient({
    baseUrl: graphBase,
    tokenProvider: tokens,
    // In the workbench the Graph stand-in is the only host a (local) token may go to; elsewhere the
    // configured cloud's Graph (national clouds: src/config/clouds.ts).
    allowedOrigins: config.workbench
      ? [new URL(graphBase).origin]
      : graphTokenOrigins(graphBase, config.authority),
    ...(fetchFn ? { fetch: fetchFn } : {}),
  });
}

declare const __OMO_WORKBENCH__: boolean | undefined;

async function localTokens(graphBase: string): Promise<Composition["tokens"]> {
  // Webpack folds this test to `false` in a production build and drops the branch with its import:
  // the local token provider is not in the production bundle (test/build/production-build.test.ts).
  if (typeof __OMO_WORKBENCH__ !== "undefined" && __OMO_WORKBENCH__) {
    const { LocalTokenProvider } = await import(
      /* webpackMode: "eager" */ "../../adapters/local-token-provider"
    );
    return new LocalTokenProvider(graphBase);
  }
  throw new Error("This build has no workbench");
}

async function msalTokens(config: RuntimeConfig): Promise<Composition["tokens"]> {
  // Loaded on demand so MSAL is not part of the pane's first paint.
  const { MsalTokenProvider } = await import(
    /* webpackChunkName: "msal" */ "../../adapters/msal-token-provider"
  );
  return new MsalTokenProvider({ clientId: config.clientId, authority: config.authority });
}
