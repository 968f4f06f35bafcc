// Every language, both directions: Arabic and Hebrew get a mirrored pane with zero axe violations, and
// the pseudo-locale (accented, 40 % longer, bracketed) runs through every pane state, so a hard-coded
// string, a truncated one or text that overflows the pane fails here.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { openWorkbench, paneReady } from "./workbench";

const SHOTS = process.env.OMO_SCREENSHOTS ?? "test-results/screenshots";

async function axe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include('[data-testid="taskpane-frame"]')
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  expect(results.passes.some((r) => r.nodes.some((n) => n.target.length > 1))).toBe(true);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="taskpane-frame"]').screenshot({ path: `${SHOTS}/${name}.png` });
}

const open = (page: Page, scenario: string, language: string) =>
  openWorkbench(page, scenario, `&displayLanguage=${language}`);

for (const [language, title] of [
  ["ar-SA", "اجتماع عبر الإنترنت"],
  ["he-IL", "פגישה מקוונת"],
] as const) {
  test(`${language}: the pane is mirrored right to left, with no violations`, async ({ page }) => {
    const p = await open(page, "no-provider-standalone", language);
    await paneReady(p);
    const html = p.locator("html");
    await expect(html).toHaveAttribute("dir", "rtl");
    await expect(html).toHaveAttribute("lang", language);
    await expect(p.locator("h1")).toHaveText(title);
    // The switch sits at the row's (left-hand) end, its knob starts on the right and moves left.
    const row = await p.locator(".switch-row").boundingBox();
    const knob = await p.getByTestId("switch").boundingBox();
    expect(knob!.x - row!.x).toBeLessThan(row!.width / 2);
    const knobSide = () =>
      p.getByTestId("switch").evaluate((el) => {
        // The knob slides (a CSS transition): read where it ends, not where it is mid-way.
        for (const a of el.getAnimations({ subtree: true })) a.finish();
        const after = getComputedStyle(el, "::after");
        return { right: after.right, left: after.left };
      });
    expect((await knobSide()).right).toBe("3px");
    await axe(page);
    await shot(page, `pane-none-${language}`);
    await p.getByTestId("switch").click();
    await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
    expect((await knobSide()).right).toBe("23px");
    await axe(page);
    await shot(page, `pane-ours-${language}`);
  });
}

/**
 * Problems a pseudo-localized pane shows: text not from a catalog (no brackets), text cut at its end
 * (the closing bracket missing or hidden), and anything wider than the pane.
 */
function pseudoProblems(p: FrameLocator): Promise<string[]> {
  return p.locator("body").evaluate((body) => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      problems.push(`the pane scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? "";
      const el = node.parentElement;
      if (!text || !el || !el.checkVisibility()) continue;
      // Language names come from Intl.DisplayNames, not from a catalog.
      if (el.closest("option, select, style, script")) continue;
      if (!/^\[[\s\S]*\]$/.test(text)) problems.push(`not from the catalog: "${text}"`);
    }
    for (const el of body.querySelectorAll<HTMLElement>("*")) {
      // Screen-reader-only text is clipped on purpose.
      if (!el.checkVisibility() || el.closest("select, .visually-hidden")) continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && (rect.left < -1 || rect.right > width + 1))
        problems.push(`<${el.tagName.toLowerCase()} ${el.className}> overflows the pane`);
      if (style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1)
        problems.push(`<${el.tagName.toLowerCase()} ${el.className}> cuts its text off`);
    }
    return problems;
  });
}

test.describe("the pseudo-locale through every pane state", () => {
  const check = async (p: FrameLocator) => expect(await pseudoProblems(p)).toEqual([]);

  test("no meeting, settings open, then ours with the join link", async ({ page }) => {
    const p = await open(page, "no-provider-standalone", "qps-ploc");
    await paneReady(p);
    await expect(p.locator("html")).toHaveAttribute("dir", "ltr");
    await check(p);
    await p.getByTestId("settings-toggle").click();
    await check(p);
    await p.getByTestId("switch").click();
    await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
    await check(p);
    await shot(page, "pane-ours-qps-ploc");
  });

  test("the calendar route's choice and its confirmation", async ({ page }) => {
    const p = await open(page, "teams-calendar-new", "qps-ploc");
    await paneReady(p);
    await check(p);
    await p.getByTestId("switch").click();
    await expect(p.getByTestId("confirm")).toBeVisible();
    await check(p);
  });

  test("another service's join link", async ({ page }) => {
    const p = await open(page, "foreign-zoom", "qps-ploc");
    await paneReady(p);
    await expect(p.getByTestId("foreign")).toBeVisible();
    await check(p);
  });

  test("an error", async ({ page }) => {
    const p = await open(page, "personal-account", "qps-ploc");
    await paneReady(p);
    await p.locator("input[value=standalone]").check();
    await p.getByTestId("switch").click();
    await expect(p.getByTestId("error")).toBeVisible();
    await check(p);
  });

  test("an online event that can't be turned off", async ({ page }) => {
    const p = await open(page, "already-ours", "qps-ploc");
    await paneReady(p);
    await check(p);
  });
});

test("de-DE, a long language: the pane in German for the README", async ({ page }) => {
  const p = await open(page, "teams-calendar-new", "de-DE");
  await paneReady(p);
  await expect(p.locator("h1")).toHaveText("Onlinebesprechung");
  expect(await pseudoProblems(p).then((all) => all.filter((x) => !x.startsWith("not from")))).toEqual([]);
  await axe(page);
  await shot(page, "pane-calendar-choice-de-DE");
});
