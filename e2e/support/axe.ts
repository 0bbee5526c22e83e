import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** Schools follow the RGAA, built on WCAG 2.1 AA: axe's automatic checks of those rules must pass. */
export async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}) : ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}
