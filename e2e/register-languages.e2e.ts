// Issue 11: the register's languages set in the app, and the editor showing each language's text.
// The sample register is Dutch-primary (the statement's own words) with English beside it.
import { describe, expect, it } from 'vitest';
import type { Activity, ActivitySummary, RegisterInfo } from '../core/api/contract';
import { ActivitiesList } from './pages/ActivitiesList';
import { ActivityEditor } from './pages/ActivityEditor';
import { AppShell } from './pages/AppShell';
import { RegisterLanguages } from './pages/RegisterLanguages';
import { appPerFile, screenshot } from './support/app';
import { sampleRegister } from './support/registers';

const app = appPerFile(sampleRegister);

const call = <T>(method: string, input: unknown = {}): T => app.call<T>(method, input);
const activityNamed = (name: string): Activity => {
  const s = call<ActivitySummary[]>('listActivities').find((a) => a.name === name);
  if (!s) throw new Error(`no activity ${name}`);
  return call<Activity>('getActivity', { id: s.id });
};

async function openActivity(name: string): Promise<ActivityEditor> {
  await new AppShell(app.page).goTo('Activities');
  const list = new ActivitiesList(app.page);
  await list.waitLoaded();
  await list.open(name);
  const editor = new ActivityEditor(app.page);
  await editor.waitLoaded();
  return editor;
}

describe('a register in several languages', () => {
  it('the editor shows each language’s text, counts what is missing, and saves a translation', async () => {
    const shell = new AppShell(app.page);
    await shell.goTo('Organisations');
    const languages = new RegisterLanguages(app.page);
    await languages.section().waitFor();
    expect(await languages.primary().inputValue()).toBe('Nederlands');
    await languages.toggleFurther('Français');
    await languages.save();
    expect(call<RegisterInfo>('getRegisterInfo').languages).toEqual({ primary: 'nl', further: ['en', 'fr'] });

    const editor = await openActivity('Nieuwsbrief');
    // Dutch, the primary language: the fields themselves.
    expect(await editor.field('Activity').inputValue()).toBe('Nieuwsbrief');
    // English is complete in the sample; French has nothing yet, and says how much is missing.
    await expect.poll(() => editor.missingBadge('en').count()).toBe(0);
    const missingFrench = Number(/\d+/.exec((await editor.missingBadge('fr').textContent()) ?? '')?.[0]);
    expect(missingFrench).toBeGreaterThanOrEqual(5);

    await editor.textsIn('English');
    expect(await editor.field('Activity (English)').inputValue()).toBe('Newsletter');
    expect(await editor.missingHints().count()).toBe(0);
    await screenshot(app.page, 'languages-editor-english');

    await editor.textsIn('Français');
    const name = editor.field('Activity (French)');
    expect(await name.inputValue()).toBe('');
    expect(await editor.missingHints().count()).toBeGreaterThan(0);
    await expect.poll(() => app.page.getByText('Missing in French').first().isVisible()).toBe(true);
    await screenshot(app.page, 'languages-editor-french-missing');
    await name.fill('Lettre d’information');
    await expect.poll(() => editor.missingBadge('fr').textContent()).toBe(`${missingFrench - 1} missing`);

    // A Dutch text edited in the primary language is saved with the French one.
    await editor.textsIn('Nederlands');
    await editor.field('Activity').fill('Nieuwsbrief (maandelijks)');
    await editor.save();
    await expect.poll(() => editor.unsavedBadge().count()).toBe(0);

    const saved = activityNamed('Nieuwsbrief (maandelijks)');
    expect(saved.translations.fr?.name).toBe('Lettre d’information');
    expect(saved.translations.en?.name).toBe('Newsletter');

    // Reopened, the editor shows both again.
    await app.page.reload();
    const again = new ActivityEditor(app.page);
    await again.waitLoaded();
    expect(await again.field('Activity').inputValue()).toBe('Nieuwsbrief (maandelijks)');
    await again.textsIn('Français');
    expect(await again.field('Activity (French)').inputValue()).toBe('Lettre d’information');
  });

  it('making English the primary language keeps the Dutch texts as the Dutch translation', async () => {
    const shell = new AppShell(app.page);
    await shell.goTo('Organisations');
    const languages = new RegisterLanguages(app.page);
    await languages.choosePrimary('English');
    await languages.note().waitFor();
    expect(await languages.note().textContent()).toMatch(/texts now in Dutch stay as their Dutch translations/);
    await screenshot(app.page, 'languages-settings-primary-change');
    await languages.save();
    expect(call<RegisterInfo>('getRegisterInfo').languages).toEqual({ primary: 'en', further: ['nl', 'fr'] });

    // The list shows the English names now; the Dutch ones are the Dutch translations.
    await shell.goTo('Activities');
    const list = new ActivitiesList(app.page);
    await list.waitLoaded();
    await list.row('Newsletter').first().waitFor();
    expect(await list.row('Nieuwsbrief').count()).toBe(0);

    const editor = await openActivity('Newsletter');
    expect(await editor.field('Activity').inputValue()).toBe('Newsletter');
    await editor.textsIn('Nederlands');
    expect(await editor.field('Activity (Dutch)').inputValue()).toBe('Nieuwsbrief (maandelijks)');
    await editor.textsIn('Français');
    expect(await editor.field('Activity (French)').inputValue()).toBe('Lettre d’information');
    expect(call<{ ok: boolean }>('verifyHistory').ok).toBe(true);
  });
});
