// Every pane state has zero axe-core violations, in light and dark, in English and Japanese; the pane
// works by keyboard alone; and the screenshots of the main states are saved (README uses them).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { appointment, clientView, openWorkbench, ourBlocks, paneReady } from "./workbench";

const SHOTS = process.env.OMO_SCREENSHOTS ?? "test-results/screenshots";

async function axe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include('[data-testid="taskpane-frame"]')
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  // The rules really ran inside the pane's frame (targets there are [frame, element]).
  expect(results.passes.some((r) => r.nodes.some((n) => n.target.length > 1))).toBe(true);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="taskpane-frame"]').screenshot({ path: `${SHOTS}/${name}.png` });
}

async function toggleOn(p: FrameLocator): Promise<void> {
  await p.getByTestId("switch").click();
}

for (const lang of ["en-US", "ja-JP"] as const) {
  const scenario = lang === "en-US" ? "no-provider-standalone" : "ja-JP";

  test(`${lang}: no meeting, then ours — no violations`, async ({ page }) => {
    const p = await openWorkbench(page, scenario);
    await paneReady(p);
    await axe(page);
    await shot(page, `pane-none-${lang}`);
    await toggleOn(p);
    await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
    await axe(page);
    await shot(page, `pane-ours-${lang}`);
    if (lang === "en-US")
      await page.screenshot({ path: `${SHOTS}/workbench-standalone-en-US.png`, fullPage: true });
  });
}

test("confirmation before the calendar route — no violations, focus on the dialog", async ({ page }) => {
  const p = await openWorkbench(page, "teams-calendar-new");
  await paneReady(p);
  await axe(page);
  await shot(page, "pane-calendar-choice-en-US");
  await toggleOn(p);
  await expect(p.getByTestId("confirm")).toBeVisible();
  await expect(p.getByTestId("confirm-continue")).toBeFocused();
  await axe(page);
  await shot(page, "pane-confirm-en-US");
});

test("Escape cancels the confirmation, saves nothing, and leaves focus on the switch in the pane", async ({
  page,
}) => {
  const p = await openWorkbench(page, "teams-calendar-new");
  await paneReady(p);
  await toggleOn(p);
  await expect(p.getByTestId("confirm-continue")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(p.getByTestId("confirm")).toBeHidden();
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "false");
  // Under Microsoft's runtime an Escape that reaches the window is Outlook's "leave the add-in" key:
  // the dialog must keep the one it used, so focus stays where the user is.
  await expect(p.getByTestId("switch")).toBeFocused();
  expect(await p.getByTestId("switch").evaluate(() => document.hasFocus())).toBe(true);
  expect((await appointment(page)).isNew).toBe(true);
});

test("the route choice is one Tab stop: Tab from it goes on past the group, arrows move within it", async ({
  page,
}) => {
  const p = await openWorkbench(page, "teams-calendar-new");
  await paneReady(p);
  const radios = p.locator("input[name=omo-route]");
  await expect(radios).toHaveCount(3);
  await radios.first().focus();
  await expect(radios.first()).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await expect(radios.nth(1)).toBeChecked();
  await expect(radios.nth(1)).toBeFocused();
  await page.keyboard.press("Tab");
  // Past the group to the next control of the pane (Settings), under either runtime.
  const focused = () =>
    radios.first().evaluate(() => ({
      inPane: document.hasFocus(),
      testId: document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName,
    }));
  expect(await focused()).toEqual({ inPane: true, testId: "settings-toggle" });
  await page.keyboard.press("Shift+Tab");
  await expect(radios.nth(1)).toBeFocused();
});

test("a foreign join link — no violations", async ({ page }) => {
  const p = await openWorkbench(page, "foreign-zoom");
  await paneReady(p);
  await expect(p.getByTestId("foreign")).toBeVisible();
  await axe(page);
  await shot(page, "pane-foreign-en-US");
});

test("an error — no violations, announced as an alert", async ({ page }) => {
  const p = await openWorkbench(page, "personal-account");
  await paneReady(p);
  await p.locator("input[value=standalone]").check();
  await toggleOn(p);
  await expect(p.getByTestId("error")).toBeVisible();
  await expect(p.getByTestId("error")).toHaveAttribute("role", "alert");
  await axe(page);
  await shot(page, "pane-error-en-US");
});

test("dark theme — no violations (contrast included)", async ({ page }) => {
  // Outlook on the web gives add-ins no officeTheme: the pane follows the system's dark mode.
  await page.emulateMedia({ colorScheme: "dark" });
  const p = await openWorkbench(page, "dark-theme");
  await paneReady(p);
  await expect(p.locator("html")).toHaveAttribute("data-theme", "dark");
  await axe(page);
  await toggleOn(p);
  await expect(p.getByTestId("confirm")).toBeVisible();
  await axe(page);
  await shot(page, "pane-confirm-dark");
});

test("zh-CN and ru-RU panes — no violations", async ({ page }) => {
  for (const scenario of ["zh-CN", "ru-RU"]) {
    const p = await openWorkbench(page, scenario);
    await paneReady(p);
    await axe(page);
    await shot(page, `pane-none-${scenario}`);
  }
});

test("keyboard alone: add a standalone meeting and remove it again", async ({ page }) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  const before = await appointment(page);
  // Start on Outlook's own ribbon button that opened the pane and Tab into the pane, as a keyboard
  // user does. (Under Microsoft's runtime, Tab inside the pane is the runtime's own focus handling.)
  await page.getByTestId("open-pane").focus();
  const switchFocused = () =>
    p.getByTestId("switch").evaluate((el) => el === document.activeElement && document.hasFocus());
  for (let i = 0; i < 40 && !(await switchFocused()); i++) await page.keyboard.press("Tab");
  await expect(p.getByTestId("switch")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "true");
  expect(ourBlocks((await appointment(page)).body)).toBe(1);
  await expect(p.getByTestId("switch")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "false");
  expect((await appointment(page)).body).toBe(await clientView(page, before.body));
});
