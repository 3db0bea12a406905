// The default vocabularies: valid terms in four languages, seeded into every new register, and
// editable there like any other term.
import { describe, expect, it } from 'vitest';
import { must } from './dispatcher';
import { termFields, TERM_KINDS } from './api/schemas';
import { tempRegister } from './test-helpers';
import { DEFAULT_TERMS } from './vocabulary';

describe('default vocabularies', () => {
  it('are valid terms with a label in English, Dutch, French and German', () => {
    for (const t of DEFAULT_TERMS) {
      const parsed = termFields.safeParse(t);
      expect(parsed.success, `${t.code}: ${parsed.error?.message}`).toBe(true);
      expect(
        [t.labelEn, t.labelNl, t.labelFr, t.labelDe].every((l) => l.trim() !== ''),
        t.code,
      ).toBe(true);
    }
  });

  it('have unique codes in each vocabulary and flag special categories on data categories only', () => {
    for (const kind of TERM_KINDS) {
      const codes = DEFAULT_TERMS.filter((t) => t.kind === kind).map((t) => t.code);
      expect(codes.length).toBeGreaterThanOrEqual(kind === 'cookie_category' ? 5 : 10);
      expect(new Set(codes).size).toBe(codes.length);
    }
    const flagged = DEFAULT_TERMS.filter((t) => t.special || t.criminal);
    expect(flagged.every((t) => t.kind === 'data_category')).toBe(true);
    expect(flagged.map((t) => t.code)).toEqual(
      expect.arrayContaining(['user.health_and_medical', 'user.biometric', 'user.criminal_history']),
    );
  });

  it('are in every new register as built-in terms, editable and deletable while unused', () => {
    const ctx = tempRegister();
    const terms = must(ctx, 'listTerms', {});
    expect(terms.map((t) => `${t.kind}:${t.code}`).sort()).toEqual(
      DEFAULT_TERMS.map((t) => `${t.kind}:${t.code}`).sort(),
    );
    expect(terms.every((t) => t.builtIn && t.version === 1)).toBe(true);

    const email = terms.find((t) => t.code === 'user.contact.email')!;
    const edited = must(ctx, 'updateTerm', {
      id: email.id,
      version: 1,
      fields: { ...email, labelNl: 'E-mailadres (werk)' },
    });
    expect(edited).toMatchObject({ labelNl: 'E-mailadres (werk)', version: 2, builtIn: true });
    const child = terms.find((t) => t.code === 'child')!;
    must(ctx, 'deleteTerm', { id: child.id, version: 1 });
    expect(must(ctx, 'listTerms', { kind: 'data_subject' }).some((t) => t.code === 'child')).toBe(false);
  });

  it('give the activity list its labels in the chosen language', () => {
    const ctx = tempRegister({ sample: true });
    const newsletter = (lang: 'en' | 'nl' | 'fr' | 'de') =>
      must(ctx, 'listActivities', { lang }).find((a) => a.reference === '2.2')!;
    expect(newsletter('en').dataCategories).toEqual(['Email address']);
    expect(newsletter('nl').dataCategories).toEqual(['E-mailadres']);
    expect(newsletter('fr').dataCategories).toEqual(['Adresse e-mail']);
    expect(newsletter('de').dataCategories).toEqual(['E-Mail-Adresse']);
  });
});
