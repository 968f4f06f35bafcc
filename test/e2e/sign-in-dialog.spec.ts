// The Office dialog sign-in fallback (no nested app authentication), end to end: the pane's real
// MsalTokenProvider and the real dialog page (src/surfaces/dialog) with MSAL, signing in against the
// Graph emulator's sign-in stand-in (emulator/graph/README.md, S1–S7) in the workbench's Office dialog
// (workbench/README.md, "The Office dialog"). `?signIn=dialog` turns it on (docs/sign-in.md).
import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, graphLog, openWorkbench, paneReady } from "./workbench";

failOnConsoleErrors();
// Runs on both runtimes: the stand-in's dialog (workbench/office-host/dialog.ts) and Microsoft's,
// which opens the dialog's window itself from the pane (workbench/README.md, "The Office dialog").

/** Every window the Office dialog opens, counted from the test's start. */
function dialogs(page: Page): Page[] {
  const opened: Page[] = [];
  page.context().on("page", (p) => {
    if (p !== page) opened.push(p);
  });
  return opened;
}

const graphCalls = async (page: Page) => (await graphLog(page)).filter((r) => !r.path.includes("__emulator"));

test("dialog sign-in: opening the pane opens no dialog; one click signs in for both routes in exactly one dialog", async ({
  page,
}) => {
  const opened = dialogs(page);
  const p = await openWorkbench(page, "no-provider-standalone", "&signIn=dialog");
  await paneReady(p);
  const signIn = p.getByRole("button", { name: "Sign in" });
  await expect(signIn).toBeVisible();
  expect(opened).toHaveLength(0);
  expect(await graphCalls(page)).toEqual([]);

  await signIn.click();
  // The dialog signs in (authorize → code → token with the PKCE verifier) and closes itself.
  await expect.poll(() => opened.length).toBe(1);
  await expect(signIn).toBeHidden();
  await expect(p.getByTestId("switch")).toBeEnabled();
  await expect.poll(() => opened[0]!.isClosed()).toBe(true);
  // The calendar route's scope: the calendar was read with the dialog's token.
  const reads = await graphCalls(page);
  expect(reads.length).toBeGreaterThan(0);
  expect(reads.every((r) => r.status < 400)).toBe(true);

  // The standalone route's scope (OnlineMeetings.ReadWrite), with no second dialog.
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  await expect(p.getByTestId("join-link")).toBeVisible();
  const creates = (await graphCalls(page)).filter((r) => r.path.endsWith("/onlineMeetings/createOrGet"));
  expect(creates.map((r) => r.status)).toEqual([201]);
  expect(opened).toHaveLength(1);
});

test("dialog sign-in: reopening the pane after signing in needs no dialog and no Sign in", async ({
  page,
}) => {
  const opened = dialogs(page);
  const p = await openWorkbench(page, "no-provider-standalone", "&signIn=dialog");
  await paneReady(p);
  await p.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => opened.length).toBe(1);
  await expect.poll(() => opened[0]!.isClosed()).toBe(true);
  await expect(p.getByRole("button", { name: "Sign in" })).toHaveCount(0);

  // Outlook's ribbon button loads the pane again (a new page in the frame; the workbench and Graph
  // stay as they are). The dialog's token is in this tab's sessionStorage: no dialog, no Sign in.
  const before = (await graphCalls(page)).length;
  await page.getByTestId("open-pane").click();
  await expect(p.locator("#app")).not.toHaveAttribute("data-ready", "true");
  await paneReady(p);
  await expect(p.getByTestId("switch")).toBeEnabled();
  await expect(p.getByRole("button", { name: "Sign in" })).toHaveCount(0);
  const again = (await graphCalls(page)).slice(before);
  expect(again.length).toBeGreaterThan(0);
  expect(again.every((r) => r.status < 400)).toBe(true);
  expect(opened).toHaveLength(1);
});

test("dialog sign-in: closing the dialog shows Sign in again, not an error", async ({ page }) => {
  const opened = dialogs(page);
  const p = await openWorkbench(page, "no-provider-standalone", "&signIn=dialog");
  await paneReady(p);
  const popup = page.context().waitForEvent("page");
  // Hold the sign-in page so the user can close the dialog before it answers.
  await page.context().route("**/signin/oauth2/v2.0/authorize**", () => undefined);
  await p.getByRole("button", { name: "Sign in" }).click();
  const dialog = await popup;
  await dialog.close();
  await expect(p.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(p.getByText("Something went wrong")).toHaveCount(0);
  expect(opened).toHaveLength(1);
});

test("the workbench's Office dialog refuses as Office does: 12005 http, 12004 another origin, 12003 no https URL, 12007 a second dialog", async ({
  page,
}) => {
  await paneReady(await openWorkbench(page, "no-provider-standalone"));
  const frame = page.frames().find((f) => f.url().includes("/taskpane.html"))!;
  const codes = await frame.evaluate(async () => {
    // As the product opens its dialog: from a click, so with no Allow/Ignore prompt first (Microsoft's
    // runtime shows one by default, workbench/README.md).
    const open = (url: string) =>
      new Promise<number>((resolve) =>
        Office.context.ui.displayDialogAsync(url, { promptBeforeOpen: false }, (r) =>
          resolve(r.error ? r.error.code : 0),
        ),
      );
    const here = location.origin;
    return [
      await open(here.replace("https:", "http:") + "/dialog.html"),
      await open("https://login.example.com/dialog.html"),
      await open("dialog.html"),
      await open(`${here}/assets/support.html`),
      await open(`${here}/assets/support.html`),
    ];
  });
  expect(codes).toEqual([12005, 12004, 12003, 0, 12007]);
});

test("Office on the web asks before it opens a dialog unless promptBeforeOpen is false: Ignore answers 12009, Allow opens it", async ({
  page,
}) => {
  const opened = dialogs(page);
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  const frame = page.frames().find((f) => f.url().includes("/taskpane.html"))!;
  type Answer = { omoDialogAnswer?: number };
  const ask = () =>
    frame.evaluate(() => {
      delete (window as Answer).omoDialogAnswer;
      Office.context.ui.displayDialogAsync(`${location.origin}/assets/support.html`, {}, (r) => {
        (window as Answer).omoDialogAnswer = r.error ? r.error.code : 0;
      });
    });
  const answer = () => frame.evaluate(() => (window as Answer).omoDialogAnswer);

  await ask();
  await expect(p.getByText("Online Meeting for Outlook wants to display a new window.")).toBeVisible();
  await p.getByRole("button", { name: "Ignore" }).click();
  await expect.poll(answer).toBe(12009);
  // The pane is back as it was, and nothing opened.
  await expect(p.getByTestId("switch")).toBeVisible();
  expect(opened).toHaveLength(0);

  await ask();
  await p.getByRole("button", { name: "Allow" }).click();
  await expect.poll(answer).toBe(0);
  await expect.poll(() => opened.length).toBe(1);
  await expect(p.getByTestId("switch")).toBeVisible();
});
