// The Graph emulator on an ephemeral loopback port for a test file, the save that syncs an item, and
// plain Graph calls with a token for given scopes (as MSAL would hand it out).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createGraphEmulator, type GraphEmulator } from "../../emulator/graph/server";

export interface GraphAnswer {
  status: number;
  headers: Headers;
  json: Record<string, unknown> & { error?: { code: string; message: string } };
}

export interface RunningEmulator {
  emulator: GraphEmulator;
  origin: string;
  close(): Promise<void>;
  /** What Outlook's saveAsync does: create or update the server copy of an item. */
  syncEvent(
    restId: string,
    event: {
      subject: string;
      start: string;
      end: string;
      bodyHtml: string;
      owner?: string;
      bodyType?: "html" | "text";
    },
  ): Promise<Response>;
  /** A Graph call (path after /v1.0) with a fresh token for `scopes`. */
  call(
    method: string,
    path: string,
    scopes: readonly string[],
    init?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<GraphAnswer>;
}

export async function startEmulator(): Promise<RunningEmulator> {
  const emulator = createGraphEmulator();
  const server: Server = createServer((req, res) => emulator.handle(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    emulator,
    origin,
    close: () => new Promise<void>((r) => server.close(() => r())),
    syncEvent: (restId, event) =>
      fetch(`${origin}/__emulator/events/${encodeURIComponent(restId)}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(event),
      }),
    async call(method, path, scopes, init = {}) {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${emulator.issueToken(scopes)}`,
        ...init.headers,
      };
      if (init.body !== undefined) headers["Content-Type"] = "application/json";
      const res = await fetch(`${origin}/v1.0${path}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await res.text();
      return {
        status: res.status,
        headers: res.headers,
        json: text ? (JSON.parse(text) as GraphAnswer["json"]) : {},
      };
    },
  };
}
