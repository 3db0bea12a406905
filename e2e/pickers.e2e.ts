// Recipients and organisations created from the editor's pickers without leaving it, and transfers
// by country name: EEA marked, no safeguard assumed, the recipient one of the activity's own.
import { describe, expect, it } from 'vitest';
import type { Activity, Organisation, Recipient } from '../core/api/contract';
import { ActivitiesList } from './pages/ActivitiesList';
import { ActivityEditor } from './pages/ActivityEditor';
import { AppShell } from './pages/AppShell';
import { labelled, pick, pickCountry } from './pages/fields';
import { appPerFile, screenshot } from './support/app';
import { sampleRegister } from './support/registers';

const app = appPerFile(sampleRegister);

const call = <T>(method: string, input: unknown = {}): T => app.call<T>(method, input);
const openId = () => decodeURIComponent(app.page.url().split('/').pop()!);

async function newActivity(name: string): Promise<ActivityEditor> {
  await new AppShell(app.page).goTo('Activities');
  await new ActivitiesList(app.page).waitLoaded();
  await app.page.getByRole('button', { name: 'New activity' }).click();
  const editor = new ActivityEditor(app.page);
  await editor.waitLoaded();
  await editor.field('Activity').fill(name);
  return editor;
}

describe('creating in place', () => {
  it('adds a new recipient from the Recipients picker and links it, the form kept', async () => {
    const editor = await newActivity('Payroll outsourcing');
    await editor.field('Description').fill('Salaries computed by a bureau.');
    const dialog = await editor.createRecipientFromPicker(editor.field('Recipients'), 'Acme Payroll', {
      kind: 'Processor',
      country: 'Belgium',
    });
    // What was typed in the picker is the new recipient's name.
    expect(await labelled(dialog, 'Name').inputValue()).toBe('Acme Payroll');
    await screenshot(app.page, 'picker-new-recipient');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });

    expect(await editor.picked('Recipients')).toEqual(['Acme Payroll (Processor)']);
    expect(await editor.field('Activity').inputValue()).toBe('Payroll outsourcing');
    expect(await editor.field('Description').inputValue()).toBe('Salaries computed by a bureau.');

    await editor.saveWithShortcut();
    await editor.waitSavedVersion(1);
    const recipients = call<Recipient[]>('listRecipients');
    const acme = recipients.find((r) => r.name === 'Acme Payroll');
    expect(acme).toMatchObject({ kind: 'processor', country: 'BE' });
    const id = openId();
    const saved = call<Activity>('getActivity', { id });
    expect(saved.recipientIds).toEqual([acme!.id]);
  });

  it('adds a new organisation from the Organisation picker and picks it', async () => {
    const editor = await newActivity('Client support');
    const picker = editor.field('Organisation');
    await picker.click();
    await picker.fill('Client Holding NV');
    await app.page.getByRole('option', { name: 'New organisation “Client Holding NV”…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'New organisation' });
    expect(await labelled(dialog, 'Name').inputValue()).toBe('Client Holding NV');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await picker.inputValue()).toBe('Client Holding NV');
    expect(await editor.field('Activity').inputValue()).toBe('Client support');
    await editor.saveWithShortcut();
    await editor.waitSavedVersion(1);
    const organisations = call<Organisation[]>('listOrganisations');
    const client = organisations.find((o) => o.name === 'Client Holding NV')!;
    const id = openId();
    expect(call<Activity>('getActivity', { id }).organisationId).toBe(client.id);
  });
});

describe('transfers', () => {
  it('picks countries by name with the EEA marked, asks for a safeguard, and keeps the recipient listed', async () => {
    const activities = call<unknown[]>('listActivities').length;
    const editor = await newActivity('Analytics');
    await app.page.getByRole('button', { name: 'Add transfer' }).click();
    const row = editor.transfer(0);
    // Nothing is claimed that nobody chose.
    expect(await labelled(row, 'Safeguard').inputValue()).toBe('');

    const country = labelled(row, 'Country');
    await country.click();
    await country.fill('belg');
    const belgium = app.page.getByRole('option', { name: /^Belgium/ });
    expect((await belgium.textContent())?.replace('Belgium', '')).toBe('EEA');
    await country.fill('switz');
    expect(await app.page.getByRole('option', { name: /^Switzerland/ }).textContent()).toBe('Switzerland');
    await screenshot(app.page, 'transfer-country-picker');
    // "United States" is found by its name and by its code, and Enter takes it.
    await pickCountry(country, 'united sta');
    expect(await country.inputValue()).toBe('United States');

    await editor.saveWithShortcut();
    await row.getByText('choose a safeguard').waitFor();
    expect(call<unknown[]>('listActivities')).toHaveLength(activities);

    await pick(app.page, labelled(row, 'Safeguard'), 'Standard contractual clauses (Art. 46)');
    await pick(app.page, labelled(row, 'Recipient'), 'Onderaannemers die zorgen voor onze ICT-infrastructuur');
    const notice = row.getByTestId('transfer-unlisted');
    await notice
      .getByText('Onderaannemers die zorgen voor onze ICT-infrastructuur is not among this activity’s recipients.')
      .waitFor();
    await screenshot(app.page, 'transfer-unlisted-recipient');
    await editor.saveWithShortcut();
    await editor.errorBanner().getByText('One field needs attention before saving', { exact: false }).waitFor();
    expect(call<unknown[]>('listActivities')).toHaveLength(activities);

    await notice.getByRole('button', { name: 'Add to the recipients' }).click();
    await notice.waitFor({ state: 'hidden' });
    expect(await editor.picked('Recipients')).toEqual([
      'Onderaannemers die zorgen voor onze ICT-infrastructuur (Processor)',
    ]);
    await editor.saveWithShortcut();
    await editor.waitSavedVersion(1);
    const id = openId();
    const saved = call<Activity>('getActivity', { id });
    const ict = call<Recipient[]>('listRecipients').find(
      (r) => r.name === 'Onderaannemers die zorgen voor onze ICT-infrastructuur',
    )!;
    expect(saved.recipientIds).toEqual([ict.id]);
    expect(saved.transfers).toMatchObject([
      { country: 'US', recipientId: ict.id, safeguard: 'standard_contractual_clauses' },
    ]);
  });

  it('shows a stored country by its name, and a country typed by its code', async () => {
    const editor = await newActivity('Hosting');
    await app.page.getByRole('button', { name: 'Add transfer' }).click();
    const country = labelled(editor.transfer(0), 'Country');
    await pickCountry(country, 'CH');
    expect(await country.inputValue()).toBe('Switzerland');
    await pickCountry(country, 'no');
    // The code NO is Norway, in the EEA: not a transfer to a third country.
    expect(await country.inputValue()).toBe('Norway');
    await editor.transfer(0).getByText('In the EEA: not a transfer to a third country.').waitFor();
  });
});
