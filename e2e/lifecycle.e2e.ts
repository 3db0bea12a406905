// A privacy officer's first day: a new register, the organisation and recipients, one complete
// activity, edits (with a refused save and the unsaved-changes guard), closing, reopening, deleting.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity, ActivitySummary, Term } from '../core/api/contract';
import { ActivitiesList } from './pages/ActivitiesList';
import { ActivityEditor, type ActivityInput } from './pages/ActivityEditor';
import { AppShell } from './pages/AppShell';
import { Catalogues } from './pages/Catalogues';
import { appPerFile, screenshot } from './support/app';
import { emptyRegister } from './support/registers';

const ACTIVITY: ActivityInput = {
  name: 'Payroll administration',
  reference: 'HR-01',
  role: 'Controller',
  status: 'Active',
  department: 'Human Resources',
  owner: 'Head of HR',
  description: 'Monthly salary calculation and payment for all employees.',
  purposes: [
    { text: 'Paying salaries', bases: ['Performance of a contract'] },
    { text: 'Withholding payroll tax', bases: ['Legal obligation'] },
    {
      text: 'Internal cost reports',
      bases: ['Legitimate interests'],
      interest: 'Keeping accurate internal cost reports.',
    },
  ],
  art9Conditions: ['Art. 9(2)(b) — Employment and social security law', 'Art. 9(2)(h) — Health or social care'],
  art10Basis: 'Not applicable',
  sources: ['The employee', 'Social secretariat'],
  dataSubjects: ['Employees'],
  dataCategories: ['Bank account data'],
  newDataCategory: 'Salary slip',
  recipients: ['SD Payroll BV (Processor)', 'CloudHost Inc. (Sub-processor)'],
  transfer: {
    country: 'US',
    recipient: 'CloudHost Inc.',
    safeguard: 'Standard contractual clauses (Art. 46)',
    details: 'EU SCC 2021, module 2',
  },
  retention: {
    value: '7',
    unit: 'years',
    trigger: 'after the end of employment',
    criterion: 'Tax law retention period',
    category: 'Bank account data',
  },
  securityMeasures: ['Encryption at rest'],
  securityDescription: 'Payroll files sit on an encrypted share; access is logged.',
  dpia: 'Not required',
  dpiaLink: 'DMS-4711',
  automatedDecisionDetails: 'None beyond the salary formula.',
  reviewDate: '2027-03-31',
  notes: 'Reviewed with the works council.',
};

const app = appPerFile((dir) => emptyRegister(dir, 'first.sqlite'));

const call = <T>(method: string, input?: unknown): T => app.call<T>(method, input);

describe('register lifecycle', () => {
  it('creates a new register and shows the empty activities screen', async () => {
    const shell = new AppShell(app.page);
    await shell.newRegister(path.join(app.dir, 'acme.sqlite'), 'Acme register');
    await expect.poll(() => shell.fileName().textContent()).toBe('acme.sqlite');
    await shell.goTo('Activities');
    await app.page.getByRole('heading', { name: 'No processing activities yet' }).waitFor();
    await screenshot(app.page, 'activities-empty');
    await new ActivitiesList(app.page).newActivity();
    await app.page.getByRole('heading', { name: 'Add your organisation first' }).waitFor();
  });

  it('records the organisation and the recipients', async () => {
    const shell = new AppShell(app.page);
    const catalogues = new Catalogues(app.page);
    await shell.goTo('Organisations');
    await catalogues.addOrganisation({
      name: 'Acme NV',
      enterpriseNumber: '0123.456.789',
      country: 'BE',
      email: 'info@acme.example',
      dpoName: 'Dana Privacy',
      dpoEmail: 'dpo@acme.example',
    });
    await app.page
      .getByRole('cell', { name: /Acme NV/ })
      .first()
      .waitFor();
    await screenshot(app.page, 'organisations');
    await shell.goTo('Recipients & processors');
    await catalogues.addRecipient({ name: 'SD Payroll BV', kind: 'Processor', country: 'BE' });
    await catalogues.addRecipient({ name: 'CloudHost Inc.', kind: 'Sub-processor', country: 'US' });
    await app.page.getByRole('cell', { name: 'CloudHost Inc.' }).first().waitFor();
    await screenshot(app.page, 'recipients');
    expect(
      call<{ name: string }[]>('listRecipients')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['CloudHost Inc.', 'SD Payroll BV']);
  });

  it('adds an activity with every field filled and saves it with Ctrl+S', async () => {
    await new AppShell(app.page).goTo('Activities');
    await new ActivitiesList(app.page).newActivity();
    const editor = new ActivityEditor(app.page);
    await editor.waitLoaded();
    await editor.fillEveryField(ACTIVITY);
    await editor.unsavedBadge().waitFor();
    await editor.saveWithShortcut();
    await editor.waitSavedVersion(1);
    expect(await editor.unsavedBadge().count()).toBe(0);
    await screenshot(app.page, 'activity-editor');

    const [summary] = call<ActivitySummary[]>('listActivities');
    const saved = call<Activity>('getActivity', { id: summary!.id });
    const terms = new Map(call<Term[]>('listTerms').map((t) => [t.id, t.labelEn]));
    expect(saved).toMatchObject({
      name: ACTIVITY.name,
      reference: 'HR-01',
      role: 'controller',
      status: 'active',
      department: 'Human Resources',
      owner: 'Head of HR',
      description: ACTIVITY.description,
      purposes: [
        { text: 'Paying salaries', legalBases: ['contract'], legitimateInterest: '' },
        { text: 'Withholding payroll tax', legalBases: ['legal_obligation'], legitimateInterest: '' },
        {
          text: 'Internal cost reports',
          legalBases: ['legitimate_interests'],
          legitimateInterest: 'Keeping accurate internal cost reports.',
        },
      ],
      legalBases: ['contract', 'legal_obligation', 'legitimate_interests'],
      art9Conditions: ['employment_social_security', 'health_social_care'],
      art10Basis: 'Not applicable',
      sources: ACTIVITY.sources,
      securityDescription: ACTIVITY.securityDescription,
      dpia: 'not_needed',
      dpiaLink: 'DMS-4711',
      automatedDecision: true,
      automatedDecisionDetails: ACTIVITY.automatedDecisionDetails,
      reviewDate: '2027-03-31',
      notes: ACTIVITY.notes,
      version: 1,
      createdBy: 'E2E Tester',
    });
    expect(saved.dataSubjectIds.map((id) => terms.get(id))).toEqual(['Employees']);
    expect(saved.dataCategoryIds.map((id) => terms.get(id))).toEqual(['Bank account data', 'Salary slip']);
    expect(saved.securityMeasureIds.map((id) => terms.get(id))).toEqual(['Encryption at rest']);
    expect(saved.recipientIds).toHaveLength(2);
    expect(saved.transfers).toMatchObject([
      { country: 'US', safeguard: 'standard_contractual_clauses', safeguardDetails: 'EU SCC 2021, module 2' },
    ]);
    expect(saved.retention).toMatchObject([
      {
        durationValue: 7,
        durationUnit: 'years',
        trigger: 'after the end of employment',
        criterion: 'Tax law retention period',
      },
    ]);
    expect(terms.get(saved.retention[0]!.dataCategoryId!)).toBe('Bank account data');
  });

  it('refuses an invalid save next to the field and changes nothing', async () => {
    const editor = new ActivityEditor(app.page);
    await editor.field('Activity').fill('');
    await editor.save();
    await app.page.getByText('required', { exact: true }).waitFor();
    expect(await editor.field('Activity').getAttribute('aria-invalid')).toBe('true');
    expect(call<ActivitySummary[]>('listActivities')[0]).toMatchObject({ name: ACTIVITY.name, version: 1 });
  });

  it('edits the activity and asks before leaving unsaved changes', async () => {
    const editor = new ActivityEditor(app.page);
    await editor.field('Activity').fill('Payroll and expenses');
    await new AppShell(app.page).goTo('Activities');
    const guard = app.page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await guard.getByRole('button', { name: 'Keep editing' }).click();
    await guard.waitFor({ state: 'hidden' });
    // The Electron shell asks the same guard before Open Recent or a second launch reloads the page.
    const shellAnswer = app.page.evaluate(() =>
      (window as unknown as { ropaMayLeave: () => Promise<boolean> }).ropaMayLeave(),
    );
    await guard.getByRole('button', { name: 'Keep editing' }).click();
    expect(await shellAnswer).toBe(false);
    expect(await editor.field('Activity').inputValue()).toBe('Payroll and expenses');
    await editor.save();
    await editor.waitSavedVersion(2);
    await new AppShell(app.page).goTo('Activities');
    const list = new ActivitiesList(app.page);
    await list.row('Payroll and expenses').waitFor();
    expect(await list.counts()).toEqual([1, 1]);
  });

  it('closes and reopens the register with the activity intact, then deletes it', async () => {
    const shell = new AppShell(app.page);
    await shell.closeRegister();
    await screenshot(app.page, 'start-screen');
    await shell.openRegister(path.join(app.dir, 'acme.sqlite'));
    await shell.goTo('Activities');
    const list = new ActivitiesList(app.page);
    await list.open('Payroll and expenses');
    const editor = new ActivityEditor(app.page);
    await editor.waitSavedVersion(2);
    expect(await editor.picked('Categories of personal data')).toEqual(['Bank account data', 'Salary slip']);
    await editor.delete();
    await app.page.getByRole('heading', { name: 'No processing activities yet' }).waitFor();
    expect(call<ActivitySummary[]>('listActivities')).toEqual([]);
  });
});
