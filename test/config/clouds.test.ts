// National clouds: a token goes to the configured cloud's Graph (and only there), signed in at that
// cloud's authority. Endpoints from https://learn.microsoft.com/graph/deployments (src/config/clouds.json).
import { createGraph } from "../../src/surfaces/shared/composition";
import { cloudOf } from "../../src/config/clouds";
import { ErrorCode } from "../../src/core/errors";
import type { RuntimeConfig } from "../../src/config/runtime-config";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is CommonJS.
const { readConfig } = require("../../scripts/config.js") as {
  readConfig(o: { production: boolean }, env: Record<string, string>): { graphBaseUrl: string };
};

const CLIENT = "11111111-2222-4333-8444-555555555555";
const clouds = [
  [
    "US Government L4",
    "https://graph.microsoft.us/v1.0",
    "https://login.microsoftonline.us/contoso.onmicrosoft.us",
  ],
  [
    "US Government L5 (DoD)",
    "https://dod-graph.microsoft.us/v1.0",
    "https://login.microsoftonline.us/organizations",
  ],
  [
    "China (21Vianet)",
    "https://microsoftgraph.chinacloudapi.cn/v1.0",
    "https://login.chinacloudapi.cn/common",
  ],
  ["global", "https://graph.microsoft.com/v1.0", "https://login.microsoftonline.com/common"],
] as const;

function client(graphBaseUrl: string, authority: string) {
  const config: RuntimeConfig = {
    clientId: CLIENT,
    authority,
    graphBaseUrl,
    workbench: false,
    signIn: "msal",
  };
  const sent: { url: string; auth: string | null }[] = [];
  const fetchFn = (input: string, init?: RequestInit) => {
    sent.push({ url: input, auth: new Headers(init?.headers).get("Authorization") });
    return Promise.resolve(
      new Response(JSON.stringify({ allowedOnlineMeetingProviders: ["teamsForBusiness"] }), {
        status: 200,
        headers: { "Content-Type": "application/json" },
      }),
    );
  };
  const tokens = { getToken: () => Promise.resolve("entra-token") };
  return { graph: () => createGraph(config, graphBaseUrl, tokens, fetchFn as unknown as typeof fetch), sent };
}

test.each(clouds)("%s: the token goes to that cloud's Graph", async (_name, graphBaseUrl, authority) => {
  const { graph, sent } = client(graphBaseUrl, authority);
  await graph().getCalendarProviders();
  expect(sent).toEqual([
    {
      url: `${graphBaseUrl}/me/calendar?$select=allowedOnlineMeetingProviders,defaultOnlineMeetingProvider,canEdit`,
      auth: "Bearer entra-token",
    },
  ]);
});

test("a Graph root of one cloud with another cloud's authority gets no token", () => {
  const { graph, sent } = client(
    "https://microsoftgraph.chinacloudapi.cn/v1.0",
    "https://login.microsoftonline.com/common",
  );
  expect(() => graph()).toThrow(expect.objectContaining({ code: ErrorCode.configuration }) as Error);
  expect(sent).toEqual([]);
});

test("a Graph base URL that is no Microsoft Graph gets no token", () => {
  const { graph, sent } = client(
    "https://graph.example.net/v1.0",
    "https://login.microsoftonline.com/common",
  );
  expect(() => graph()).toThrow(expect.objectContaining({ code: ErrorCode.configuration }) as Error);
  expect(sent).toEqual([]);
});

test("the cloud table pairs each Graph root with its authority", () => {
  expect(cloudOf("https://dod-graph.microsoft.us/v1.0", "https://login.microsoftonline.us/x")?.name).toMatch(
    /DoD/,
  );
  expect(cloudOf("https://graph.microsoft.us/v1.0", "https://login.chinacloudapi.cn/x")).toBeNull();
});

describe("the production build refuses a mismatched cloud", () => {
  const env = (graph: string, authority: string) => ({
    OMO_CLIENT_ID: CLIENT,
    OMO_PRODUCTION_URL: "https://addin.contoso.com",
    OMO_GRAPH_BASE_URL: graph,
    OMO_AUTHORITY: authority,
  });
  test.each(clouds)("%s builds", (_name, graph, authority) => {
    expect(readConfig({ production: true }, env(graph, authority)).graphBaseUrl).toBe(graph);
  });
  test("China's Graph with the global authority", () => {
    expect(() =>
      readConfig(
        { production: true },
        env("https://microsoftgraph.chinacloudapi.cn/v1.0", "https://login.microsoftonline.com/common"),
      ),
    ).toThrow(/OMO_AUTHORITY must be on https:\/\/login\.chinacloudapi\.cn/);
  });
  test("a Graph that is no Microsoft Graph", () => {
    expect(() =>
      readConfig(
        { production: true },
        env("https://graph.example.net/v1.0", "https://login.microsoftonline.com/common"),
      ),
    ).toThrow(/OMO_GRAPH_BASE_URL must be one of Microsoft's Graph roots/);
  });
});
