// The Graph emulator on an ephemeral loopback port for a test file, and the save that syncs an item.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createGraphEmulator, type GraphEmulator } from "../../emulator/graph/server";

export interface RunningEmulator {
  emulator: GraphEmulator;
  origin: string;
  close(): Promise<void>;
  /** What Outlook's saveAsync does: create or update the server copy of an item. */
  syncEvent(
    restId: string,
    event: { subject: string; start: string; end: string; bodyHtml: string },
  ): Promise<Response>;
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
  };
}
