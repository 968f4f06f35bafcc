// Outlook itself failing, one operation at a time, while the pane adds or removes a meeting — on
// both Office.js runtimes. Whatever fails: the user's text survives byte for byte outside our block,
// there is never a second block or a second meeting, the pane says so in words and offers Try again,
// and Try again finishes the job once Outlook works again. (Graph's faults: test/reliability.)
import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { removeBlock } from "../../src/core/body-block";
import {
  appointment,
  clientView,
  graphState,
  openWorkbench,
  ourBlocks,
  paneReady,
  failOnConsoleErrors,
} from "./workbench";

type Operation =
  | "getBody"
  | "setBody"
  | "getLocation"
  | "setLocation"
  | "loadCustomProperties"
  | "saveCustomProperties"
  | "save"
  | "getItemId";

interface Case {
  action: "add" | "remove";
  route: "standalone" | "calendar";
  operation: Operation;
  /** Where Outlook's failure costs the action nothing the user needs (the location is a convenience). */
  harmless?: true;
}

const HOST_ERROR = "Outlook couldn't complete the action. Try again.";

const cases: Case[] = [
  ...(["getBody", "setBody", "getLocation", "loadCustomProperties", "saveCustomProperties"] as const).map(
    (operation): Case => ({ action: "add", route: "standalone", operation }),
  ),
  { action: "add", route: "standalone", operation: "setLocation", harmless: true },
  ...(["save", "getItemId", "setBody", "saveCustomProperties"] as const).map((operation): Case => ({
    action: "add",
    route: "calendar",
    operation,
  })),
  ...(["getBody", "setBody", "setLocation", "saveCustomProperties"] as const).map((operation): Case => ({
    action: "remove",
    route: "standalone",
    operation,
  })),
];

function setFaults(page: Page, faults: Partial<Record<Operation, number>>): Promise<void> {
  return page.evaluate(
    (f) =>
      (
        window as unknown as { omoWorkbench: { setOutlookFaults(f: object): void } }
      ).omoWorkbench.setOutlookFaults(f),
    faults,
  );
}

/** Switch on (or off), or Try again; on the calendar route, confirm if the pane asks. */
async function act(p: FrameLocator, route: Case["route"], button: "switch" | "retry"): Promise<void> {
  await p.getByTestId(button).click();
  if (route !== "calendar") return;
  // The confirmation comes unless Outlook failed before it (reading the item's id), or the user
  // already confirmed for this appointment.
  const confirm = p.getByTestId("confirm-continue");
  const settled = [confirm, p.getByTestId("error"), p.locator('[data-testid=live][data-done="true"]')];
  await expect(settled[0]!.or(settled[1]!).or(settled[2]!).filter({ visible: true }).first()).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
}

failOnConsoleErrors();

for (const c of cases) {
  test(`${c.action}, ${c.route} route: Outlook fails ${c.operation}`, async ({ page }) => {
    const p = await openWorkbench(
      page,
      c.route === "calendar" ? "teams-calendar-new" : "no-provider-standalone",
    );
    await paneReady(p);
    const original = (await appointment(page)).body;
    if (c.action === "remove") {
      await act(p, c.route, "switch");
      await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "true");
    }
    const before = await appointment(page);

    await setFaults(page, { [c.operation]: 9020 });
    await act(p, c.route, "switch");
    if (c.harmless) {
      await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
      await expect(p.getByTestId("error")).toBeHidden();
    } else {
      await expect(p.getByTestId("error")).toContainText(HOST_ERROR);
      await expect(p.getByTestId("retry")).toBeVisible();
    }
    const during = await appointment(page);
    // The organizer's body, as the Outlook client writes it (Outlook on the web by default).
    const view = await clientView(page, original);
    expect(await clientView(page, removeBlock(during.body, "html"))).toBe(view);
    expect(ourBlocks(during.body)).toBeLessThanOrEqual(1);
    expect((await graphState(page)).meetings.length).toBeLessThanOrEqual(1);

    await setFaults(page, {});
    if (!c.harmless) {
      await act(p, c.route, "retry");
      await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
      await expect(p.getByTestId("error")).toBeHidden();
    }
    const after = await appointment(page);
    const state = await graphState(page);
    expect(await clientView(page, removeBlock(after.body, "html"))).toBe(view);
    if (c.action === "add") {
      expect(ourBlocks(after.body)).toBe(1);
      if (c.route === "standalone") expect(state.meetings).toHaveLength(1);
      else expect(state.events.filter((e) => e.isOnlineMeeting)).toHaveLength(1);
    } else {
      expect(after.body).toBe(view);
      expect(after.location).toBe("");
      expect(state.meetings).toHaveLength(0);
      expect(before.location).not.toBe("");
    }
  });
}
