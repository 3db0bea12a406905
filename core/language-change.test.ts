// Setting the register's languages through the contract: a new primary language takes over the
// texts, the old primary texts stay as that language's translations, and the history still
// verifies and replays to the tables afterwards.
import { describe, expect, it } from 'vitest';
import { call, must } from './dispatcher';
import { tempRegister } from './test-helpers';

function payroll() {
  const ctx = tempRegister();
  must(ctx, 'setRegisterLanguages', { primary: 'en', further: ['nl'] });
  const org = must(ctx, 'createOrganisation', {
    name: 'Acme NV',
    address: 'High Street 1, Brussels',
    translations: { nl: { address: 'Hoogstraat 1, Brussel' } },
  });
  const recipient = must(ctx, 'createRecipient', { name: 'Payroll bureau', kind: 'processor', notes: 'Monthly run' });
  const activity = must(ctx, 'createActivity', {
    organisationId: org.id,
    name: 'Payroll',
    description: 'Paying staff',
    sources: ['The employee'],
    recipientIds: [recipient.id],
    purposes: [
      {
        text: 'Pay salaries',
        legalBases: ['contract'],
        translations: { nl: { text: 'Lonen uitbetalen' } },
      },
      {
        text: 'Prevent fraud',
        legalBases: ['legitimate_interests'],
        legitimateInterest: 'Protecting our funds',
      },
    ],
    retention: [{ durationValue: 7, durationUnit: 'years', trigger: 'after the end of employment' }],
    transfers: [{ country: 'US', safeguard: 'standard_contractual_clauses', safeguardDetails: 'SCC 2021 module 2' }],
    translations: { nl: { name: 'Loonadministratie', sources: ['De werknemer'] } },
  });
  return { ctx, org, recipient, activity };
}

describe('setRegisterLanguages', () => {
  it('makes Dutch primary without losing a text: the English texts become the English translations', () => {
    const { ctx, org, recipient, activity } = payroll();
    const set = must(ctx, 'setRegisterLanguages', { primary: 'nl', further: ['en'] });
    expect(set).toEqual({ primary: 'nl', further: ['en'] });
    expect(must(ctx, 'getRegisterInfo', {}).languages).toEqual({ primary: 'nl', further: ['en'] });

    const a = must(ctx, 'getActivity', { id: activity.id });
    expect(a.name).toBe('Loonadministratie');
    expect(a.sources).toEqual(['De werknemer']);
    // No Dutch description yet: the field keeps the English text, and English keeps it as its own.
    expect(a.description).toBe('Paying staff');
    expect(a.translations.en).toEqual({
      name: 'Payroll',
      description: 'Paying staff',
      sources: ['The employee'],
    });
    expect(a.translations.nl).toBeUndefined();
    expect(a.purposes.map((p) => p.text)).toEqual(['Lonen uitbetalen', 'Prevent fraud']);
    expect(a.purposes[0]!.translations.en).toEqual({ text: 'Pay salaries' });
    expect(a.purposes[1]!.translations.en).toEqual({
      text: 'Prevent fraud',
      legitimateInterest: 'Protecting our funds',
    });
    expect(a.purposes.map((p) => p.legalBases)).toEqual([['contract'], ['legitimate_interests']]);
    expect(a.retention[0]!.translations.en).toEqual({ trigger: 'after the end of employment' });
    expect(a.transfers[0]!.translations.en).toEqual({ safeguardDetails: 'SCC 2021 module 2' });
    expect(must(ctx, 'getOrganisation', { id: org.id })).toMatchObject({
      address: 'Hoogstraat 1, Brussel',
      translations: { en: { address: 'High Street 1, Brussels' } },
    });
    expect(must(ctx, 'getRecipient', { id: recipient.id }).translations.en).toEqual({
      name: 'Payroll bureau',
      notes: 'Monthly run',
    });

    // The activity list shows the new primary name.
    expect(must(ctx, 'listActivities', { lang: 'en' }).map((s) => s.name)).toEqual(['Loonadministratie']);

    const verified = must(ctx, 'verifyHistory', {});
    expect(verified.ok).toBe(true);
    expect(verified.differences).toEqual([]);
    const note = must(ctx, 'listHistory', {}).find((e) => e.entity === 'register');
    expect(note?.changes['languages']).toEqual({
      before: { primary: 'en', further: ['nl'] },
      after: { primary: 'nl', further: ['en'] },
    });
  });

  it('switching back restores the original fields exactly', () => {
    const { ctx, activity } = payroll();
    const before = must(ctx, 'getActivity', { id: activity.id });
    must(ctx, 'setRegisterLanguages', { primary: 'nl', further: ['en'] });
    must(ctx, 'setRegisterLanguages', { primary: 'en', further: ['nl'] });
    const after = must(ctx, 'getActivity', { id: activity.id });
    expect(after.name).toBe(before.name);
    expect(after.description).toBe(before.description);
    expect(after.purposes.map((p) => [p.text, p.legitimateInterest])).toEqual(
      before.purposes.map((p) => [p.text, p.legitimateInterest]),
    );
    expect(after.translations.nl).toMatchObject({ name: 'Loonadministratie', sources: ['De werknemer'] });
    expect(must(ctx, 'verifyHistory', {}).ok).toBe(true);
  });

  it('adding a further language changes no record; removing one keeps its texts stored', () => {
    const { ctx, activity } = payroll();
    const entries = must(ctx, 'listHistory', {}).length;
    must(ctx, 'setRegisterLanguages', { primary: 'en', further: ['nl', 'fr'] });
    expect(must(ctx, 'listHistory', {}).length).toBe(entries + 1);
    must(ctx, 'setRegisterLanguages', { primary: 'en', further: [] });
    expect(must(ctx, 'getActivity', { id: activity.id }).translations.nl?.name).toBe('Loonadministratie');
    // Setting what is already set records nothing.
    must(ctx, 'setRegisterLanguages', { primary: 'en', further: [] });
    expect(must(ctx, 'listHistory', {}).length).toBe(entries + 2);
    expect(must(ctx, 'verifyHistory', {}).ok).toBe(true);
  });

  it('refuses a primary language listed as a further one, or an unknown language, and changes nothing', () => {
    const { ctx } = payroll();
    const twice = call(ctx, 'setRegisterLanguages', { primary: 'nl', further: ['nl'] });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.message).toMatch(/primary language cannot also be a further one/);
    expect(call(ctx, 'setRegisterLanguages', JSON.parse('{"primary":"es"}') as { primary: 'en' }).ok).toBe(false);
    expect(must(ctx, 'getRegisterInfo', {}).languages).toEqual({ primary: 'en', further: ['nl'] });
  });
});
