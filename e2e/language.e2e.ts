// Issue 13, point 3: the UI speaks the browser's language (nl-BE gets Dutch), the header's menu
// switches it, the choice survives a reload, and no English is left on a Dutch screen.
import { describe, expect, it } from 'vitest';
import { labelsFor } from '../core/api/labels';
import en from '../renderer/src/locales/en.json';
import nl from '../renderer/src/locales/nl.json';
import { AppShell } from './pages/AppShell';
import { appPerFile, screenshot, startApp } from './support/app';
import { sampleRegister } from './support/registers';

const app = appPerFile(sampleRegister, (file) => startApp(file, 'E2E Tester', {}, { locale: 'nl-BE' }));

type Tree = { [k: string]: string | Tree | unknown };
function flat(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v] as [string, string]]
      : v && typeof v === 'object'
        ? flat(v as Tree, `${prefix}${k}.`)
        : [],
  );
}

/** English UI words whose Dutch differs: none of them may be a text of a Dutch screen. */
function englishOnly(): Set<string> {
  const dutch = new Map([...flat(nl), ...flat(labelsFor('nl') as unknown as Tree, 'labels:')]);
  return new Set(
    [...flat(en), ...flat(labelsFor('en') as unknown as Tree, 'labels:')]
      .filter(([key, value]) => dutch.get(key) !== value && /[a-z]{3}/.test(value) && !value.includes('{{'))
      .map(([, value]) => value),
  );
}

/** Every text node, placeholder, label and title of the page. */
async function textsOnScreen(): Promise<string[]> {
  return app.page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      // The history's values are the register's own data (a term's English label is data), not UI text.
      const parent = n.parentElement;
      if (parent?.closest('[data-testid="history-change"]') && parent.tagName !== 'B') continue;
      const text = n.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]'))
      for (const attr of ['placeholder', 'aria-label', 'title']) {
        const v = el.getAttribute(attr)?.trim();
        if (v) out.push(v);
      }
    return out;
  });
}

describe('language', () => {
  it('starts in Dutch for a browser set to nl-BE, with no English left on any screen', async () => {
    const nav = app.page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Overzicht' }).waitFor();
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await app.page.getByTestId('language-menu').textContent()).toBe('Nederlands');

    const english = englishOnly();
    const screens: [string, string][] = [
      ['Overzicht', 'overview'],
      ['Verwerkingen', 'activities'],
      ['Organisaties', 'organisations'],
      ['Ontvangers en verwerkers', 'recipients'],
      ['Woordenlijsten', 'vocabularies'],
      ['Geschiedenis', 'history'],
    ];
    const found: string[] = [];
    for (const [link, name] of screens) {
      await nav.getByRole('link', { name: link }).click();
      await app.page
        .getByRole('heading', { level: 1, name: link === 'Overzicht' ? /./ : link })
        .first()
        .waitFor();
      await app.page.getByText('Laden…').waitFor({ state: 'detached' });
      await screenshot(app.page, `nl-${name}`);
      found.push(...(await textsOnScreen()).filter((t) => english.has(t)).map((t) => `${name}: ${t}`));
    }
    // One activity in the editor, every section.
    await nav.getByRole('link', { name: 'Verwerkingen' }).click();
    await app.page.getByRole('grid').getByRole('row').nth(1).click();
    await app.page.getByRole('region').first().waitFor();
    await screenshot(app.page, 'nl-activity-editor');
    found.push(...(await textsOnScreen()).filter((t) => english.has(t)).map((t) => `editor: ${t}`));
    expect(found).toEqual([]);
  });

  it('switches language from the header menu and keeps the choice after a reload', async () => {
    const shell = new AppShell(app.page);
    await shell.chooseLanguage('English');
    const nav = app.page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Overview' }).waitFor();
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await app.page.reload();
    await nav.getByRole('link', { name: 'Overview' }).waitFor();

    await shell.chooseLanguage('Deutsch');
    await nav.getByRole('link', { name: 'Übersicht' }).waitFor();
    await app.page.reload();
    await nav.getByRole('link', { name: 'Übersicht' }).waitFor();
    await screenshot(app.page, 'de-after-reload');
    await shell.chooseLanguage('Français');
    await nav.getByRole('link', { name: 'Vue d’ensemble' }).waitFor();
  });
});
