// Issue 17, point 4, in the browser: the row count takes its plural form, the editor's last change
// its date in the UI language, and the search box ignores case and accents.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { must } from '../core/dispatcher';
import { newRegister } from '../core/register';
import { ActivitiesList } from './pages/ActivitiesList';
import { AppShell } from './pages/AppShell';
import { appPerFile } from './support/app';

let id: string;
const app = appPerFile((dir) => {
  const file = path.join(dir, 'one.sqlite');
  const ctx = newRegister(file, { author: 'setup', name: 'One activity' });
  const org = must(ctx, 'createOrganisation', { kind: 'own', name: 'Comité' });
  id = must(ctx, 'createActivity', { organisationId: org.id, name: 'Sécurité des locaux', department: 'Sûreté' }).id;
  ctx.register.close();
  return file;
});

describe('counts, dates and search in the UI language', () => {
  it('says "1 of 1 activity", and finds "Sécurité" by typing "SECURITE" or "surete"', async () => {
    const list = new ActivitiesList(app.page);
    await list.waitLoaded();
    const count = app.page.getByTestId('row-count');
    await expect.poll(() => count.textContent()).toBe('1 of 1 activity');
    for (const typed of ['SECURITE', 'surete', 'comite']) {
      await list.search(typed);
      await list.row('Sécurité des locaux').waitFor();
      expect(await count.textContent()).toBe('1 of 1 activity');
    }
    await list.search('securites');
    await expect.poll(() => count.textContent()).toBe('0 of 1 activity');
    await list.search('');
  });

  it('writes the last change in the chosen language', async () => {
    await app.page.goto(`${app.web.url}#/activities/${id}`);
    const meta = app.page.getByText(/^Version 1 · last changed/);
    // en-GB: "2 Dec 2026, 14:05 UTC" (the zone is the browser's own).
    expect(await meta.textContent()).toMatch(
      /^Version 1 · last changed \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d \S+ by setup$/,
    );
    await new AppShell(app.page).chooseLanguage('Deutsch');
    const german = app.page.getByText(/^Version 1 · zuletzt geändert am/);
    expect(await german.textContent()).toMatch(
      /^Version 1 · zuletzt geändert am \d{1,2}\. \p{L}+\.? \d{4}, \d\d:\d\d \S+ von setup$/u,
    );
    await app.page.goto(`${app.web.url}#/activities`);
    await expect.poll(() => app.page.getByTestId('row-count').textContent()).toBe('1 von 1 Tätigkeit');
    await new AppShell(app.page).chooseLanguage('English');
  });
});
