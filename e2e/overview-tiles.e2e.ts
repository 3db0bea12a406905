// The Overview's tiles lead to what they count: the Activities table narrowed to a status, to the
// overdue reviews or to the activities with transfers; overdue reviews are findings too.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { must } from '../core/dispatcher';
import { newRegister } from '../core/register';
import { fillSample } from '../core/sample/index';
import { ActivitiesList } from './pages/ActivitiesList';
import { labelled } from './pages/fields';
import { Overview } from './pages/Overview';
import { appPerFile, screenshot } from './support/app';

let overdue: string;
let draft: string;
let total: number;

const app = appPerFile((dir) => {
  const file = path.join(dir, 'sample.sqlite');
  const ctx = newRegister(file, { author: 'setup', name: 'Sample register' });
  fillSample(ctx);
  const [first, second] = must(ctx, 'listActivities', {});
  const late = must(ctx, 'getActivity', { id: first!.id });
  must(ctx, 'updateActivity', { id: late.id, version: late.version, fields: { ...late, reviewDate: '2020-01-31' } });
  const drafted = must(ctx, 'getActivity', { id: second!.id });
  must(ctx, 'updateActivity', {
    id: drafted.id,
    version: drafted.version,
    fields: { ...drafted, status: 'draft', reviewDate: '2099-12-31' },
  });
  overdue = late.name;
  draft = drafted.name;
  total = must(ctx, 'listActivities', {}).length;
  ctx.register.close();
  return file;
});

describe('Overview tiles', () => {
  it('lists an overdue review among the findings', async () => {
    const overview = new Overview(app.page);
    await overview.show(app.web.url);
    const row = overview.findingsOf(overdue).filter({ hasText: 'The planned review date has passed' });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Next review');
    await screenshot(app.page, 'overview-tiles');
  });

  it('opens the table narrowed to the overdue reviews, and the narrowing can be removed', async () => {
    const overview = new Overview(app.page);
    await overview.show(app.web.url);
    await overview.open('Overdue reviews');
    const list = new ActivitiesList(app.page);
    await list.waitLoaded();
    expect(new URL(app.page.url()).hash).toBe('#/activities?only=overdue');
    expect(await list.counts()).toEqual([1, total]);
    expect(await list.rows().allTextContents()).toEqual([expect.stringContaining(overdue)]);
    const only = app.page.getByTestId('only-filter');
    expect(await only.textContent()).toBe('Overdue reviews only');
    await screenshot(app.page, 'overview-tile-overdue');
    await app.page.getByRole('button', { name: 'Show all, not only: Overdue reviews only' }).click();
    expect(await list.counts()).toEqual([total, total]);
  });

  it('opens the table with the status picked for the Drafts tile', async () => {
    const overview = new Overview(app.page);
    await overview.show(app.web.url);
    await overview.open('Drafts');
    const list = new ActivitiesList(app.page);
    await list.waitLoaded();
    expect(await list.counts()).toEqual([1, total]);
    expect(await list.rows().allTextContents()).toEqual([expect.stringContaining(draft)]);
    expect(await labelled(app.page, 'Status').inputValue()).toBe('Draft');
  });

  it('opens the Organisations screen for the Organisations tile', async () => {
    const overview = new Overview(app.page);
    await overview.show(app.web.url);
    await overview.open('Organisations');
    await app.page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    expect(new URL(app.page.url()).hash).toBe('#/organisations');
  });
});
