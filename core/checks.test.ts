// One test per check rule: each builds the smallest register that breaks exactly that rule, then
// shows the finding gone once the register says what the law asks. Real registers in temp folders.
import { describe, expect, it } from 'vitest';
import type { ActivityDraft } from './api/schemas';
import type { Finding } from './api/contract';
import { must } from './dispatcher';
import { writeRegisterLanguages } from './languages';
import { tempRegister } from './test-helpers';

type Ctx = ReturnType<typeof tempRegister>;

function termId(ctx: Ctx, kind: 'data_category' | 'data_subject' | 'security_measure', code: string): string {
  return must(ctx, 'listTerms', { kind }).find((t) => t.code === code)!.id;
}

/** A register whose organisation and one activity satisfy every rule, so each test breaks one thing. */
function complete(overrides: (ctx: Ctx, org: string) => Partial<ActivityDraft> = () => ({})) {
  const ctx = tempRegister();
  const org = must(ctx, 'createOrganisation', {
    name: 'Acme NV',
    address: 'Kunstlaan 1, 1000 Brussel',
    email: 'info@acme.example',
    dpoName: 'Dana Peeters',
    dpoEmail: 'dpo@acme.example',
  });
  const draft: ActivityDraft = {
    organisationId: org.id,
    reference: 'A-1',
    name: 'Payroll',
    status: 'active',
    purposes: [{ text: 'Pay salaries', legalBases: ['contract'] }],
    dataSubjectIds: [termId(ctx, 'data_subject', 'employee')],
    dataCategoryIds: [termId(ctx, 'data_category', 'user.financial.bank_account')],
    securityMeasureIds: [termId(ctx, 'security_measure', 'access_control')],
    recipientIds: [must(ctx, 'createRecipient', { name: 'Payroll bureau', kind: 'processor', country: 'BE' }).id],
    retention: [{ durationValue: 5, durationUnit: 'years', trigger: 'after employment ends' }],
    reviewDate: '2027-06-30',
    dpia: 'not_needed',
    ...overrides(ctx, org.id),
  };
  const activity = must(ctx, 'createActivity', draft);
  return { ctx, org, activity, draft };
}

const codes = (findings: Finding[]) => findings.map((f) => f.code);
const only = (ctx: Ctx, code: string) => must(ctx, 'runChecks', {}).filter((f) => f.code === code);

describe('ropa check: rules that follow the law', () => {
  it('a complete register has no findings at all', () => {
    const { ctx } = complete();
    expect(must(ctx, 'runChecks', {})).toEqual([]);
  });

  it('organisation without address, e-mail or phone: Art. 30(1)(a) error', () => {
    const { ctx, org } = complete();
    const { id, version, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, ...fields } = org;
    must(ctx, 'updateOrganisation', { id, version, fields: { ...fields, address: '', email: '' } });
    const [f] = only(ctx, 'art30_1_a_contact');
    expect(f).toMatchObject({ entity: 'organisation', entityId: id, severity: 'error', requirement: 'art30' });
    expect(f!.message).toMatch(/Art\. 30\(1\)\(a\); required by Article 30/);
  });

  it('no data protection officer: Art. 30(1)(a) error', () => {
    const { ctx, org } = complete();
    const { id, version, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, ...fields } = org;
    must(ctx, 'updateOrganisation', { id, version, fields: { ...fields, dpoName: '', dpoEmail: '' } });
    expect(only(ctx, 'art30_1_a_dpo')).toMatchObject([{ severity: 'error', article: 'Art. 30(1)(a), 37(7)' }]);
  });

  it('joint controller without contact details: Art. 30(1)(a) error', () => {
    const { ctx } = complete((c) => ({
      recipientIds: [must(c, 'createRecipient', { name: 'Partner BV', kind: 'joint_controller', country: 'NL' }).id],
    }));
    expect(only(ctx, 'art30_1_a_joint_controller_contact')).toMatchObject([
      { entity: 'recipient', activityName: 'Partner BV', severity: 'error' },
    ]);
  });

  it('client controller without contact details: Art. 30(2)(a) error', () => {
    const { ctx } = complete((c) => ({
      role: 'processor',
      controllerIds: [must(c, 'createOrganisation', { name: 'Client Bank', kind: 'client' }).id],
    }));
    expect(only(ctx, 'art30_2_a_client_contact')).toMatchObject([
      { entity: 'organisation', activityName: 'Client Bank', severity: 'error', article: 'Art. 30(2)(a)' },
    ]);
  });

  it('recipient in the US and no transfer to the US: Art. 30(1)(e) error; recorded, it is gone', () => {
    const { ctx, activity, draft } = complete();
    const us = must(ctx, 'createRecipient', { name: 'Cloud Inc.', kind: 'processor', country: 'US' });
    const withUs = { ...draft, recipientIds: [...draft.recipientIds!, us.id] };
    const v2 = must(ctx, 'updateActivity', { id: activity.id, version: activity.version, fields: withUs });
    const [f] = only(ctx, 'art30_1_e_transfer_missing');
    expect(f).toMatchObject({ severity: 'error', field: 'transfers', requirement: 'art30' });
    expect(f!.message).toMatch(/Cloud Inc\. \(US\)/);
    // A recipient inside the EEA (BE) never triggers it.
    expect(f!.message).not.toMatch(/Payroll bureau/);
    must(ctx, 'updateActivity', {
      id: activity.id,
      version: v2.version,
      fields: {
        ...withUs,
        transfers: [{ country: 'US', recipientId: us.id, safeguard: 'standard_contractual_clauses' }],
      },
    });
    expect(only(ctx, 'art30_1_e_transfer_missing')).toEqual([]);
  });

  it('transfer under a derogation without documented safeguards: Art. 30(1)(e) error', () => {
    const { ctx } = complete(() => ({ transfers: [{ country: 'CH', safeguard: 'derogation_art49' }] }));
    expect(only(ctx, 'art30_1_e_safeguard')).toMatchObject([{ severity: 'error' }]);
  });

  it('special categories without an Art. 9 condition: error; several conditions are allowed', () => {
    const health = (c: Ctx) => [termId(c, 'data_category', 'user.health_and_medical')];
    const bare = complete((c) => ({ dataCategoryIds: health(c) }));
    expect(only(bare.ctx, 'art9_condition')).toMatchObject([{ severity: 'error', requirement: 'accountability' }]);
    const two = complete((c) => ({
      dataCategoryIds: health(c),
      art9Conditions: ['employment_social_security', 'health_social_care'],
      dpia: 'done',
    }));
    expect(two.activity.art9Conditions).toEqual(['employment_social_security', 'health_social_care']);
    expect(must(two.ctx, 'runChecks', {})).toEqual([]);
  });

  it('criminal-offence data without an Art. 10 basis: error', () => {
    const { ctx } = complete((c) => ({
      dataCategoryIds: [termId(c, 'data_category', 'user.criminal_history')],
      dpia: 'done',
    }));
    expect(codes(must(ctx, 'runChecks', {}))).toEqual(['art10_basis']);
  });

  it('retention with no duration and a vague criterion: warning', () => {
    const { ctx } = complete(() => ({ retention: [{ criterion: 'As long as necessary' }] }));
    expect(only(ctx, 'art30_1_f_vague_retention')).toMatchObject([{ severity: 'warning' }]);
    const precise = complete(() => ({ retention: [{ criterion: 'Until consent is withdrawn' }] }));
    expect(only(precise.ctx, 'art30_1_f_vague_retention')).toEqual([]);
  });

  it('no retention at all: a warning, as Art. 30(1)(f) says "where possible"', () => {
    const { ctx } = complete(() => ({ retention: [] }));
    expect(only(ctx, 'art30_1_f_retention')).toMatchObject([{ severity: 'warning', requirement: 'art30' }]);
  });

  it('no security measures: a warning, as Art. 30(1)(g) says "where possible"', () => {
    const { ctx } = complete(() => ({ securityMeasureIds: [] }));
    expect(only(ctx, 'art30_1_g_security')).toMatchObject([{ severity: 'warning' }]);
  });

  it('DPIA not assessed on children, special categories or automated decisions: "DPIA likely required (Art. 35)"', () => {
    const kids = complete((c) => ({ dataSubjectIds: [termId(c, 'data_subject', 'child')], dpia: 'not_assessed' }));
    const [f] = only(kids.ctx, 'art35_dpia_likely');
    expect(f).toMatchObject({ severity: 'warning', requirement: 'accountability' });
    expect(f!.message).toMatch(/DPIA likely required \(Art\. 35\)/);
    const automated = complete(() => ({ automatedDecision: true, dpia: 'not_assessed' }));
    expect(only(automated.ctx, 'art35_dpia_likely')).toHaveLength(1);
    const ordinary = complete(() => ({ dpia: 'not_assessed' }));
    expect(only(ordinary.ctx, 'art35_dpia_likely')).toEqual([]);
  });

  it('DPIA needed but not done: warning', () => {
    const { ctx } = complete(() => ({ dpia: 'needed' }));
    expect(only(ctx, 'art35_dpia')).toMatchObject([{ severity: 'warning' }]);
  });

  it('a purpose without a legal basis: an accountability warning (Art. 5(2), 6), not an Art. 30 error', () => {
    const { ctx } = complete(() => ({ purposes: [{ text: 'Pay salaries' }] }));
    const [f] = only(ctx, 'art6_legal_basis');
    expect(f).toMatchObject({ severity: 'warning', requirement: 'accountability', article: 'Art. 5(2), 6(1)' });
    expect(f!.message).toMatch(/"Pay salaries"/);
  });

  it('legitimate interests without the interest described: warning naming the purpose', () => {
    const { ctx } = complete(() => ({
      purposes: [
        { text: 'Pay salaries', legalBases: ['contract'] },
        { text: 'Fraud prevention', legalBases: ['legitimate_interests'] },
      ],
    }));
    expect(only(ctx, 'art6_1_f_interest')).toMatchObject([{ severity: 'warning' }]);
    expect(only(ctx, 'art6_1_f_interest')[0]!.message).toMatch(/"Fraud prevention"/);
  });

  it('every purpose on the same several bases: "confirm which legal basis applies to each purpose"', () => {
    const both = ['contract', 'legal_obligation'] as const;
    const { ctx } = complete(() => ({
      purposes: [
        { text: 'Pay salaries', legalBases: [...both] },
        { text: 'Report to the tax office', legalBases: [...both] },
      ],
    }));
    expect(only(ctx, 'purpose_bases_unconfirmed')[0]!.message).toMatch(
      /confirm which legal basis applies to each purpose/,
    );
  });

  it('no purpose, subjects or data categories: Art. 30(1)(b) and (c) errors', () => {
    const { ctx } = complete(() => ({ purposes: [], dataSubjectIds: [], dataCategoryIds: [] }));
    expect(codes(must(ctx, 'runChecks', {}).filter((f) => f.severity === 'error')).sort()).toEqual([
      'art30_1_b_purposes',
      'art30_1_c_data',
      'art30_1_c_subjects',
    ]);
  });

  it('no recipients: warning to confirm nobody receives the data', () => {
    const { ctx } = complete(() => ({ recipientIds: [] }));
    expect(only(ctx, 'art30_1_d_recipients')).toMatchObject([{ severity: 'warning' }]);
  });

  it('processor activity without controllers or description: Art. 30(2)(a) and (b) errors', () => {
    const { ctx } = complete(() => ({ role: 'processor', purposes: [] }));
    expect(codes(must(ctx, 'runChecks', {})).sort()).toEqual(['art30_2_a_controllers', 'art30_2_b_categories']);
  });

  it('no review date: accountability warning', () => {
    const { ctx } = complete(() => ({ reviewDate: null }));
    expect(only(ctx, 'review_date')).toMatchObject([{ severity: 'warning', requirement: 'accountability' }]);
  });

  it('ropa check --lang fr lists the texts without a French version, as warnings', () => {
    const { ctx } = complete(() => ({
      description: 'Monthly salary run',
      translations: { fr: { name: 'Paie' } },
    }));
    ctx.register.sqlite.transaction(() => writeRegisterLanguages(ctx, { primary: 'en', further: ['fr'] }))();
    const missing = must(ctx, 'runChecks', { lang: 'fr' }).filter((f) => f.code === 'translation_missing');
    expect(missing.map((f) => f.field).sort()).toEqual(['description', 'purposes.0.text', 'retention.0.trigger']);
    expect(missing.every((f) => f.severity === 'warning')).toBe(true);
    expect(must(ctx, 'runChecks', {}).some((f) => f.code === 'translation_missing')).toBe(false);
  });
});

describe('overdue reviews among the findings', () => {
  it('names an activity whose next review date has passed, and only while it is not retired', () => {
    const ctx = tempRegister({ sample: true, now: () => '2026-06-15T09:00:00.000Z' });
    const [past, future, retired] = must(ctx, 'listActivities', {});
    const plan = (id: string, reviewDate: string, status?: 'retired') => {
      const a = must(ctx, 'getActivity', { id });
      must(ctx, 'updateActivity', {
        id,
        version: a.version,
        fields: { ...a, reviewDate, ...(status ? { status, endDate: '2026-01-01' } : {}) },
      });
    };
    plan(past!.id, '2026-06-14');
    plan(future!.id, '2026-06-15');
    plan(retired!.id, '2020-01-01', 'retired');
    const overdue = must(ctx, 'runChecks', {}).filter((f) => f.code === 'review_overdue');
    expect(overdue.map((f) => [f.activityName, f.field, f.severity])).toEqual([[past!.name, 'reviewDate', 'warning']]);
    expect(must(ctx, 'getRegisterInfo', {}).overdueReviews).toBe(1);
  });
});
