// Emulator rules X1–X3 (emulator/graph/README.md): CORS as Graph answers a browser on another origin.
import { GRAPH_EXPOSED_HEADERS } from "../../emulator/graph/cors";
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";

let g: RunningEmulator;
beforeAll(async () => {
  g = await startEmulator();
});
afterAll(() => g.close());
const ORIGIN = { Origin: "https://localhost:3000" };

test("X1: Graph responses allow any origin and expose Graph's list, without Retry-After", async () => {
  g.emulator.reset({ faults: [{ path: "/me/calendar", status: 429, headers: { "Retry-After": "2" } }] });
  const res = await g.call("GET", "/me/calendar", ["Calendars.ReadWrite"], { headers: ORIGIN });
  expect(res.status).toBe(429);
  expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
  const exposed = (res.headers.get("Access-Control-Expose-Headers") ?? "").split(/,\s*/);
  expect(exposed).toEqual([...GRAPH_EXPOSED_HEADERS]);
  expect(exposed.map((h) => h.toLowerCase())).not.toContain("retry-after");
  expect(exposed).toContain("WWW-Authenticate");
  // The header is sent; a browser just can't read it.
  expect(res.headers.get("Retry-After")).toBe("2");
});

test("X2: a preflight is answered with the methods and the asked-for headers", async () => {
  const res = await fetch(`${g.origin}/v1.0/me/onlineMeetings/createOrGet`, {
    method: "OPTIONS",
    headers: {
      ...ORIGIN,
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "authorization,content-type,accept-language",
    },
  });
  expect(res.status).toBe(204);
  expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
  expect(res.headers.get("Access-Control-Allow-Methods")).toContain("POST");
  expect(res.headers.get("Access-Control-Allow-Headers")).toBe("authorization,content-type,accept-language");
});

test("X3: the control API (the emulator's own) is open to the workbench on any origin", async () => {
  const res = await fetch(`${g.origin}/__emulator/log`, { headers: ORIGIN });
  expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
});
