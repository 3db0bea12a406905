// UI code that cannot be loaded (a damaged install, say) says so instead of leaving a blank window
// (renderer/src/common/FailureBoundary.tsx): a screen in its own place, with the header and the
// navigation still there and the other screens still working; anything else in the window.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActivitiesList } from './pages/ActivitiesList';
import { AppShell } from './pages/AppShell';
import { photographFailure, startApp, type RunningApp } from './support/app';
import { removeDir, sampleRegister, tempDir } from './support/registers';

let dir: string;
let app: RunningApp;

beforeAll(async () => {
  dir = tempDir();
  app = await startApp(sampleRegister(dir));
});
beforeEach(() => photographFailure(() => app?.page));
afterAll(async () => {
  // close() also fails the test if the page threw: the failure must stay within the screen.
  await app?.close();
  removeDir(dir);
});

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

  it("says why in the window when a dialog's code fails, rather than leave it blank", async () => {
    const tab = await app.context.newPage();
    const thrown: string[] = [];
    tab.on('pageerror', (e) => thrown.push(e.message));
    // The dialogs closed on start are fetched once the first screen is painted.
    await tab.route('**/assets/ShortcutsModal-*.js', (route) => route.abort());
    await tab.goto(app.web.origin);
    await expect
      .poll(() => tab.getByRole('alert').textContent())
      .toMatch(/Unexpected error.*This screen could not be shown \(.+ShortcutsModal.+\)/);
    expect(await tab.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expect(thrown).toEqual([]);
    await tab.close();
  });
});
