// UI code that cannot be loaded (a damaged install, say) says so instead of leaving a blank window
// (renderer/src/common/FailureBoundary.tsx): a screen in its own place, with the header and the
// navigation still there and the other screens still working; anything else in the window.
import { describe, expect, it } from 'vitest';
import { ActivitiesList } from './pages/ActivitiesList';
import { AppShell } from './pages/AppShell';
import { appPerFile } from './support/app';
import { sampleRegister } from './support/registers';

// Its close() also fails a test if the page threw: a failure must stay within the screen.
const app = appPerFile(sampleRegister);

describe('a screen that cannot be loaded', () => {
  it('says why in place of the screen, and the other screens still open', async () => {
    const { page } = app;
    await new ActivitiesList(page).waitLoaded();
    await page.route('**/assets/NoticesPage-*.js', (route) => route.abort());
    const shell = new AppShell(page);
    await shell.goTo('Notices');

    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/Unexpected error.*This screen could not be shown \(.+\)/);
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expect(await page.getByTestId('register-menu').isVisible()).toBe(true);

    await shell.goTo('Activities');
    const list = new ActivitiesList(page);
    await list.waitLoaded();
    expect(await list.counts()).toEqual([8, 8]);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  // Both are fetched once the first screen is painted, outside any screen.
  for (const chunk of ['ShortcutsModal', 'PageNotifications'])
    it(`says why in the window when ${chunk}'s code fails, rather than leave it blank`, async () => {
      // Routed for the whole browser context, so that a new tab's first load meets it; close()
      // checks that the tab threw nothing, as for every tab newTab opens.
      const blocked = `**/assets/${chunk}-*.js`;
      await app.context.route(blocked, (route) => route.abort());
      try {
        const tab = await app.newTab();
        await expect
          .poll(() => tab.getByRole('alert').textContent())
          .toMatch(new RegExp(`Unexpected error.*This screen could not be shown \\(.+${chunk}.+\\)`));
        expect(await tab.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
        await tab.close();
      } finally {
        await app.context.unroute(blocked);
      }
    });
});
