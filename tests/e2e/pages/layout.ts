import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

export const locales = ["ja", "zh", "en"] as const;

/** How far the page is wider than the window, in CSS pixels (0 when it fits). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The elements sticking out past the right edge, to name the culprit when the check fails. */
export async function widestElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const rect = el.getBoundingClientRect();
      if (rect.right > width + 1 && !el.closest("[role=region][tabindex]")) {
        const parentOverflows = el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1;
        if (!parentOverflows) out.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 80)} → ${Math.round(rect.right)}px`);
      }
    }
    return out.slice(0, 5);
  });
}

/** Serious and critical axe violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

/** Opens a page and waits for it to settle, failing on an error status. */
export async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
}

/** Saves a full-page screenshot under the test's output folder (test-results, gitignored). */
export async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}
