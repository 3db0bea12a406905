// Every main screen on the sample register, each photographed into e2e/screenshots/ for review.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActivitiesList } from './pages/ActivitiesList';
import { ActivityEditor } from './pages/ActivityEditor';
import { AppShell } from './pages/AppShell';
import { appPerFile, screenshot } from './support/app';
import { sampleRegister } from './support/registers';
import { ShellBridge } from './support/shellBridge';

const app = appPerFile(sampleRegister);

describe('main screens on the sample register', () => {
  it('overview: counts and Article 30 findings', async () => {
    const shell = new AppShell(app.page);
    await shell.goTo('Overview');
    await app.page.getByRole('heading', { name: 'Article 30 completeness' }).waitFor();
    expect(await app.page.getByTestId('stat-Activities').textContent()).toMatch(/Activities\s*8/);
    await screenshot(app.page, 'overview');
  });

  it('activities and one activity in the editor', async () => {
    await new AppShell(app.page).goTo('Activities');
    const list = new ActivitiesList(app.page);
    await list.waitLoaded();
    expect(await list.counts()).toEqual([8, 8]);
    await screenshot(app.page, 'activities');
    await list.open('Nieuwsbrief');
    const editor = new ActivityEditor(app.page);
    await editor.waitSavedVersion(1);
    // Each purpose with its own basis chips: the newsletter rests on consent.
    const purpose = app.page.getByTestId('purpose-row').first();
    await expect.poll(() => purpose.getByRole('checkbox', { name: 'Consent' }).isChecked()).toBe(true);
    await screenshot(app.page, 'activity-sample');
    await editor.section('Retention').scrollIntoViewIfNeeded();
    await screenshot(app.page, 'activity-sample-retention');
  });

  it('organisations, recipients and vocabularies', async () => {
    const shell = new AppShell(app.page);
    await shell.goTo('Organisations');
    await app.page
      .getByRole('cell', { name: /Belgian Mobile ID/ })
      .first()
      .waitFor();
    await screenshot(app.page, 'organisations-sample');
    await shell.goTo('Recipients & processors');
    await app.page.getByRole('table').waitFor();
    await screenshot(app.page, 'recipients-sample');
    await shell.goTo('Vocabularies');
    await app.page.getByRole('tab', { name: 'Categories of data subjects' }).click();
    await app.page
      .getByRole('cell', { name: /Employees|Users/ })
      .first()
      .waitFor();
    await screenshot(app.page, 'vocabularies');
  });

  it('the new-register dialog in the browser asks for a path', async () => {
    await app.page.getByRole('button', { name: 'Register', exact: true }).click();
    await app.page.getByRole('menuitem', { name: 'New register' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'New register' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('required').waitFor();
    await screenshot(app.page, 'new-register-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('the new-register dialog in the Electron shell takes the path from the OS dialog only', async () => {
    const electron = await ShellBridge.open(app.context, app.web.url);
    try {
      await new AppShell(electron.page).fileName().waitFor();
      await electron.page.getByRole('button', { name: 'Register', exact: true }).click();
      await electron.page.getByRole('menuitem', { name: 'New register' }).click();
      const dialog = electron.page.getByRole('dialog', { name: 'New register' });
      const field = dialog.getByLabel('File');
      await field.waitFor();
      // The main process refuses paths its own dialog did not hand out, so typing is not offered.
      expect(await field.isEditable()).toBe(false);
      await dialog.getByText('Choose the file with Browse…').waitFor();
      const picked = path.join(app.dir, 'picked.sqlite');
      await electron.answerSaveDialog(picked);
      await field.click();
      await expect.poll(() => field.inputValue()).toBe(picked);
      expect(await electron.savedDialogNames()).toEqual(['register.sqlite']);
      await screenshot(electron.page, 'new-register-dialog-electron');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    } finally {
      await electron.page.close();
    }
  });
});
