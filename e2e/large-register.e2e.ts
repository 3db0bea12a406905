// Search, filters, sorting and keyboard navigation in a register of 10,000 activities: the table
// stays virtual (few rows in the DOM) and its counts match what the register holds.
import type { Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActivitySummary } from '../core/api/contract';
import { ActivitiesList } from './pages/ActivitiesList';
import { ActivityEditor } from './pages/ActivityEditor';
import { appPerFile, screenshot } from './support/app';
import { LARGE_COUNT, largeRegister } from './support/registers';

const app = appPerFile(largeRegister);
let all: ActivitySummary[];
let list: ActivitiesList;

beforeAll(async () => {
  const out = app.web.host.handle('listActivities', {});
  if (!out.ok) throw new Error(out.error.message);
  all = out.value as ActivitySummary[];
  list = new ActivitiesList(app.page);
  await app.page.goto(`${app.web.origin}/#/activities`);
  await list.waitLoaded();
});

const countsEqual = (shown: number) => expect.poll(() => list.counts()).toEqual([shown, LARGE_COUNT]);

describe(`a register of ${LARGE_COUNT.toLocaleString('en')} activities`, () => {
  it('lists them all while keeping fewer than 100 rows in the page', async () => {
    await countsEqual(LARGE_COUNT);
    const inDom = await list.rows().count();
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(100);
    await screenshot(app.page, 'activities-10k');
  });

  it('fits the table in the window: its bottom edge in view, and no page scrollbar beside its own', async () => {
    await countsEqual(LARGE_COUNT);
    const fit = await app.page.evaluate(() => {
      const page = document.scrollingElement!;
      return {
        pageOverflow: page.scrollHeight - page.clientHeight,
        gridBottom: document.querySelector('[role="grid"]')!.getBoundingClientRect().bottom,
        windowHeight: window.innerHeight,
      };
    });
    expect(fit.pageOverflow).toBe(0);
    expect(fit.gridBottom).toBeLessThanOrEqual(fit.windowHeight);
  });

  it('shows the first rows before the whole list, and applies what was typed meanwhile once it is here', async () => {
    // The whole list (listActivityRows without `first`) is held back until the test lets it through.
    const held: Route[] = [];
    await app.page.route('**/api/listActivityRows', (route) =>
      'first' in (route.request().postDataJSON() as object) ? route.continue() : void held.push(route),
    );
    await app.page.goto('about:blank');
    await app.page.goto(`${app.web.origin}/#/activities`);
    await list.waitLoaded();
    await expect.poll(() => list.rows().count()).toBeGreaterThan(5);
    const firstRows = await list.rows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-activity-id')));
    expect(firstRows).toEqual(all.slice(0, firstRows.length).map((a) => a.id));
    expect(await list.grid().getAttribute('aria-busy')).toBe('true');
    await countsEqual(LARGE_COUNT);

    await list.search('Processing activity 4321');
    await expect.poll(() => list.rows().count()).toBe(0);
    await expect.poll(() => held.length).toBe(1);
    await held[0]!.continue();
    await app.page.unroute('**/api/listActivityRows');

    await expect.poll(() => list.grid().getAttribute('aria-busy')).toBe('false');
    expect(await list.searchBox().inputValue()).toBe('Processing activity 4321');
    await countsEqual(all.filter((a) => a.name.toLowerCase().includes('processing activity 4321')).length);
    expect(await list.rows().first().textContent()).toContain('Processing activity 4321');
    await list.search('');
    await countsEqual(LARGE_COUNT);
  });

  it('searches across names and purposes', async () => {
    await list.search('Processing activity 4321');
    await countsEqual(all.filter((a) => a.name.toLowerCase().includes('processing activity 4321')).length);
    expect(await list.rows().first().textContent()).toContain('Processing activity 4321');

    await list.search('secondary purpose 7');
    await countsEqual(
      all.filter((a) => a.purposes.some((p) => p.toLowerCase().includes('secondary purpose 7'))).length,
    );
    await list.search('no activity is called like this');
    await countsEqual(0);
    await app.page.getByText('No activity matches the search and filters.').waitFor();
    await list.search('');
    await countsEqual(LARGE_COUNT);
  });

  it('filters by department, status and legal basis together', async () => {
    await list.filter('Department', 'Finance');
    await countsEqual(all.filter((a) => a.department === 'Finance').length);
    await list.filter('Status', 'Draft');
    await list.filter('Legal basis', 'Consent');
    const expected = all.filter(
      (a) => a.department === 'Finance' && a.status === 'draft' && a.legalBases.includes('consent'),
    ).length;
    expect(expected).toBeGreaterThan(0);
    await countsEqual(expected);
    await screenshot(app.page, 'activities-filtered');
  });

  it('sorts by a column header, ascending then descending, in numeric order', async () => {
    await app.page.reload();
    await list.waitLoaded();
    await countsEqual(LARGE_COUNT);
    const header = list.grid().getByRole('columnheader', { name: 'Activity' });
    await header.getByRole('button', { name: 'Activity', exact: true }).click();
    await expect
      .poll(() => list.rows().first().getByRole('gridcell').nth(1).textContent())
      .toBe('Processing activity 1');
    expect(await list.rows().nth(1).getByRole('gridcell').nth(1).textContent()).toBe('Processing activity 2');
    await header.getByRole('button', { name: 'Activity', exact: true }).click();
    await expect
      .poll(() => list.rows().first().getByRole('gridcell').nth(1).textContent())
      .toBe(`Processing activity ${LARGE_COUNT}`);
    expect(await header.getAttribute('aria-sort')).toBe('descending');
  });

  it('moves with the arrow keys and opens the current row with Enter', async () => {
    await app.page.goto(`${app.web.origin}/#/activities`);
    await app.page.reload();
    await list.waitLoaded();
    await countsEqual(LARGE_COUNT);
    await app.page.getByTestId('activity-grid').focus();
    for (let i = 0; i < 3; i++) await app.page.keyboard.press('ArrowDown');
    const current = list.grid().locator('[aria-selected="true"]');
    const name = (await current.getByRole('gridcell').nth(1).textContent()) ?? '';
    expect(name).toMatch(/^Processing activity \d+/);
    await app.page.keyboard.press('Enter');
    const editor = new ActivityEditor(app.page);
    await editor.waitLoaded();
    expect(await editor.field('Activity').inputValue()).toBe(name);
  });
});
