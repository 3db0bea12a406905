// The author's name is the user's own: asked on first start (the OS user's name offered), shown in
// the header, changeable there, kept for the next start, and the name the history records.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../core/api/contract';
import { ActivityEditor } from './pages/ActivityEditor';
import { AuthorDialog } from './pages/AuthorDialog';
import { appPerFile, screenshot, startApp } from './support/app';
import { sampleRegister } from './support/registers';

const app = appPerFile(sampleRegister, (file) => startApp(file, null));

describe('Author name', () => {
  it('is asked on first start with the OS user offered, then signs the history', async () => {
    const author = new AuthorDialog(app.page);
    await author.dialog.waitFor();
    expect(await author.name().inputValue()).toBe(os.userInfo().username);
    await screenshot(app.page, 'author-first-start');
    await author.answer('Jane Peeters');
    await author.signedAs().filter({ hasText: 'Changes signed as Jane Peeters' }).waitFor();

    const out = app.web.host.handle('listActivities', {});
    if (!out.ok) throw new Error(out.error.message);
    const [first] = out.value as { id: string; name: string; version: number }[];
    await app.page.goto(`${app.web.url}#/activities/${first!.id}`);
    const editor = new ActivityEditor(app.page);
    await editor.field('Owner').fill('Data protection officer');
    await editor.save();
    await editor.waitSavedVersion(first!.version + 1);

    await app.page.goto(`${app.web.url}#/history`);
    const row = app.page.getByTestId('history-row').filter({ hasText: first!.name }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Jane Peeters');
    const history = app.web.host.handle('listHistory', {});
    if (!history.ok) throw new Error(history.error.message);
    const entries = history.value as HistoryEntry[];
    expect(entries.filter((e) => e.entityId === first!.id).map((e) => e.author)).toContain('Jane Peeters');
  });

  it('is kept for the next start and can be changed from the header', async () => {
    await app.page.reload();
    const author = new AuthorDialog(app.page);
    await author.signedAs().filter({ hasText: 'Changes signed as Jane Peeters' }).waitFor();
    expect(await author.dialog.count()).toBe(0);
    await author.signedAs().click();
    expect(await author.name().inputValue()).toBe('Jane Peeters');
    await author.answer('J. Peeters');
    await author.signedAs().filter({ hasText: 'Changes signed as J. Peeters' }).waitFor();
    const session = app.web.host.session();
    expect(session.author).toBe('J. Peeters');
  });
});
