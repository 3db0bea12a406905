// WCAG 2.1 AA by axe-core on every main screen and the Export dialog, in English and Dutch, and
// heading levels that never skip one.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActivityEditor } from './pages/ActivityEditor';
import { ExportDialog } from './pages/ExportDialog';
import { axeViolations, headingJumps, headingLevels } from './pages/Axe';
import en from '../renderer/src/locales/en.json';
import nl from '../renderer/src/locales/nl.json';
import { photographFailure, screenshot, startApp, type RunningApp } from './support/app';
import { removeDir, sampleRegister, tempDir } from './support/registers';

let dir: string;
let file: string;

beforeAll(() => {
  dir = tempDir();
  file = sampleRegister(dir);
});
afterAll(() => removeDir(dir));

const SCREENS = [
  'overview',
  'activities',
  'activity',
  'organisations',
  'recipients',
  'cookies',
  'vocabularies',
  'notices',
  'history',
  'export',
] as const;

// The UI takes its language from the browser's: nl-BE opens it in Dutch.
describe.each([
  { lang: 'en', locale: 'en-GB' },
  { lang: 'nl', locale: 'nl-BE' },
])('WCAG 2.1 AA in $lang', ({ lang, locale }) => {
  const words = lang === 'nl' ? nl : en;
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp(file, 'E2E Tester', {}, { locale });
  });
  beforeEach(() => photographFailure(() => app?.page));
  afterAll(async () => {
    await app?.close();
  });

  async function show(screen: (typeof SCREENS)[number]): Promise<void> {
    if (screen === 'activity') {
      const out = app.web.host.handle('listActivities', {});
      if (!out.ok) throw new Error(out.error.message);
      const [first] = out.value as { id: string }[];
      await app.page.goto(`${app.web.url}#/activities/${first!.id}`);
      await new ActivityEditor(app.page).section(words.editor.section.general).waitFor();
    } else if (screen === 'export') {
      await app.page.goto(`${app.web.url}#/overview`);
      await app.page.getByRole('main').getByRole('button', { name: words.exports.menu }).click();
      await new ExportDialog(app.page, words.exports.title).appeared();
      return;
    } else {
      await app.page.goto(`${app.web.url}#/${screen}`);
    }
    await app.page.locator('main h1').first().waitFor();
    await app.page.waitForLoadState('networkidle');
  }

  it.each(SCREENS)('%s has no violation and no heading jump', async (screen) => {
    await show(screen);
    await screenshot(app.page, `a11y-${lang}-${screen}`);
    expect(await axeViolations(app.page)).toEqual([]);
    expect(headingJumps(await headingLevels(app.page))).toEqual([]);
  });
});
