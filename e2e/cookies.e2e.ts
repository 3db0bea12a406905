// The Cookies page as a privacy officer uses it on the Dutch-primary sample: the website's 17
// cookies listed with their provider, category and expiry; a new cookie added through the form
// (its purpose in both register languages) and stored as typed; the website activity's editor
// listing the cookies that serve it; a cookie deleted after confirmation.
import { describe, expect, it } from 'vitest';
import type { ActivitySummary, Cookie } from '../core/api/contract';
import { ActivityEditor } from './pages/ActivityEditor';
import { AppShell } from './pages/AppShell';
import { CookiesPage } from './pages/Cookies';
import { appPerFile, screenshot, startApp } from './support/app';
import { sampleRegister } from './support/registers';

const app = appPerFile(sampleRegister, (file) => startApp(file, 'E2E Tester'));

function host<T>(op: 'listCookies' | 'listActivities', input: object): T {
  return app.call<T>(op, input);
}

/** The activity the sample's cookies serve (2.1, the website), as the UI names it. */
function websiteActivity(): ActivitySummary {
  const consent = host<Cookie[]>('listCookies', {}).find((c) => c.name === 'CookieConsent');
  const activity = host<ActivitySummary[]>('listActivities', { lang: 'en' }).find((a) => a.id === consent?.activityId);
  if (!activity) throw new Error('the sample has no activity for CookieConsent');
  return activity;
}

describe('Cookies page', () => {
  it("lists the sample website's 17 cookies with provider, category and expiry", async () => {
    await new AppShell(app.page).goTo('Cookies');
    const cookies = new CookiesPage(app.page);
    await cookies.row('CookieConsent').waitFor();
    await expect(cookies.table().locator('tbody tr').count()).resolves.toBe(17);
    const consent = await cookies.row('CookieConsent').innerText();
    expect(consent).toContain('www.itsme-id.com');
    expect(consent).toContain('Ourselves');
    expect(consent).toContain('Strictly necessary');
    expect(consent).toContain('365 days');
    expect(consent).toContain('First party');
    const bot = await cookies.row('__cf_bm').innerText();
    expect(bot).toContain('Cloudflare');
    expect(bot).toContain('1 hour');
    await screenshot(app.page, 'cookies-page');
  });

  it('adds a cookie through the form, stored as typed with its purpose in both languages', async () => {
    const cookies = new CookiesPage(app.page);
    const website = websiteActivity();
    await cookies.add({
      name: '_ga',
      domain: '.itsme-id.com',
      provider: 'Google',
      category: 'Functional',
      purpose: { nl: 'Onderscheidt bezoekers voor statistieken', en: 'Distinguishes visitors for statistics' },
      lasts: 2,
      unit: 'years',
      party: 'Third party',
      activity: `${website.reference} ${website.name}`,
    });
    const row = cookies.row('_ga');
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('2 years');
    await expect(cookies.table().locator('tbody tr').count()).resolves.toBe(18);

    const stored = host<Cookie[]>('listCookies', {}).find((c) => c.name === '_ga');
    expect(stored).toMatchObject({
      domain: '.itsme-id.com',
      expiry: 'duration',
      expiryValue: 2,
      expiryUnit: 'years',
      kind: 'http_cookie',
      party: 'third',
      activityId: website.id,
      purpose: 'Onderscheidt bezoekers voor statistieken',
      translations: { en: { purpose: 'Distinguishes visitors for statistics' } },
    });
  });

  it('refuses a cookie with no name, next to the field, and saves nothing', async () => {
    const cookies = new CookiesPage(app.page);
    await app.page.getByRole('button', { name: 'Add cookie' }).first().click();
    await cookies.dialog.getByRole('button', { name: 'Save' }).click();
    await cookies.dialog.getByText('required', { exact: false }).first().waitFor();
    await cookies.dialog.getByRole('button', { name: 'Cancel' }).click();
    await cookies.dialog.waitFor({ state: 'hidden' });
    expect(host<Cookie[]>('listCookies', {})).toHaveLength(18);
  });

  it("lists the website's cookies in its activity editor", async () => {
    const website = websiteActivity();
    await app.page.goto(`${app.web.url}#/activities/${website.id}`);
    const editor = new ActivityEditor(app.page);
    const section = editor.section('Cookies and trackers');
    await section.waitFor();
    await section.getByRole('cell', { name: 'CookieConsent', exact: true }).waitFor();
    await expect(section.getByText('18 cookies serve this activity.').isVisible()).resolves.toBe(true);
    await expect(section.locator('tbody tr').count()).resolves.toBe(18);
    await section.getByRole('cell', { name: '_ga', exact: true }).waitFor();
    await section.getByRole('link', { name: 'Manage cookies' }).click();
    await new CookiesPage(app.page).row('CookieConsent').waitFor();
  });

  it('deletes a cookie after confirmation', async () => {
    const cookies = new CookiesPage(app.page);
    await app.page.getByRole('button', { name: 'Delete _ga' }).click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await cookies.row('_ga').waitFor({ state: 'detached' });
    await expect(cookies.table().locator('tbody tr').count()).resolves.toBe(17);
    expect(host<Cookie[]>('listCookies', {}).map((c) => c.name)).not.toContain('_ga');
  });
});
