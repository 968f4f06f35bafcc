// Drives the workbench the way a user (or a script) would: through its page and its documented
// automation API (workbench/README.md). Assertions look at what the user and Graph see.
import { expect, test, type FrameLocator, type Page } from "@playwright/test";

export interface AppointmentView {
  subject: string;
  location: string;
  body: string;
  bodyType: "html" | "text";
  itemId: string | null;
  isNew: boolean;
  customProperties: Record<string, unknown>;
}

export interface LoggedRequest {
  method: string;
  path: string;
  /** The query string as sent (percent-encoded), without the `?`. */
  query: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * Which Office.js the pages run on, from the Playwright project (playwright.config.ts): the
 * workbench's stand-in or Microsoft's runtime from @microsoft/office-js.
 */
export function officeRuntime(): "stand-in" | "microsoft" {
  return test.info().project.metadata.officeRuntime === "microsoft" ? "microsoft" : "stand-in";
}

export async function openWorkbench(page: Page, scenario: string, extra = ""): Promise<FrameLocator> {
  await page.goto(`/workbench.html?scenario=${scenario}&officeRuntime=${officeRuntime()}${extra}`);
  await page.waitForFunction(() => Boolean((window as unknown as { omoWorkbench?: unknown }).omoWorkbench));
  await page.evaluate(
    () => (window as unknown as { omoWorkbench: { ready: Promise<void> } }).omoWorkbench.ready,
  );
  return pane(page);
}

export function pane(page: Page): FrameLocator {
  return page.frameLocator('[data-testid="taskpane-frame"]');
}

export async function paneReady(p: FrameLocator): Promise<void> {
  await expect(p.locator("#app")).toHaveAttribute("data-ready", "true");
}

export function appointment(page: Page): Promise<AppointmentView> {
  return page.evaluate(() =>
    (
      window as unknown as { omoWorkbench: { getAppointment(): AppointmentView } }
    ).omoWorkbench.getAppointment(),
  );
}

export function graphLog(page: Page): Promise<LoggedRequest[]> {
  return page.evaluate(() =>
    (window as unknown as { omoWorkbench: { graphLog(): Promise<LoggedRequest[]> } }).omoWorkbench.graphLog(),
  );
}

export function runCommand(page: Page, id = "addOnlineMeeting"): Promise<{ completedCalls: number }> {
  return page.evaluate(
    (commandId) =>
      (
        window as unknown as { omoWorkbench: { runCommand(id: string): Promise<{ completedCalls: number }> } }
      ).omoWorkbench.runCommand(commandId),
    id,
  );
}

/** Count our blocks in an HTML body, as each Outlook client writes the id (quoted or not, x_ prefixed). */
export function ourBlocks(body: string): number {
  return (body.match(/\bid\s*=\s*["']?(?:x_)*omo-join-block\b/g) ?? []).length;
}

/**
 * What the workbench's current Outlook client (outlook-clients/, `?outlookClient=`; default: Outlook
 * on the web) makes of a body set with setAsync: a body the add-in wrote back unchanged reads so.
 */
export function clientView(page: Page, body: string): Promise<string> {
  return page.evaluate(
    (b) =>
      (window as unknown as { omoWorkbench: { clientView(b: string): string } }).omoWorkbench.clientView(b),
    body,
  );
}

export interface GraphState {
  meetings: { id: string; externalId?: string; join: { joinUrl: string } }[];
  events: { id: string; isOnlineMeeting: boolean; bodyHtml: string }[];
}

export function graphState(page: Page): Promise<GraphState> {
  return page.evaluate(() =>
    (window as unknown as { omoWorkbench: { graphState(): Promise<GraphState> } }).omoWorkbench.graphState(),
  );
}

/**
 * Every test in the calling file fails if the pages log an error (every frame): script errors, CSP
 * violations, Office.js complaints. A failed HTTP response is the browser reporting a fault a
 * scenario injected on purpose, so it is left out.
 */
export function failOnConsoleErrors(): void {
  let errors: string[] = [];
  test.beforeEach(({ page }) => {
    errors = [];
    page.on("console", (m) => {
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });
}
