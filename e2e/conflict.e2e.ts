// Two tabs edit the same activity: the second save must show the conflict, never overwrite
// silently, and each way out of the dialog must do what it says.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../core/api/contract';
import { must } from '../core/dispatcher';
import { openSession } from '../core/register';
import { ActivityEditor } from './pages/ActivityEditor';
import { appPerFile, screenshot } from './support/app';
import { emptyRegister } from './support/registers';

let activityId: string;

const app = appPerFile((dir) => {
  const file = emptyRegister(dir);
  const ctx = openSession(file, 'setup');
  const org = must(ctx, 'createOrganisation', { name: 'Acme NV' });
  activityId = must(ctx, 'createActivity', {
    organisationId: org.id,
    name: 'Customer support',
    department: 'Support',
    purposes: [{ text: 'Answering questions', legalBases: ['contract'] }],
  }).id;
  ctx.register.close();
  return file;
});

const stored = (): Activity => {
  const out = app.web.host.handle('getActivity', { id: activityId });
  if (!out.ok) throw new Error(out.error.message);
  return out.value as Activity;
};

async function openInTwoTabs(): Promise<[ActivityEditor, ActivityEditor]> {
  const tabs = [await app.newTab(), await app.newTab()];
  const editors = tabs.map((tab) => new ActivityEditor(tab));
  for (const [i, tab] of tabs.entries()) {
    await tab.goto(`${app.web.origin}/#/activities/${activityId}`);
    await editors[i]!.waitLoaded();
  }
  return [editors[0]!, editors[1]!];
}

describe('two tabs editing one activity', () => {
  it('shows the conflict with their changed field, and "keep mine" saves mine over theirs', async () => {
    const [first, second] = await openInTwoTabs();
    const startVersion = stored().version;
    await first.field('Activity').fill('Customer support desk');
    await first.save();
    await first.waitSavedVersion(startVersion + 1);

    await second.field('Department').fill('Customer Care');
    await second.save();
    const dialog = second.conflictDialog();
    await dialog.waitFor();
    const row = dialog.getByTestId('conflict-fields').getByRole('row', { name: /Activity/ });
    expect(await row.textContent()).toContain('Customer support desk');
    expect(stored()).toMatchObject({ name: 'Customer support desk', department: 'Support' });
    await screenshot(second.page, 'conflict-dialog');

    await dialog.getByRole('button', { name: 'Keep mine and save' }).click();
    await second.waitSavedVersion(startVersion + 2);
    expect(stored()).toMatchObject({
      name: 'Customer support',
      department: 'Customer Care',
      version: startVersion + 2,
    });
    await first.page.close();
    await second.page.close();
  });

  it('"take theirs" drops my edit and shows their version', async () => {
    const [first, second] = await openInTwoTabs();
    const startVersion = stored().version;
    await first.field('Owner').fill('Sam from Support');
    await first.save();
    await first.waitSavedVersion(startVersion + 1);

    await second.field('Owner').fill('Alex');
    await second.saveWithShortcut();
    await second.conflictDialog().getByRole('button', { name: 'Take theirs' }).click();
    await second.waitSavedVersion(startVersion + 1);
    expect(await second.field('Owner').inputValue()).toBe('Sam from Support');
    expect(await second.unsavedBadge().count()).toBe(0);
    expect(stored()).toMatchObject({ owner: 'Sam from Support', version: startVersion + 1 });
  });
});
