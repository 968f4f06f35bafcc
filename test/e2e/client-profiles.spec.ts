// The core flows under every Outlook client the workbench emulates (workbench/outlook-clients/):
// both routes, removal and reopening, with each client's body rewrites on what the pane writes
// (Outlook on the web's wrappers and stripped classes, classic Outlook's Word document, the Mac's
// late read-back, mobile's x_ ids, and no rewrite at all). On both Office.js runtimes.
import { expect, test, type Page } from "@playwright/test";
import {
  appointment,
  clientView,
  failOnConsoleErrors,
  graphLog,
  graphState,
  openWorkbench,
  ourBlocks,
  paneReady,
  runCommand,
} from "./workbench";

const CLIENTS = ["web", "classic", "mac", "mobile", "verbatim"] as const;

failOnConsoleErrors();

const reopenPane = (page: Page) =>
  page.evaluate(() => (window as unknown as { omoWorkbench: { openPane(): void } }).omoWorkbench.openPane());

for (const client of CLIENTS) {
  test.describe(`Outlook client "${client}"`, () => {
    test("standalone route: added, reopened, removed; the organizer's body comes back as the client writes it", async ({
      page,
    }) => {
      let p = await openWorkbench(page, "real-word-body", `&outlookClient=${client}`);
      await paneReady(p);
      expect(
        await page.evaluate(() =>
          (window as unknown as { omoWorkbench: { outlookClient(): string } }).omoWorkbench.outlookClient(),
        ),
      ).toBe(client);
      const before = await appointment(page);
      await p.locator("input[value=standalone]").check();
      await p.getByTestId("switch").click();
      await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
      await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "true");
      await expect(p.getByTestId("error")).toBeHidden();
      const added = await appointment(page);
      expect(ourBlocks(added.body)).toBe(1);
      const [meeting] = (await graphState(page)).meetings;
      expect(added.body.replace(/&amp;/g, "&")).toContain(meeting!.join.joinUrl);

      // Reopening the pane finds the meeting again in the rewritten body and writes nothing.
      const writes = (await graphLog(page)).length;
      await reopenPane(page);
      p = page.frameLocator('[data-testid="taskpane-frame"]');
      await paneReady(p);
      await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "true");
      expect((await runCommand(page)).completedCalls).toBe(1);
      expect(ourBlocks((await appointment(page)).body)).toBe(1);
      expect((await graphLog(page)).slice(writes).filter((r) => r.method !== "GET")).toEqual([]);

      await p.getByTestId("switch").click();
      await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "false");
      const removed = await appointment(page);
      expect(removed.body).toBe(await clientView(page, before.body));
      expect(removed.location).toBe(before.location);
      expect((await graphState(page)).meetings).toHaveLength(0);
    });

    test("calendar route: the event becomes online and its join block is in the form once", async ({
      page,
    }) => {
      const p = await openWorkbench(page, "teams-calendar-new", `&outlookClient=${client}`);
      await paneReady(p);
      await p.getByTestId("switch").click();
      await p.getByTestId("confirm-continue").click();
      await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
      await expect(p.getByTestId("error")).toBeHidden();
      const after = await appointment(page);
      expect(ourBlocks(after.body)).toBe(1);
      const events = (await graphState(page)).events.filter((e) => e.isOnlineMeeting);
      expect(events).toHaveLength(1);
      await expect(p.getByTestId("switch")).toBeDisabled();
    });
  });
}

// A client that damages the organizer's content (injected: no real client is known to) must never
// get away with it: the add-in reads the body back, restores it and says so; Try again then works.
for (const damage of ["links", "bold"] as const) {
  test(`a client that drops the organizer's ${damage}: the body is restored, the pane says so, Try again works`, async ({
    page,
  }) => {
    const p = await openWorkbench(page, "no-provider-standalone");
    await paneReady(p);
    const organizer =
      '<html><body><div>Agenda: <b>budget</b> and <a href="https://contoso.sharepoint.com/plan">the plan</a></div></body></html>';
    await page.evaluate(
      ([body, kind]) => {
        const wb = (
          window as unknown as {
            omoWorkbench: {
              setAppointment(a: { body: string }): void;
              setBodyDamage(k: string | null): void;
            };
          }
        ).omoWorkbench;
        wb.setAppointment({ body });
        wb.setBodyDamage(kind);
      },
      [organizer, damage] as const,
    );
    await p.getByTestId("switch").click();
    await expect(p.getByTestId("error")).toContainText("Your text is unchanged");
    const restored = await appointment(page);
    expect(restored.body).toBe(await clientView(page, organizer));
    expect(ourBlocks(restored.body)).toBe(0);

    await page.evaluate(() =>
      (window as unknown as { omoWorkbench: { setBodyDamage(k: null): void } }).omoWorkbench.setBodyDamage(
        null,
      ),
    );
    await p.getByTestId("retry").click();
    await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
    const added = await appointment(page);
    expect(ourBlocks(added.body)).toBe(1);
    expect(added.body).toContain('<a href="https://contoso.sharepoint.com/plan">the plan</a>');
    expect(added.body).toContain("<b>budget</b>");
    expect((await graphState(page)).meetings).toHaveLength(1);
  });
}
