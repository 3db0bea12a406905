// axe-core in the page: WCAG 2.0/2.1 A and AA rules, the violations as one readable line each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** "color-contrast: Elements must meet minimum color contrast ratio thresholds @ .badge (2.7:1)" */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the host's strict CSP (no inline scripts) does not apply.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Node = { target: string[]; any: { message: string }[] };
    type Result = { violations: { id: string; help: string; nodes: Node[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.any.map((a) => a.message).join('; ') || v.help}`),
    );
  }, TAGS);
}

/** The heading levels of the page in document order, e.g. [1, 2, 3, 3]. */
export async function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')]
      .filter((h) => h.offsetParent !== null || h.getClientRects().length > 0)
      .map((h) => Number(h.getAttribute('aria-level') ?? h.tagName.slice(1))),
  );
}

/** Heading levels that jump more than one down (an h2 followed by an h4), as "h2 → h4". */
export function headingJumps(levels: number[]): string[] {
  const jumps: string[] = [];
  levels.forEach((level, i) => {
    const before = i === 0 ? 0 : levels[i - 1]!;
    if (level > before + 1) jumps.push(`h${before} → h${level}`);
  });
  return jumps;
}
