// Issue 13, point 1: one date input everywhere a date is typed. It reads ISO and the UI language's
// own forms, shows dates in that form with the form as a hint, and refuses impossible dates with a
// message, keeping what was typed.
import { describe, expect, it } from 'vitest';
import type { Activity, ActivitySummary, Recipient } from '../core/api/contract';
import { ActivitiesList } from './pages/ActivitiesList';
import { ActivityEditor } from './pages/ActivityEditor';
import { AppShell } from './pages/AppShell';
import { dateField, labelled, pick } from './pages/fields';
import { Sharing } from './pages/Sharing';
import { appPerFile, screenshot } from './support/app';
import { sampleRegister } from './support/registers';

const app = appPerFile(sampleRegister);

const call = <T>(method: string, input?: unknown): T => app.call<T>(method, input);

describe('date input', () => {
  it('reads a recipient’s agreement date typed the British way and shows it that way', async () => {
    await new AppShell(app.page).goTo('Recipients & processors');
    await app.page.getByRole('button', { name: 'Add recipient' }).first().click();
    const d = app.page.getByRole('dialog', { name: 'New recipient' });
    await labelled(d, 'Name').fill('Mailjet SAS');
    await pick(app.page, labelled(d, 'Kind of recipient'), 'Processor');
    const signed = await dateField(d, 'Processing agreement signed on');
    expect(await signed.hint.textContent()).toContain('DD/MM/YYYY');
    await signed.type('15/03/2024');
    expect(await signed.input.inputValue()).toBe('15/03/2024');
    await d.getByRole('button', { name: 'Save' }).click();
    await d.waitFor({ state: 'hidden' });
    const saved = call<Recipient[]>('listRecipients').find((r) => r.name === 'Mailjet SAS');
    expect(saved?.dpaSignedOn).toBe('2024-03-15');
    await app.page.getByRole('row').filter({ hasText: 'Mailjet SAS' }).getByText('15/03/2024').waitFor();
  });

  it('refuses impossible and unreadable dates with a message, keeping the text, and saves nothing', async () => {
    await new AppShell(app.page).goTo('Activities');
    const list = new ActivitiesList(app.page);
    await list.waitLoaded();
    await list.open('Nieuwsbrief');
    const editor = new ActivityEditor(app.page);
    await editor.waitSavedVersion(1);
    const id = call<ActivitySummary[]>('listActivities').find((a) => a.name === 'Nieuwsbrief')!.id;
    const review = await dateField(app.page, 'Next review');

    await review.type('2025-13-45');
    expect(await review.input.inputValue()).toBe('2025-13-45');
    expect(await review.error.textContent()).toBe('There is no such date as “2025-13-45”.');
    await review.type('31.02.2025');
    expect(await review.error.textContent()).toBe('There is no such date as “31.02.2025”.');
    await review.type('next tuesday');
    expect(await review.input.inputValue()).toBe('next tuesday');
    expect(await review.error.textContent()).toContain('is not a date: type it as DD/MM/YYYY or YYYY-MM-DD');
    await screenshot(app.page, 'date-refused');
    await editor.save();
    await editor.errorBanner().first().waitFor();
    expect(call<Activity>('getActivity', { id }).version).toBe(1);

    // The day-first form with dots is read as the officer meant it, and shown the British way.
    await review.type('31.12.2025');
    expect(await review.input.inputValue()).toBe('31/12/2025');
    await review.error.waitFor({ state: 'detached' });
    await editor.save();
    await editor.waitSavedVersion(2);
    expect(call<Activity>('getActivity', { id }).reviewDate).toBe('2025-12-31');
  });

  it('shows and reads dates in the form of the UI language', async () => {
    const shell = new AppShell(app.page);
    await shell.chooseLanguage('Nederlands');
    const review = await dateField(app.page, 'Volgende herziening');
    expect(await review.input.inputValue()).toBe('31-12-2025');
    expect(await review.hint.textContent()).toContain('Formaat: DD-MM-JJJJ');
    await shell.chooseLanguage('Deutsch');
    const german = await dateField(app.page, 'Nächste Überprüfung');
    expect(await german.input.inputValue()).toBe('31.12.2025');
    await german.type('1-3-2026');
    expect(await german.input.inputValue()).toBe('01.03.2026');
    await screenshot(app.page, 'date-german');
    await shell.chooseLanguage('English');
    expect(await (await dateField(app.page, 'Next review')).input.inputValue()).toBe('01/03/2026');
    const editor = new ActivityEditor(app.page);
    await editor.save();
    await editor.waitSavedVersion(3);
  });

  it('filters the history by dates typed in the same way', async () => {
    const sharing = new Sharing(app.page);
    await sharing.openHistoryPage();
    const panel = app.page.getByTestId('history-panel');
    const from = await dateField(panel, 'From');
    await from.type('30/02/2024');
    expect(await from.error.textContent()).toBe('There is no such date as “30/02/2024”.');
    const today = new Date();
    const tomorrow = new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');
    await from.type(tomorrow);
    await app.page.getByText('No changes match these filters.').waitFor();
    await from.type('');
    await sharing.historyTable().waitFor();
  });
});
