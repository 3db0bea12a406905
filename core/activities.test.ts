// What a team sharing one register relies on: stale saves are refused with the current record,
// references must point at rows of the right kind, and used entries cannot be deleted.
import { describe, expect, it } from 'vitest';
import type { Activity, Outcome } from './api/contract';
import type { CoreContext } from './context';
import { call, must } from './dispatcher';
import type { RopaError } from './api/errors';
import type { ActivityDraft } from './api/schemas';
import { tempRegister } from './test-helpers';

const NO_SUCH_ID = '00000000-0000-7000-8000-00000000beef';

function errorOf<T>(out: Outcome<T>): RopaError {
  if (out.ok) throw new Error('expected a failure, got a success');
  return out.error;
}

function termId(ctx: CoreContext, kind: 'data_category' | 'data_subject' | 'security_measure', code: string): string {
  const t = must(ctx, 'listTerms', { kind }).find((x) => x.code === code);
  if (!t) throw new Error(`no term ${code}`);
  return t.id;
}

function setup() {
  const ctx = tempRegister();
  const org = must(ctx, 'createOrganisation', { name: 'Acme NV', country: 'BE' });
  const recipient = must(ctx, 'createRecipient', { name: 'Mail provider', kind: 'processor' });
  const draft: ActivityDraft = {
    organisationId: org.id,
    reference: 'M-1',
    name: 'Newsletter',
    purposes: [{ text: 'Send news', legalBases: ['consent'] }],
    dataSubjectIds: [termId(ctx, 'data_subject', 'newsletter_subscriber')],
    dataCategoryIds: [termId(ctx, 'data_category', 'user.contact.email')],
    securityMeasureIds: [termId(ctx, 'security_measure', 'encryption_in_transit')],
    recipientIds: [recipient.id],
    retention: [{ criterion: 'Until consent is withdrawn' }],
  };
  return { ctx, org, recipient, draft };
}

/** Everything a save could have changed. */
function snapshot(ctx: CoreContext) {
  return {
    info: must(ctx, 'getRegisterInfo', {}).counts,
    history: must(ctx, 'listHistory', { limit: 100_000 }).length,
    activities: must(ctx, 'listActivities', {}),
    organisations: must(ctx, 'listOrganisations', {}),
    recipients: must(ctx, 'listRecipients', {}),
    terms: must(ctx, 'listTerms', {}),
  };
}

describe('conflicts: a save based on a stale version', () => {
  it('updating an activity returns kind conflict with the current record and changes nothing', () => {
    const { ctx, draft } = setup();
    const created = must(ctx, 'createActivity', draft);
    const mine = must(ctx, 'updateActivity', {
      id: created.id,
      version: 1,
      fields: { ...draft, name: 'Newsletter (weekly)' },
    });
    expect(mine.version).toBe(2);
    const before = snapshot(ctx);
    const err = errorOf(
      call(ctx, 'updateActivity', { id: created.id, version: 1, fields: { ...draft, name: 'Monthly newsletter' } }),
    );
    expect(err.kind).toBe('conflict');
    if (err.kind !== 'conflict') return;
    expect(err.current as Activity).toEqual(mine);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('deleting with a stale version is a conflict too, and the activity stays', () => {
    const { ctx, draft } = setup();
    const created = must(ctx, 'createActivity', draft);
    must(ctx, 'updateActivity', { id: created.id, version: 1, fields: { ...draft, status: 'active' } });
    const before = snapshot(ctx);
    expect(errorOf(call(ctx, 'deleteActivity', { id: created.id, version: 1 })).kind).toBe('conflict');
    expect(snapshot(ctx)).toEqual(before);
  });

  it('applies to organisations, recipients and terms alike', () => {
    const { ctx, org, recipient } = setup();
    const term = must(ctx, 'createTerm', { kind: 'data_category', code: 'badge', labelEn: 'Badge number' });
    must(ctx, 'updateOrganisation', { id: org.id, version: 1, fields: { name: 'Acme SA' } });
    must(ctx, 'updateRecipient', {
      id: recipient.id,
      version: 1,
      fields: { name: 'Mail provider BV', kind: 'processor' },
    });
    must(ctx, 'updateTerm', {
      id: term.id,
      version: 1,
      fields: { kind: 'data_category', code: 'badge', labelEn: 'Badge id' },
    });
    const before = snapshot(ctx);
    const stale = [
      call(ctx, 'updateOrganisation', { id: org.id, version: 1, fields: { name: 'Acme BV' } }),
      call(ctx, 'deleteOrganisation', { id: org.id, version: 1 }),
      call(ctx, 'updateRecipient', { id: recipient.id, version: 1, fields: { name: 'X', kind: 'processor' } }),
      call(ctx, 'deleteRecipient', { id: recipient.id, version: 1 }),
      call(ctx, 'updateTerm', {
        id: term.id,
        version: 1,
        fields: { kind: 'data_category', code: 'badge', labelEn: 'Y' },
      }),
      call(ctx, 'deleteTerm', { id: term.id, version: 1 }),
    ].map(errorOf);
    expect(stale.map((e) => e.kind)).toEqual(Array(6).fill('conflict'));
    expect(stale[0]!.kind === 'conflict' && stale[0]!.current).toMatchObject({ name: 'Acme SA', version: 2 });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('reports not_found for a record someone else deleted', () => {
    const { ctx, draft } = setup();
    const created = must(ctx, 'createActivity', draft);
    must(ctx, 'deleteActivity', { id: created.id, version: 1 });
    expect(errorOf(call(ctx, 'updateActivity', { id: created.id, version: 1, fields: draft })).kind).toBe('not_found');
    expect(errorOf(call(ctx, 'getActivity', { id: created.id })).kind).toBe('not_found');
  });
});

describe('references', () => {
  it('refuses ids that name no row, or a row of the wrong kind, with the path of each', () => {
    const { ctx, draft } = setup();
    const subject = termId(ctx, 'data_subject', 'customer');
    const before = snapshot(ctx);
    const err = errorOf(
      call(ctx, 'createActivity', {
        ...draft,
        organisationId: NO_SUCH_ID,
        dataCategoryIds: [draft.dataCategoryIds![0]!, subject],
        securityMeasureIds: [NO_SUCH_ID],
        recipientIds: [NO_SUCH_ID],
        transfers: [{ country: 'US', safeguard: 'standard_contractual_clauses', recipientId: NO_SUCH_ID }],
        retention: [{ durationValue: 2, durationUnit: 'years', dataSubjectId: draft.dataCategoryIds![0]! }],
      }),
    );
    expect(err.kind).toBe('validation');
    if (err.kind !== 'validation') return;
    expect(Object.fromEntries(err.issues.map((i) => [i.path, i.message]))).toEqual({
      organisationId: 'no such organisation',
      'dataCategoryIds.1': 'this term is not a data category',
      'securityMeasureIds.0': 'no such term',
      'recipientIds.0': 'no such recipient',
      'transfers.0.recipientId': 'no such recipient',
      'retention.0.dataSubjectId': 'this term is not a data subject',
    });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('prefixes the paths with fields. on update', () => {
    const { ctx, draft } = setup();
    const created = must(ctx, 'createActivity', draft);
    const err = errorOf(
      call(ctx, 'updateActivity', { id: created.id, version: 1, fields: { ...draft, recipientIds: [NO_SUCH_ID] } }),
    );
    expect(err.kind === 'validation' && err.issues.map((i) => i.path)).toEqual(['fields.recipientIds.0']);
  });

  it('only processor activities may name controllers, and those must exist', () => {
    const { ctx, draft } = setup();
    const notProcessor = errorOf(call(ctx, 'createActivity', { ...draft, controllerIds: [NO_SUCH_ID] }));
    expect(notProcessor.kind === 'validation' && notProcessor.issues.map((i) => i.path)).toEqual(['controllerIds']);
    const unknown = errorOf(call(ctx, 'createActivity', { ...draft, role: 'processor', controllerIds: [NO_SUCH_ID] }));
    expect(unknown.kind === 'validation' && unknown.issues.map((i) => i.path)).toEqual(['controllerIds.0']);
  });

  it('keeps term codes unique within a vocabulary and terms in their vocabulary', () => {
    const { ctx } = setup();
    const dup = errorOf(
      call(ctx, 'createTerm', { kind: 'data_category', code: 'user.contact.email', labelEn: 'Mail' }),
    );
    expect(dup.kind === 'validation' && dup.issues.map((i) => i.path)).toEqual(['code']);
    const email = must(ctx, 'listTerms', { kind: 'data_category' }).find((t) => t.code === 'user.contact.email')!;
    const moved = errorOf(
      call(ctx, 'updateTerm', {
        id: email.id,
        version: email.version,
        fields: { ...email, kind: 'data_subject', special: false },
      }),
    );
    expect(moved.kind === 'validation' && moved.issues.map((i) => i.path)).toEqual(['kind']);
  });
});

describe('in use: deleting what an activity still refers to', () => {
  it('refuses a term, a recipient and an organisation in use, and allows them once unused', () => {
    const { ctx, org, recipient, draft } = setup();
    const activity = must(ctx, 'createActivity', draft);
    const email = must(ctx, 'listTerms', {}).find((t) => t.id === draft.dataCategoryIds![0])!;
    const before = snapshot(ctx);
    const refusals = [
      call(ctx, 'deleteTerm', { id: email.id, version: email.version }),
      call(ctx, 'deleteRecipient', { id: recipient.id, version: recipient.version }),
      call(ctx, 'deleteOrganisation', { id: org.id, version: org.version }),
    ].map(errorOf);
    expect(refusals.map((e) => e.kind)).toEqual(['in_use', 'in_use', 'in_use']);
    expect(refusals.map((e) => (e.kind === 'in_use' ? e.usedBy : 0))).toEqual([1, 1, 1]);
    expect(snapshot(ctx)).toEqual(before);

    must(ctx, 'deleteActivity', { id: activity.id, version: activity.version });
    expect(call(ctx, 'deleteTerm', { id: email.id, version: email.version }).ok).toBe(true);
    expect(call(ctx, 'deleteRecipient', { id: recipient.id, version: recipient.version }).ok).toBe(true);
    expect(call(ctx, 'deleteOrganisation', { id: org.id, version: org.version }).ok).toBe(true);
  });

  it('counts a term used only to scope a retention rule, a recipient used only by a transfer, an organisation used only as controller', () => {
    const { ctx, org, draft } = setup();
    const client = must(ctx, 'createOrganisation', { name: 'Client BV', kind: 'client' });
    const cloud = must(ctx, 'createRecipient', { name: 'Cloud Inc', kind: 'sub_processor', country: 'US' });
    const badge = must(ctx, 'createTerm', { kind: 'data_category', code: 'badge', labelEn: 'Badge number' });
    must(ctx, 'createActivity', {
      ...draft,
      organisationId: org.id,
      role: 'processor',
      controllerIds: [client.id],
      transfers: [{ country: 'US', safeguard: 'standard_contractual_clauses', recipientId: cloud.id }],
      retention: [{ durationValue: 1, durationUnit: 'years', dataCategoryId: badge.id }],
    });
    expect(errorOf(call(ctx, 'deleteTerm', { id: badge.id, version: 1 })).kind).toBe('in_use');
    expect(errorOf(call(ctx, 'deleteRecipient', { id: cloud.id, version: 1 })).kind).toBe('in_use');
    expect(errorOf(call(ctx, 'deleteOrganisation', { id: client.id, version: 1 })).kind).toBe('in_use');
  });
});

describe('an activity saved as one aggregate', () => {
  it('reads back exactly what was saved, in the given order, and records one history entry per save', () => {
    const { ctx, draft } = setup();
    const phone = termId(ctx, 'data_category', 'user.contact.phone_number');
    const fields = {
      ...draft,
      dataCategoryIds: [phone, ...draft.dataCategoryIds!],
      retention: [{ durationValue: 6, durationUnit: 'months' as const, trigger: 'after unsubscribing' }],
    };
    const created = must(ctx, 'createActivity', fields);
    expect(must(ctx, 'getActivity', { id: created.id })).toEqual(created);
    expect(created.dataCategoryIds).toEqual(fields.dataCategoryIds);
    expect(created.retention).toMatchObject([
      { durationValue: 6, durationUnit: 'months', trigger: 'after unsubscribing', version: 1 },
    ]);
    const updated = must(ctx, 'updateActivity', {
      id: created.id,
      version: 1,
      fields: { ...fields, name: 'Newsletter (weekly)' },
    });
    // An unchanged retention rule keeps its identity and version.
    expect(updated.retention[0]).toEqual(created.retention[0]);
    const history = must(ctx, 'listHistory', { entityId: created.id });
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(history[0]!.changes).toEqual({ name: { before: 'Newsletter', after: 'Newsletter (weekly)' } });
  });

  it('returns and records what a later read gives, every kind of field in the same order', () => {
    const { ctx, org, recipient, draft } = setup();
    const client = must(ctx, 'createOrganisation', { name: 'Client BV', country: 'NL', kind: 'client' });
    const category = draft.dataCategoryIds![0]!;
    const fields: ActivityDraft = {
      ...draft,
      description: 'Line one\nline two',
      role: 'processor',
      controllerIds: [client.id, org.id],
      status: 'retired',
      endDate: '2026-06-30',
      purposes: [
        { text: 'Send news', legalBases: ['consent'], dataCategoryIds: [category], retentionPositions: [1] },
        {
          text: 'Measure reach',
          legalBases: ['legitimate_interests', 'consent'],
          legitimateInterest: 'Knowing what readers open',
          translations: { fr: { text: 'Mesurer la portée' } },
        },
      ],
      art9Conditions: ['explicit_consent'],
      art10Basis: 'None',
      sources: ['The subscriber', 'A partner'],
      transfers: [
        {
          country: 'US',
          recipientId: recipient.id,
          safeguard: 'standard_contractual_clauses',
          safeguardDetails: 'Module 2',
        },
      ],
      retention: [
        { durationValue: 2, durationUnit: 'years', trigger: 'after the last mail', dataCategoryId: category },
        { criterion: 'Until consent is withdrawn', translations: { nl: { criterion: 'Tot intrekking' } } },
      ],
      securityDescription: 'TLS everywhere',
      dpia: 'done',
      dpiaLink: 'https://example.org/dpia',
      automatedDecision: true,
      automatedDecisionDetails: 'Scoring',
      reviewDate: '2027-01-31',
      notes: 'Checked',
      audiences: ['customers'],
      translations: { fr: { name: 'Lettre', sources: ['L’abonné'] } },
    };
    const created = must(ctx, 'createActivity', fields);
    const same = (a: Activity) =>
      expect(JSON.stringify(must(ctx, 'getActivity', { id: a.id }))).toBe(JSON.stringify(a));
    same(created);
    expect(created.legalBases).toEqual(['consent', 'legitimate_interests']);
    const updated = must(ctx, 'updateActivity', {
      id: created.id,
      version: 1,
      fields: { ...fields, automatedDecision: false, transfers: [{ ...fields.transfers![0]!, country: 'CA' }] },
    });
    same(updated);
    expect(updated.transfers[0]!.version).toBe(2);
    // The history's create entry holds the activity as read, so replaying it gives the same text.
    const [update, create] = must(ctx, 'listHistory', { entityId: created.id });
    const {
      id: _i,
      version: _v,
      createdAt: _ca,
      createdBy: _cb,
      updatedAt: _ua,
      updatedBy: _ub,
      ...editable
    } = created;
    expect(JSON.stringify(Object.fromEntries(Object.entries(create!.changes).map(([k, c]) => [k, c.after])))).toBe(
      JSON.stringify(editable),
    );
    expect(Object.keys(update!.changes)).toEqual(['automatedDecision', 'transfers']);
  });
});

describe('many activities created at once', () => {
  it('creates each as createActivity would, with its history entry and list line, and verify passes', () => {
    const { ctx, draft } = setup();
    const created = must(ctx, 'createActivities', {
      activities: [draft, { ...draft, reference: 'M-2', name: 'Loyalty card', recipientIds: [] }],
    });
    expect(created.map((a) => a.name)).toEqual(['Newsletter', 'Loyalty card']);
    for (const a of created) expect(must(ctx, 'getActivity', { id: a.id })).toEqual(a);
    const history = must(ctx, 'listHistory', { limit: 2 });
    expect(history.map((h) => [h.action, h.entityId])).toEqual([
      ['create', created[1]!.id],
      ['create', created[0]!.id],
    ]);
    expect(must(ctx, 'listActivities', {}).map((a) => [a.reference, a.name])).toEqual([
      ['M-1', 'Newsletter'],
      ['M-2', 'Loyalty card'],
    ]);
    const verified = must(ctx, 'verifyHistory', {});
    expect(verified.ok).toBe(true);
    expect(verified.differenceCount).toBe(0);
    expect(verified.listLineCount).toBe(0);
  });

  it('refuses the lot when one names what does not exist, saying which one, and changes nothing', () => {
    const { ctx, draft } = setup();
    const before = snapshot(ctx);
    const err = errorOf(
      call(ctx, 'createActivities', {
        activities: [draft, { ...draft, reference: 'M-2', dataSubjectIds: [NO_SUCH_ID] }],
      }),
    );
    expect(err).toMatchObject({ kind: 'validation', message: 'activities.1.dataSubjectIds.0: no such term' });
    expect(snapshot(ctx)).toEqual(before);
  });
});
