// Nothing typed is lost when a colleague deletes what I am editing: alice edits in one app, bob
// (a second app on the same file, another computer in effect) deletes the activity or a term she
// just picked. Her input stays, she is told what happened, and saving keeps it. What bob adds
// meanwhile shows in her pickers without reopening the editor.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Activity, ActivitySummary, Term } from '../core/api/contract';
import { must } from '../core/dispatcher';
import { openSession } from '../core/register';
import { ActivitiesList } from './pages/ActivitiesList';
import { ActivityEditor } from './pages/ActivityEditor';
import { pickMany } from './pages/fields';
import { AppShell } from './pages/AppShell';
import { Sharing } from './pages/Sharing';
import { photographFailure, screenshot, startApp, type RunningApp } from './support/app';
import { emptyRegister, removeDir, tempDir } from './support/registers';

let dir: string;
let alice: RunningApp;
let bob: RunningApp;
const ids: Record<'support' | 'payroll' | 'newsletter' | 'cctv', string> = {
  support: '',
  payroll: '',
  newsletter: '',
  cctv: '',
};

beforeAll(async () => {
  dir = tempDir();
  const file = emptyRegister(dir);
  const ctx = openSession(file, 'setup');
  const org = must(ctx, 'createOrganisation', { name: 'Acme NV' });
  ids.support = must(ctx, 'createActivity', {
    organisationId: org.id,
    name: 'Customer support',
    department: 'Support',
    purposes: [{ text: 'Answering questions', legalBases: ['contract'] }],
  }).id;
  ids.payroll = must(ctx, 'createActivity', { organisationId: org.id, name: 'Payroll', department: 'HR' }).id;
  ids.newsletter = must(ctx, 'createActivity', {
    organisationId: org.id,
    name: 'Newsletter',
    department: 'Marketing',
  }).id;
  ids.cctv = must(ctx, 'createActivity', {
    organisationId: org.id,
    name: 'Camera surveillance',
    department: 'Facilities',
  }).id;
  ctx.register.close();
  alice = await startApp(file, 'alice');
  // Bob starts on a register of his own and opens alice's file through the UI, past her lock.
  bob = await startApp(emptyRegister(dir, 'bob.sqlite'), 'bob');
  const sharing = new Sharing(bob.page);
  await sharing.tryToOpen(file);
  await sharing.lockChoice().getByRole('button', { name: 'Open anyway' }).click();
  await sharing.lockChoice().waitFor({ state: 'hidden' });
});
afterAll(async () => {
  await bob?.close();
  await alice?.close();
  removeDir(dir);
});
beforeEach(() => photographFailure(() => alice?.page));

const activities = (): ActivitySummary[] => {
  const out = alice.web.host.handle('listActivities', {});
  if (!out.ok) throw new Error(out.error.message);
  return out.value as ActivitySummary[];
};

async function openAs(app: RunningApp, id: string): Promise<ActivityEditor> {
  await app.page.goto(`${app.web.origin}/#/activities/${id}`);
  const editor = new ActivityEditor(app.page);
  await editor.waitLoaded();
  return editor;
}

describe('the activity being edited is deleted by someone else', () => {
  it('keeps her input under a banner naming bob, and Save as new activity puts it back with her input', async () => {
    const mine = await openAs(alice, ids.support);
    await mine.field('Department').fill('Customer care');
    await mine.field('Owner').fill('Alice Aerts');

    await (await openAs(bob, ids.support)).delete();
    await bob.page.getByRole('grid', { name: 'Processing activities' }).waitFor();

    const banner = mine.deletedBanner();
    // The banner comes at once; who deleted it and when follow from the history a moment later.
    await banner.filter({ hasText: '(bob, ' }).waitFor();
    expect(await banner.textContent()).toMatch(
      /^This activity was deleted by someone else \(bob, \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d \S+\)\. Save to keep it as a new activity, or discard\./,
    );
    expect(await mine.field('Department').inputValue()).toBe('Customer care');
    expect(await mine.field('Owner').inputValue()).toBe('Alice Aerts');
    expect(await mine.field('Activity').inputValue()).toBe('Customer support');
    expect(await mine.unsavedBadge().count()).toBe(1);
    await screenshot(alice.page, 'deleted-while-editing');

    await banner.getByRole('button', { name: 'Save as new activity' }).click();
    await mine.waitSavedVersion(1);
    await banner.waitFor({ state: 'detached' });
    const restored = activities().find((a) => a.name === 'Customer support');
    expect(restored).toMatchObject({
      department: 'Customer care',
      owner: 'Alice Aerts',
      purposes: ['Answering questions'],
      updatedBy: 'alice',
    });
    expect(restored?.id).not.toBe(ids.support);
    expect(alice.page.url()).toContain(`#/activities/${restored?.id}`);
  });

  it('says so without unsaved input too, and Discard returns to the list without asking', async () => {
    const mine = await openAs(alice, ids.payroll);
    expect(bob.web.host.handle('deleteActivity', { id: ids.payroll, version: 1 }).ok).toBe(true);
    await mine.deletedBanner().waitFor();
    expect(await mine.unsavedBadge().count()).toBe(0);
    await mine.deletedBanner().getByRole('button', { name: 'Discard changes' }).click();
    const list = new ActivitiesList(alice.page);
    await list.waitLoaded();
    await list.row('Newsletter').waitFor();
    expect(await list.row('Payroll').count()).toBe(0);
  });
});

describe('a term she picked is deleted by someone else before she saves', () => {
  it('names the term next to its picker, keeps her input, and saves once it is removed', async () => {
    const mine = await openAs(alice, ids.newsletter);
    await mine.field('Department').fill('Marketing & Sales');
    await mine.createTermInline('Categories of personal data', 'Loyalty card number');
    const terms = bob.web.host.handle('listTerms', {});
    const term = terms.ok ? (terms.value as Term[]).find((x) => x.labelEn === 'Loyalty card number') : undefined;
    expect(term).toBeDefined();
    expect(bob.web.host.handle('deleteTerm', { id: term!.id, version: term!.version }).ok).toBe(true);

    await mine.save();
    const error = mine.fieldError('Categories of personal data');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      '“Loyalty card number” no longer exists (someone deleted it); remove it and save again.',
    );
    expect(await mine.field('Department').inputValue()).toBe('Marketing & Sales');
    // The refused save changed nothing.
    expect(activities().find((a) => a.id === ids.newsletter)).toMatchObject({ department: 'Marketing', version: 1 });
    await screenshot(alice.page, 'deleted-term-while-editing');

    await mine.unpick('Categories of personal data', 'Loyalty card number');
    await mine.save();
    await mine.waitSavedVersion(2);
    const saved = alice.web.host.handle('getActivity', { id: ids.newsletter });
    expect(saved.ok && (saved.value as Activity)).toMatchObject({
      department: 'Marketing & Sales',
      dataCategoryIds: [],
    });
    await new AppShell(alice.page).notification(/saved/).first().waitFor();
  });
});

describe('a save with nothing typed, on a version someone else replaced', () => {
  it('shows their version instead of a conflict dialog with nothing of mine in it', async () => {
    // Two tabs of one app share its connection, so no change poll updates the idle tab first.
    const [theirs, idle] = [new ActivityEditor(await alice.newTab()), new ActivityEditor(await alice.newTab())];
    for (const editor of [theirs, idle]) {
      await editor.page.goto(`${alice.web.origin}/#/activities/${ids.cctv}`);
      await editor.waitLoaded();
    }
    await theirs.field('Owner').fill('Facility manager');
    await theirs.save();
    await theirs.waitSavedVersion(2);

    await idle.saveWithShortcut();
    await idle.waitSavedVersion(2);
    expect(await idle.field('Owner').inputValue()).toBe('Facility manager');
    expect(await idle.conflictDialog().count()).toBe(0);
    await new AppShell(idle.page).notification('alice saved a newer version meanwhile; it is shown now.').waitFor();
    expect(activities().find((a) => a.id === ids.cctv)).toMatchObject({ owner: 'Facility manager', version: 2 });
    await theirs.page.close();
    await idle.page.close();
  });
});

describe('a term someone else adds while she edits', () => {
  it('is offered in her picker without reopening the editor, and her input stays', async () => {
    const mine = await openAs(alice, ids.newsletter);
    await mine.field('Owner').fill('Marketing lead');
    const added = bob.web.host.handle('createTerm', {
      kind: 'data_category',
      code: 'custom.badge_photo',
      labelEn: 'Badge photo',
    });
    expect(added.ok).toBe(true);
    // The change poll (every 2 s) brings it in; the option appears without any reload.
    await pickMany(alice.page, mine.field('Categories of personal data'), ['Badge photo']);
    expect(await mine.picked('Categories of personal data')).toContain('Badge photo');
    expect(await mine.field('Owner').inputValue()).toBe('Marketing lead');
    await mine.save();
    await mine.waitSavedVersion(3);
    const saved = alice.web.host.handle('getActivity', { id: ids.newsletter });
    expect(saved.ok && (saved.value as Activity).owner).toBe('Marketing lead');
  });
});
