// Graph on another origin than the pages, as in production (emulator/graph/README.md, rules X1–X2):
// the add-in's calls cross origins, and a browser reads only the headers Graph exposes — never
// Retry-After.
import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, graphLog, openWorkbench, paneReady } from "./workbench";

failOnConsoleErrors();

test("the pane calls Graph cross-origin: every request carries the pages' Origin", async ({ page }) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  const log = await graphLog(page);
  expect(log.length).toBeGreaterThan(0);
  for (const r of log) expect(r.headers.origin).toBe("https://localhost:3000");
});

test("in the browser a throttled answer's Retry-After is not readable; Graph's exposed headers are", async ({
  page,
}) => {
  // The pane settles first, and the fault sits on a path the pane never calls: its own calls can't
  // take the throttled answer meant for this request.
  await paneReady(await openWorkbench(page, "no-provider-standalone"));
  const seen = await page.evaluate(async () => {
    const base = "https://localhost:3001";
    const post = (path: string, body: unknown) =>
      fetch(`${base}/__emulator${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    await post("/reset", {
      scenario: { faults: [{ path: "/me/calendars", status: 429, headers: { "Retry-After": "7" } }] },
    });
    const { access_token } = (await (await post("/token", { scopes: ["Calendars.ReadWrite"] })).json()) as {
      access_token: string;
    };
    const res = await fetch(`${base}/v1.0/me/calendars`, {
      headers: { Authorization: `Bearer ${access_token}` },
    });
    return {
      status: res.status,
      retryAfter: res.headers.get("Retry-After"),
      requestId: res.headers.get("request-id"),
    };
  });
  expect(seen.status).toBe(429);
  expect(seen.retryAfter).toBeNull();
  expect(seen.requestId).toMatch(/^[0-9a-f-]{36}$/);
});
