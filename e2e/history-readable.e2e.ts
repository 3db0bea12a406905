// Issue 13, point 2: the history an auditor can read. Each entry names its record (an activity by
// name, linked) and says per field what changed in words of the UI language: names, not ids;
// labels, not codes; list changes as added/removed; retention as a sentence.
import { describe, expect, it } from 'vitest';
import type { Activity, ActivitySummary, Term } from '../core/api/contract';
import { fieldsOf } from '../core/activities';
import { ActivitiesList } from './pages/ActivitiesList';
import { ActivityEditor } from './pages/ActivityEditor';
import { AppShell } from './pages/AppShell';
import { Catalogues } from './pages/Catalogues';
import { labelled, pick, pickMany } from './pages/fields';
import { Sharing } from './pages/Sharing';
import { appPerFile, screenshot, startApp } from './support/app';
import { sampleRegister } from './support/registers';

const app = appPerFile(sampleRegister, (file) => startApp(file, 'Jane Peeters'));

const call = <T>(method: string, input?: unknown): T => app.call<T>(method, input);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/;

describe('history an auditor can read', () => {
  it('names the record of every entry and says what changed in words', async () => {
    const shell = new AppShell(app.page);
    await shell.goTo('Recipients & processors');
    await new Catalogues(app.page).addRecipient({ name: 'Mailjet SAS', kind: 'Processor', country: 'FR' });

    await shell.goTo('Activities');
    const list = new ActivitiesList(app.page);
    await list.waitLoaded();
    await list.open('Aanwervingen');
    const editor = new ActivityEditor(app.page);
    await editor.waitSavedVersion(1);
    await labelled(editor.section('Retention'), 'Period').fill('10');
    await pick(app.page, editor.field('DPIA'), 'Not required');
    await pickMany(app.page, editor.field('Recipients'), ['Mailjet SAS (Processor)']);
    await editor.save();
    await editor.waitSavedVersion(2);

    const sharing = new Sharing(app.page);
    await sharing.openHistoryPage();
    const change = sharing.historyRows('Activity changed').first();
    await change.waitFor();
    const changeText = await change.innerText();
    expect(changeText).toContain('Aanwervingen');
    expect(changeText).toContain('Retention: added 10 years; removed 1 year');
    expect(changeText).toContain('DPIA: Not assessed → Not required');
    expect(changeText).toContain('Recipients: added Mailjet SAS');

    // A new recipient is a recipient, with its own field names.
    const created = sharing.historyRows('Recipient created').first();
    const createdText = await created.innerText();
    expect(createdText).toContain('Mailjet SAS');
    expect(createdText).toContain('Name: Mailjet SAS');
    expect(createdText).toContain('Kind of recipient: Processor');
    expect(createdText).toContain('Country: France (FR)');
    expect(createdText).not.toMatch(/Activity|\bkind\b|dpaSignedOn/);

    expect(await sharing.historyTable().innerText()).not.toMatch(UUID);
    expect(await sharing.historyTable().innerText()).not.toMatch(/not_assessed|not_needed|legal_obligation/);
    await screenshot(app.page, 'history-readable');

    // The activity's name leads to the activity.
    await change.getByRole('link', { name: 'Aanwervingen' }).click();
    await editor.waitSavedVersion(2);
  });

  it('names a deleted term as deleted, and speaks Dutch in a Dutch UI', async () => {
    const id = call<ActivitySummary[]>('listActivities').find((a) => a.name === 'Nieuwsbrief')!.id;
    const term = call<Term>('createTerm', {
      kind: 'data_category',
      code: 'loyalty_points',
      labelEn: 'Loyalty points',
      labelNl: 'Getrouwheidspunten',
    });
    const before = call<Activity>('getActivity', { id });
    const withTerm = call<Activity>('updateActivity', {
      id,
      version: before.version,
      fields: { ...fieldsOf(before), dataCategoryIds: [...before.dataCategoryIds, term.id] },
    });
    call('updateActivity', { id, version: withTerm.version, fields: fieldsOf(before) });
    call('deleteTerm', { id: term.id, version: term.version });

    const sharing = new Sharing(app.page);
    await sharing.openHistoryPage();
    const rows = sharing.historyRows('Nieuwsbrief');
    await rows.first().waitFor();
    expect(await rows.nth(0).innerText()).toContain(
      'Categories of personal data: removed deleted term “Loyalty points”',
    );
    expect(await rows.nth(1).innerText()).toContain('Categories of personal data: added deleted term “Loyalty points”');
    expect(await sharing.historyRows('Term deleted').first().innerText()).toContain('deleted term “Loyalty points”');

    await new AppShell(app.page).chooseLanguage('Nederlands');
    const dutch = sharing.historyRows('Verwerking gewijzigd').first();
    await dutch.waitFor();
    expect(await dutch.innerText()).toContain(
      'Categorieën van persoonsgegevens: verwijderde term ‘Getrouwheidspunten’ weggehaald',
    );
    await screenshot(app.page, 'nl-history-readable');
    await new AppShell(app.page).chooseLanguage('English');
  });
});
