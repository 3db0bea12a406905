// Issue 16, point 4: the first screen shows stand-ins for its menus and pickers, replaced by the
// real ones once it is painted (renderer/src/common/afterFirstPaint.tsx). What a user does to a
// stand-in in that moment is not lost: a clicked menu button opens its menu, a focused picker keeps
// the focus. The page's own script acts in the same task as the first rows' render. On a busy
// machine the first rows can come after the first paint, when the real components would already be
// there; so the real ones' chunk is held back until the script has acted, and it always meets the
// stand-ins.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { photographFailure, startApp, type RunningApp } from './support/app';
import { removeDir, sampleRegister, tempDir } from './support/registers';

let dir: string;
let app: RunningApp;
let page: Page | undefined;

beforeAll(async () => {
  dir = tempDir();
  app = await startApp(sampleRegister(dir));
});
beforeEach(() => photographFailure(() => page ?? app?.page));
afterAll(async () => {
  await app?.close();
  removeDir(dir);
});

interface Acted {
  /** Whether the element acted on was a stand-in (no popup of its own yet). */
  standIn?: boolean;
}

/**
 * Opens the Activities table in a new tab whose script, once the first row is in the page, does
 * `act` to the element `selector` finds; the menus' and pickers' chunk arrives only after that. No
 * named functions in the page scripts: tsx would wrap them in a helper the page does not have.
 */
async function actOnFirstRows(selector: string, act: 'click' | 'focus'): Promise<Page> {
  const tab = await app.context.newPage();
  let acted: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (acted = resolve));
  await tab.exposeFunction('actedOnFirstRows', () => acted());
  await tab.route(/\/assets\/overlays-[^/]+\.js$/, async (route) => {
    await done;
    await route.continue();
  });
  await tab.addInitScript(
    ([target, how]) => {
      const watch = new MutationObserver(() => {
        if (!document.querySelector('[role="grid"] [role="row"][data-activity-id]')) return;
        watch.disconnect();
        const el = document.querySelector<HTMLElement>(target);
        (window as unknown as Acted).standIn = !!el && !el.hasAttribute('aria-haspopup');
        if (how === 'click') el?.click();
        else el?.focus();
        void (window as unknown as { actedOnFirstRows: () => Promise<void> }).actedOnFirstRows();
      });
      watch.observe(document, { childList: true, subtree: true });
    },
    [selector, act] as const,
  );
  await tab.goto(`${app.web.origin}/#/activities`);
  return tab;
}

describe('The first screen before it is painted', () => {
  it('opens the Register menu clicked the moment the first rows show', async () => {
    page = await actOnFirstRows('[data-testid="register-menu"]', 'click');
    await page.getByRole('menuitem', { name: 'Export report…' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as Acted).standIn)).toBe(true);
    await page.close();
    page = undefined;
  });

  it('keeps the focus on a filter picker focused the moment the first rows show', async () => {
    page = await actOnFirstRows('input[aria-label="Status"]', 'focus');
    const status = page.getByLabel('Status', { exact: true });
    await page.locator('input[aria-label="Status"][aria-haspopup]').waitFor();
    await expect.poll(() => status.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as Acted).standIn)).toBe(true);
    await page.close();
    page = undefined;
  });
});
