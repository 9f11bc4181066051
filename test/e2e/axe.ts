import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core (WCAG 2.2 A/AA rules) on the page and returns one line per violation and element. */
export async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  // Colours are judged as the player reads them: after entrance animations (a fade-in) have finished.
  // Looping animations (typing dots) never finish and are left out.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const result = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Only violations are gathered node by node: passes and inapplicable rules are not collected (faster on big pages).
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, TAGS);
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** A look as Settings sets it on the root element. */
export type Look = readonly ['light' | 'dark', 'normal' | 'high'];

/** The light, dark and high-contrast looks. */
export const THREE_LOOKS: readonly Look[] = [
  ['light', 'normal'],
  ['dark', 'normal'],
  ['light', 'high'],
];

/** axe in each look (set on the root element as Settings does), then back to light; violations named by look. */
export async function violationsInEveryLook(page: Page, looks: readonly Look[] = THREE_LOOKS): Promise<string[]> {
  const found: string[] = [];
  for (const [theme, contrast] of looks) {
    await page.evaluate(([t, c]) => Object.assign(document.documentElement.dataset, { theme: t, contrast: c }), [
      theme,
      contrast,
    ] as const);
    found.push(...(await violations(page)).map((v) => `${theme}/${contrast}: ${v}`));
  }
  await page.evaluate(() => Object.assign(document.documentElement.dataset, { theme: 'light', contrast: 'normal' }));
  return found;
}
