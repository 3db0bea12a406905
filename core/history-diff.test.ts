// The history in words, on a real register: what an auditor reads on the History page and in the
// changes report, from entries written by the real save paths.
import { describe, expect, it } from 'vitest';
import type { ActivityDraft } from './api/schemas';
import { changeLines, describeEntry, historyLookups, type DescribedEntry } from './api/history-diff';
import type { Language } from './api/schemas';
import type { CoreContext } from './context';
import { call, must } from './dispatcher';
import { fieldsOf } from './activities';
import { tempRegister } from './test-helpers';

function termId(ctx: CoreContext, kind: 'data_category' | 'data_subject', code: string): string {
  const t = must(ctx, 'listTerms', { kind }).find((x) => x.code === code);
  if (!t) throw new Error(`no term ${code}`);
  return t.id;
}

function currentNames(ctx: CoreContext) {
  return {
    terms: must(ctx, 'listTerms', {}),
    recipients: must(ctx, 'listRecipients', {}),
    organisations: must(ctx, 'listOrganisations', {}),
    activities: must(ctx, 'listActivities', {}),
  };
}

/** The newest entries first, described in `lang` with the current names and the history's own. */
function described(ctx: CoreContext, lang: Language, entityId?: string): DescribedEntry[] {
  const all = must(ctx, 'listHistory', { limit: 10_000 });
  const lookups = historyLookups(currentNames(ctx), all);
  const shown = entityId ? all.filter((e) => e.entityId === entityId) : all;
  return shown.map((e) => describeEntry(e, lookups, lang));
}

const lineOf = (entry: DescribedEntry, field: string) => {
  const l = entry.lines.find((x) => x.field === field);
  if (!l) throw new Error(`no line for ${field} in ${JSON.stringify(entry.lines.map((x) => x.field))}`);
  return l;
};

function setup() {
  const ctx = tempRegister({ author: 'Jane Peeters' });
  const org = must(ctx, 'createOrganisation', { name: 'Acme NV', country: 'BE' });
  const mail = must(ctx, 'createRecipient', { name: 'Mail provider', kind: 'processor' });
  const cloud = must(ctx, 'createRecipient', { name: 'CloudCo', kind: 'processor', country: 'US' });
  const draft: ActivityDraft = {
    organisationId: org.id,
    name: 'Newsletter',
    purposes: [{ text: 'Send news', legalBases: ['consent'] }],
    dataSubjectIds: [termId(ctx, 'data_subject', 'newsletter_subscriber')],
    dataCategoryIds: [termId(ctx, 'data_category', 'user.contact.email')],
    recipientIds: [mail.id],
    retention: [{ durationValue: 7, durationUnit: 'years', trigger: 'after the last mailing' }],
    dpia: 'not_assessed',
  };
  const activity = must(ctx, 'createActivity', draft);
  return { ctx, org, mail, cloud, activity };
}

describe('describeEntry', () => {
  it('says what changed in an update in words: retention as a sentence, codes as labels, lists as added/removed', () => {
    const { ctx, activity, cloud } = setup();
    const fields = fieldsOf(activity);
    const name = termId(ctx, 'data_category', 'user.name');
    must(ctx, 'updateActivity', {
      id: activity.id,
      version: activity.version,
      fields: {
        ...fields,
        retention: [{ ...fields.retention[0]!, durationValue: 10 }],
        purposes: [{ ...fields.purposes[0]!, legalBases: ['consent', 'legal_obligation'] }],
        dpia: 'not_needed',
        dataCategoryIds: [...fields.dataCategoryIds, name],
        recipientIds: [...fields.recipientIds, cloud.id],
        transfers: [{ country: 'US', recipientId: cloud.id, safeguard: 'standard_contractual_clauses' }],
        reviewDate: '2025-12-31',
      },
    });
    const [update] = described(ctx, 'en', activity.id);
    expect(update).toMatchObject({ entityLabel: 'Activity', entityName: 'Newsletter', actionLabel: 'changed' });
    expect(lineOf(update!, 'retention')).toMatchObject({
      fieldLabel: 'Retention',
      before: '7 years after the last mailing',
      after: '10 years after the last mailing',
      added: ['10 years after the last mailing'],
      removed: ['7 years after the last mailing'],
    });
    expect(lineOf(update!, 'legalBases')).toMatchObject({ added: ['Legal obligation'], removed: [] });
    expect(lineOf(update!, 'purposes').after).toBe('Send news — Consent, Legal obligation');
    expect(lineOf(update!, 'dpia')).toMatchObject({ before: 'Not assessed', after: 'Not required' });
    expect(lineOf(update!, 'dataCategoryIds').added).toEqual(['Name']);
    expect(lineOf(update!, 'recipientIds')).toMatchObject({ fieldLabel: 'Recipients', added: ['CloudCo'] });
    expect(lineOf(update!, 'transfers').after).toBe(
      'to United States (US) (recipient: CloudCo) under Standard contractual clauses (Art. 46)',
    );
    expect(lineOf(update!, 'reviewDate')).toMatchObject({ fieldLabel: 'Next review', before: '', after: '31/12/2025' });
    // Nothing an auditor cannot read: no ids, no codes.
    const text = JSON.stringify(update!.lines);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(text).not.toMatch(/legal_obligation|not_assessed|standard_contractual/);
  });

  it('speaks the chosen language, dates included', () => {
    const { ctx, activity } = setup();
    must(ctx, 'updateActivity', {
      id: activity.id,
      version: activity.version,
      fields: { ...fieldsOf(activity), dpia: 'done', reviewDate: '2025-03-01' },
    });
    const [nl] = described(ctx, 'nl', activity.id);
    expect(nl).toMatchObject({ entityLabel: 'Verwerking', actionLabel: 'gewijzigd' });
    expect(lineOf(nl!, 'reviewDate')).toMatchObject({ fieldLabel: 'Volgende herziening', after: '01-03-2025' });
    const [de] = described(ctx, 'de', activity.id);
    expect(lineOf(de!, 'reviewDate').after).toBe('01.03.2025');
  });

  it('logs a new recipient as a recipient with its own field names', () => {
    const { ctx, mail } = setup();
    const created = described(ctx, 'en', mail.id).at(-1)!;
    expect(created).toMatchObject({ entity: 'recipient', entityLabel: 'Recipient', entityName: 'Mail provider' });
    expect(created.lines.map((l) => [l.fieldLabel, l.after])).toEqual([
      ['Name', 'Mail provider'],
      ['Kind of recipient', 'Processor'],
    ]);
  });

  it('names a deleted term as deleted, from the history itself', () => {
    const { ctx, activity } = setup();
    const term = must(ctx, 'createTerm', { kind: 'data_category', code: 'loyalty_points', labelEn: 'Loyalty points' });
    const withTerm = must(ctx, 'updateActivity', {
      id: activity.id,
      version: activity.version,
      fields: { ...fieldsOf(activity), dataCategoryIds: [...activity.dataCategoryIds, term.id] },
    });
    must(ctx, 'updateActivity', {
      id: activity.id,
      version: withTerm.version,
      fields: { ...fieldsOf(withTerm), dataCategoryIds: activity.dataCategoryIds },
    });
    expect(call(ctx, 'deleteTerm', { id: term.id, version: term.version }).ok).toBe(true);
    const [removal, addition] = described(ctx, 'en', activity.id);
    expect(addition!.lines[0]!.added).toEqual(['deleted term “Loyalty points”']);
    expect(removal!.lines[0]!.removed).toEqual(['deleted term “Loyalty points”']);
    // Without the history there is no name to give, but still no bare id.
    const bare = describeEntry(
      must(ctx, 'listHistory', { entityId: activity.id, limit: 1 })[0]!,
      historyLookups({}),
      'en',
    );
    expect(bare.lines[0]!.removed![0]).toMatch(/^deleted term “unknown [0-9a-f]{8}”$/);
  });

  it('words a change of the register’s languages as the register’s settings, with language names', () => {
    const { ctx } = setup();
    must(ctx, 'setRegisterLanguages', { primary: 'en', further: ['nl', 'fr'] });
    const [entry] = described(ctx, 'nl', 'register');
    expect(entry).toMatchObject({
      entityLabel: 'Register',
      entityName: 'Registerinstellingen',
      actionLabel: 'gewijzigd',
    });
    expect(lineOf(entry!, 'languages')).toMatchObject({
      fieldLabel: 'Talen',
      before: 'hoofdtaal: Engels',
      after: 'hoofdtaal: Engels; verdere: Nederlands, Frans',
    });
    const [english] = described(ctx, 'en', 'register');
    expect(lineOf(english!, 'languages').after).toBe('primary: English; further: Dutch, French');
  });

  it('changeLines gives one row per field with the record it belongs to, for the changes report', () => {
    const { ctx, org } = setup();
    must(ctx, 'updateOrganisation', {
      id: org.id,
      version: org.version,
      fields: { ...org, name: 'Acme Belgium NV', dpoEmail: 'dpo@acme.be' },
    });
    const entries = must(ctx, 'listHistory', { entityId: org.id, limit: 10 });
    const rows = changeLines(entries, historyLookups(currentNames(ctx), entries), 'fr');
    expect(rows.slice(0, 2)).toMatchObject([
      {
        entity: 'organisation',
        entityLabel: 'Organisation',
        entityName: 'Acme Belgium NV',
        actionLabel: 'modifié',
        fieldLabel: 'Nom',
        before: 'Acme NV',
        after: 'Acme Belgium NV',
        author: 'Jane Peeters',
      },
      { fieldLabel: 'E-mail du délégué à la protection des données', before: '', after: 'dpo@acme.be' },
    ]);
  });
});
