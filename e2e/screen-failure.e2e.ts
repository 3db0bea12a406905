// A screen whose code cannot be loaded (a damaged install, say) says so in its own place: the
// header and the navigation stay, and the other screens still work (renderer/src/Screen.tsx).
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
});
