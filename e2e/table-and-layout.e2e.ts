// Issue 13, points 9 and 12: the activities table keeps its columns, sort and widths per register,
// sorts from anywhere in a header cell and shows cut-off text on hover and on keyboard focus; the
// editor's sticky bar never covers what the browser scrolls to, and a long name is cut with a tooltip.
import { describe, expect, it } from 'vitest';
import type { ActivitySummary } from '../core/api/contract';
import { ActivitiesList } from './pages/ActivitiesList';
import { ActivityEditor } from './pages/ActivityEditor';
import { AppShell } from './pages/AppShell';
import { appPerFile, screenshot } from './support/app';
import { sampleRegister } from './support/registers';

let second: string;
const LONG =
  'Processing of candidate data for the annual graduate recruitment programme, including assessment centres and reference checks';

const app = appPerFile((dir) => {
  second = sampleRegister(dir, 'second.sqlite');
  return sampleRegister(dir, 'sample.sqlite');
});

const call = <T>(method: string, input?: unknown): T => app.call<T>(method, input);

describe('activities table', () => {
  it('sorts from anywhere in a header cell and keeps columns, sort and widths per register', async () => {
    const shell = new AppShell(app.page);
    await shell.goTo('Activities');
    const list = new ActivitiesList(app.page);
    await list.waitLoaded();

    await list.clickHeaderEdge('Activity');
    expect(await list.header('Activity').getAttribute('aria-sort')).toBe('ascending');
    await list.clickHeaderEdge('Activity');
    expect(await list.header('Activity').getAttribute('aria-sort')).toBe('descending');
    await list.toggleColumn('Owner');
    await list.header('Owner').waitFor();
    const before = await list.headerWidth('Department');
    await list.resize('Department', 4);
    expect(await list.headerWidth('Department')).toBe(before + 64);

    // Away and back, and after a reload: as it was left.
    await shell.goTo('Overview');
    await shell.goTo('Activities');
    await list.waitLoaded();
    expect(await list.header('Activity').getAttribute('aria-sort')).toBe('descending');
    await list.header('Owner').waitFor();
    expect(await list.headerWidth('Department')).toBe(before + 64);
    await app.page.reload();
    await list.waitLoaded();
    expect(await list.header('Activity').getAttribute('aria-sort')).toBe('descending');
    expect(await list.headerWidth('Department')).toBe(before + 64);
    await screenshot(app.page, 'activities-table-kept');

    // Another register has its own table.
    await shell.openRegister(second);
    await shell.goTo('Activities');
    await list.waitLoaded();
    expect(await list.header('Reference').getAttribute('aria-sort')).toBe('ascending');
    expect(await list.header('Owner').count()).toBe(0);
    expect(await list.headerWidth('Department')).toBe(before);
  });

  it('shows the whole text of a cut-off cell on hover and on keyboard focus', async () => {
    const recruitment = call<ActivitySummary[]>('listActivities').find((a) => a.name === 'Aanwervingen')!;
    const full = call<{ version: number }>('getActivity', { id: recruitment.id });
    call('updateActivity', {
      id: recruitment.id,
      version: full.version,
      fields: { ...(full as object), name: LONG },
    });
    const list = new ActivitiesList(app.page);
    await app.page.reload();
    await list.waitLoaded();
    const cell = list.row(LONG).getByRole('gridcell').filter({ hasText: LONG });
    await cell.hover();
    expect(await cell.getAttribute('title')).toBe(LONG);

    await app.page.getByTestId('activity-grid').focus();
    const rowIndex = Number(await list.row(LONG).getAttribute('aria-rowindex')) - 2;
    for (let i = 0; i < rowIndex; i++) await app.page.keyboard.press('ArrowDown');
    const tip = app.page.getByRole('tooltip');
    await tip.filter({ hasText: LONG }).waitFor();
    expect(await list.row(LONG).getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await screenshot(app.page, 'activities-full-text');
  });

  it("never leaves a cut-off cell's whole text on a row that now shows another activity", async () => {
    // The mouse rests on a cut-off department while a search puts another activity in that row: the
    // cell element stays under the mouse, so no new hover says its text changed.
    const department = 'Talent Acquisition, Graduate Recruitment and Assessment Centre Coordination Office';
    const target = call<ActivitySummary[]>('listActivities').find((a) => a.name !== LONG)!;
    const full = call<{ version: number }>('getActivity', { id: target.id });
    call('updateActivity', { id: target.id, version: full.version, fields: { ...(full as object), department } });
    const list = new ActivitiesList(app.page);
    await app.page.reload();
    await list.waitLoaded();
    await list.search('Talent Acquisition');
    const cell = list.row(target.name).getByRole('gridcell').filter({ hasText: department });
    await cell.hover();
    expect(await cell.getAttribute('title')).toBe(department);
    await list.search('candidate data');
    await list.row(LONG).waitFor();
    const titles = await list
      .grid()
      .locator('[role="gridcell"][title]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('title')));
    expect(titles).not.toContain(department);
    await list.search('');
  });
});

describe('editor layout', () => {
  it('never hides a focused control or a section title under the sticky bar; a long name is cut', async () => {
    const list = new ActivitiesList(app.page);
    await list.open(LONG);
    const editor = new ActivityEditor(app.page);
    await editor.waitSavedVersion(2);
    const bar = app.page.getByTestId('editor-bar');
    const barBottom = async () => {
      const b = await bar.boundingBox();
      return b!.y + b!.height;
    };

    // Scroll to the bottom, then go back to "Add retention rule" the way the keyboard does.
    await app.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const add = app.page.getByRole('button', { name: 'Add retention rule' });
    await add.focus();
    expect((await add.boundingBox())!.y).toBeGreaterThanOrEqual(await barBottom());
    await screenshot(app.page, 'editor-focus-below-bar');

    const heading = editor.section('Retention').getByRole('heading', { name: 'Retention' });
    await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(await barBottom());

    // The long name is cut, in full on hover, and leaves the Unsaved badge whole.
    await editor.field('Activity').fill(`${LONG} (updated)`);
    const title = app.page.getByTestId('editor-title');
    expect(await title.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const badge = editor.unsavedBadge();
    expect(await badge.textContent()).toBe('Unsaved changes');
    expect(await badge.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await title.hover();
    await app.page
      .getByRole('tooltip')
      .filter({ hasText: `${LONG} (updated)` })
      .waitFor();
    await screenshot(app.page, 'editor-long-name');
  });
});
