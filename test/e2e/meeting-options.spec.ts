// Meeting options before the invitation goes out, through the workbench as the organizer clicks: the
// emulator holds the lobby the pane set, and the pane shows the value it read back; on the calendar
// route too (the event's meeting found by its join URL); someone not the organizer is told so in
// their language; a failed PATCH keeps the values and says so.
import { expect, test, type Page } from "@playwright/test";
import { deDE } from "../../src/i18n/locales/de-DE";
import { enUS } from "../../src/i18n/locales/en-US";
import { failOnConsoleErrors, graphLog, graphState, openWorkbench, pane, paneReady } from "./workbench";

/** The emulator's control API (emulator/graph/README.md), from the page as the workbench calls it. */
export function emulatorControl(page: Page, path: string, body: unknown): Promise<unknown> {
  return page.evaluate(
    async ([p, b]) => {
      const res = await fetch(`https://localhost:3001/__emulator${p}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(b),
      });
      return res.json() as Promise<unknown>;
    },
    [path, body] as const,
  );
}

type HeldOptions = { options: { lobbyBypassSettings: { scope: string } } }[];

failOnConsoleErrors();

test("standalone meeting: the lobby set in the pane is what the emulator holds, and the pane shows it read back", async ({
  page,
}) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  await expect(p.getByTestId("options")).toBeHidden();
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");

  await p.getByTestId("options-toggle").click();
  const lobby = p.getByTestId("options-lobby");
  await expect(lobby).toHaveValue("organization");
  await lobby.selectOption("everyone");
  await expect(p.getByTestId("options")).toHaveAttribute("aria-busy", "false");

  const meetings = (await graphState(page)).meetings as unknown as {
    options: { lobbyBypassSettings: { scope: string } };
  }[];
  expect(meetings).toHaveLength(1);
  expect(meetings[0]!.options.lobbyBypassSettings.scope).toBe("everyone");
  const patches = (await graphLog(page)).filter(
    (r) => r.method === "PATCH" && r.path.includes("/onlineMeetings/"),
  );
  expect(patches.map((r) => r.body)).toEqual([{ lobbyBypassSettings: { scope: "everyone" } }]);

  // Closed and opened again, the section reads the server afresh: still the emulator's value.
  await p.getByTestId("options-toggle").click();
  await p.getByTestId("options-toggle").click();
  await expect(p.getByTestId("options")).toHaveAttribute("aria-busy", "false");
  await expect(lobby).toHaveValue("everyone");
  await expect(p.getByTestId("options-message")).toBeHidden();
});

test("calendar route: the event's Teams meeting is found by its join link, and the lobby set is what it holds", async ({
  page,
}) => {
  const p = await openWorkbench(page, "teams-calendar-saved");
  await paneReady(p);
  await p.getByTestId("switch").click();
  await p.getByTestId("confirm-continue").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");

  await p.getByTestId("options-toggle").click();
  const lobby = p.getByTestId("options-lobby");
  await expect(lobby).toHaveValue("organization");
  await lobby.selectOption("organizer");
  await expect(p.getByTestId("options")).toHaveAttribute("aria-busy", "false");
  await expect(lobby).toHaveValue("organizer");

  const meetings = (await graphState(page)).meetings as unknown as HeldOptions;
  expect(meetings).toHaveLength(1);
  expect(meetings[0]!.options.lobbyBypassSettings.scope).toBe("organizer");
  const log = await graphLog(page);
  const finds = log.filter((r) => r.method === "GET" && r.path === "/me/onlineMeetings");
  expect(finds.length).toBeGreaterThan(0);
  const event = (await graphState(page)).events[0]!;
  expect(event.isOnlineMeeting).toBe(true);
  const patches = log.filter((r) => r.method === "PATCH" && r.path.startsWith("/me/onlineMeetings/"));
  expect(patches.map((r) => r.body)).toEqual([{ lobbyBypassSettings: { scope: "organizer" } }]);
});

test("someone Graph says isn't the organizer gets the sentence in their language, no controls, no PATCH", async ({
  page,
}) => {
  await openWorkbench(page, "already-ours");
  // The same item, opened in German; its meeting organized by Adele, the user only invited.
  const scenario = (await page.evaluate(
    async () => (await fetch("/scenarios/already-ours.json")).json() as Promise<unknown>,
  )) as {
    mailbox: { displayLanguage: string };
  };
  scenario.mailbox.displayLanguage = "de-DE";
  await page.evaluate(
    (s) =>
      (
        window as unknown as { omoWorkbench: { loadScenario(s: unknown): Promise<void> } }
      ).omoWorkbench.loadScenario(s),
    scenario,
  );
  await emulatorControl(page, "/meetings", {
    id: "MSpALREADYOURS",
    organizer: { id: "adele-1", upn: "adele.vance@contoso.com", displayName: "Adele Vance" },
  });
  const p = pane(page);
  await paneReady(p);
  await p.getByTestId("options-toggle").click();
  await expect(p.getByTestId("options-message")).toHaveText(deDE["options.notOrganizer"]);
  await expect(p.getByTestId("options-lobby")).toBeHidden();
  await expect(p.getByTestId("options-defaults")).toBeHidden();
  const log = await graphLog(page);
  expect(log.some((r) => r.method === "GET" && r.path === "/me/onlineMeetings/MSpALREADYOURS")).toBe(true);
  expect(log.some((r) => r.method === "PATCH")).toBe(false);
});

test("a PATCH Graph refuses keeps the previous values, shown with the alert", async ({ page }) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  await p.getByTestId("options-toggle").click();
  const lobby = p.getByTestId("options-lobby");
  await expect(lobby).toHaveValue("organization");

  await emulatorControl(page, "/faults", {
    faults: [{ method: "PATCH", path: "/me/onlineMeetings/*", status: 500, count: 99 }],
  });
  await lobby.selectOption("everyone");
  const message = p.getByTestId("options-message");
  await expect(message).toHaveText(enUS["options.failed"], { timeout: 30_000 });
  await expect(message).toHaveAttribute("role", "alert");
  await expect(lobby).toHaveValue("organization");
  const meetings = (await graphState(page)).meetings as unknown as HeldOptions;
  expect(meetings[0]!.options.lobbyBypassSettings.scope).toBe("organization");
  const patches = (await graphLog(page)).filter((r) => r.method === "PATCH");
  expect(patches.length).toBeGreaterThan(0);
  expect(patches.every((r) => r.status === 500)).toBe(true);
});
