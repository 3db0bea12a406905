// The keyboard alone: a skip link, the first field focused when an editor opens, Enter taking the
// best match of a picker, Save before Delete, Ctrl+N, Ctrl+F, "?" and a visible focus on every stop.
import { describe, expect, it } from 'vitest';
import type { Activity, Recipient } from '../core/api/contract';
import { ActivitiesList } from './pages/ActivitiesList';
import { ActivityEditor } from './pages/ActivityEditor';
import { AppShell } from './pages/AppShell';
import { labelled } from './pages/fields';
import { Keyboard } from './pages/Keyboard';
import { appPerFile, screenshot } from './support/app';
import { sampleRegister } from './support/registers';

const app = appPerFile(sampleRegister);

const call = <T>(method: string, input: unknown = {}): T => app.call<T>(method, input);
const activeLabel = () =>
  app.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '';
  });

describe('keyboard', () => {
  it('offers a skip link first, which lands past the header and navigation', async () => {
    await app.page.goto(app.web.url);
    await new AppShell(app.page).fileName().waitFor();
    await app.page.keyboard.press('Tab');
    const skip = app.page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(app.page, 'keyboard-skip-link');
    await app.page.keyboard.press('Enter');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('main');
    await app.page.keyboard.press('Tab');
    const inMain = await app.page.evaluate(() => document.getElementById('main')!.contains(document.activeElement));
    expect(inMain).toBe(true);
  });

  it('Ctrl+N opens a new activity with the cursor in its first field; Enter picks the best match', async () => {
    call('createRecipient', { name: 'Email marketing platform', kind: 'processor' });
    const mail = call<Recipient>('createRecipient', { name: 'Mail', kind: 'processor' });
    await new AppShell(app.page).goTo('Activities');
    await new ActivitiesList(app.page).waitLoaded();
    await app.page.keyboard.press('Control+n');
    const editor = new ActivityEditor(app.page);
    await editor.waitLoaded();
    await expect.poll(activeLabel).toMatch(/^Activity/);
    await app.page.keyboard.type('Mailing');

    // "mail" is inside "Email marketing platform", which sorts first, but "Mail" starts with it.
    const recipients = editor.field('Recipients');
    await recipients.click();
    await recipients.fill('mail');
    await recipients.press('Enter');
    await recipients.press('Escape');
    expect(await editor.picked('Recipients')).toEqual(['Mail (Processor)']);

    // In the transfer's recipient picker the exact name "Mail" comes before the one containing it.
    await app.page.getByRole('button', { name: 'Add transfer' }).click();
    const transferRecipient = labelled(editor.transfer(0), 'Recipient');
    await transferRecipient.click();
    await transferRecipient.fill('mail');
    const options = await app.page.getByRole('option').allTextContents();
    expect(options.slice(0, 2)).toEqual(['Mail', 'Email marketing platform']);
    await transferRecipient.press('Enter');
    expect(await transferRecipient.inputValue()).toBe('Mail');

    // A data category picker: typing narrows it, Enter takes the first match.
    const categories = editor.field('Categories of personal data');
    await categories.click();
    await categories.fill('health');
    const first = (await app.page.getByRole('option').first().textContent()) ?? '';
    await categories.press('Enter');
    await categories.press('Escape');
    expect(await editor.picked('Categories of personal data')).toEqual([first]);

    await app.page.getByRole('button', { name: 'Remove transfer' }).click();
    await editor.saveWithShortcut();
    await editor.waitSavedVersion(1);
    const id = decodeURIComponent(app.page.url().split('/').pop()!);
    expect(call<Activity>('getActivity', { id }).recipientIds).toEqual([mail.id]);
  });

  it('puts Save before Delete and focuses the first field of an opened activity', async () => {
    await new AppShell(app.page).goTo('Activities');
    const list = new ActivitiesList(app.page);
    await list.waitLoaded();
    await list.open('Nieuwsbrief');
    const editor = new ActivityEditor(app.page);
    await editor.waitSavedVersion(1);
    await expect.poll(activeLabel).toMatch(/^Activity/);
    await app.page.getByRole('button', { name: /^Save/ }).first().focus();
    await app.page.keyboard.press('Tab');
    expect(await new Keyboard(app.page).focusedLabel()).toMatch(/Delete/);
  });

  it('Ctrl+F goes to the activities search from anywhere; "?" lists the shortcuts', async () => {
    const shell = new AppShell(app.page);
    await shell.goTo('Overview');
    await app.page.getByRole('heading', { name: 'Article 30 completeness' }).waitFor();
    await app.page.keyboard.press('Control+f');
    const search = app.page.getByRole('textbox', { name: 'Search activities' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.type('newsletter');
    const list = new ActivitiesList(app.page);
    const total = call<unknown[]>('listActivities').length;
    await expect.poll(() => list.counts()).toEqual([1, total]);

    await app.page.locator('body').click({ position: { x: 5, y: 300 } });
    await app.page.keyboard.press('Shift+?');
    const help = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    for (const what of [
      'New activity',
      'Search the activities',
      'Save the activity being edited',
      'Show these shortcuts',
    ])
      await help.getByText(what).waitFor();
    await screenshot(app.page, 'keyboard-shortcuts');
    await app.page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
  });

  it('shows where the focus is on every control it reaches', async () => {
    const keyboard = new Keyboard(app.page);
    const shell = new AppShell(app.page);
    const hidden: string[] = [];
    for (const page of [
      'Overview',
      'Activities',
      'Organisations',
      'Recipients & processors',
      'Vocabularies',
    ] as const) {
      await shell.goTo(page);
      await app.page.waitForLoadState('networkidle');
      await app.page.locator('body').focus();
      const stops = await keyboard.tabThrough(30);
      hidden.push(...stops.filter((s) => !s.visible && s.what !== 'body').map((s) => `${page}: ${s.what}`));
    }
    await shell.goTo('Activities');
    const list = new ActivitiesList(app.page);
    await list.waitLoaded();
    await list.open('Nieuwsbrief');
    await new ActivityEditor(app.page).waitSavedVersion(1);
    const stops = await keyboard.tabThrough(60);
    hidden.push(...stops.filter((s) => !s.visible && s.what !== 'body').map((s) => `editor: ${s.what}`));
    expect(hidden).toEqual([]);
  });
});
