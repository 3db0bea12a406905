// Issue 17, point 4: searching ignores case and accents in all four languages, in a real register
// (searchActivities in the core) exactly as in the activities table (filterActivities in the page).
import { describe, expect, it } from 'vitest';
import { must } from './dispatcher';
import { filterActivities, foldForSearch } from './api/search';
import type { Language } from './api/schemas';
import type { CoreContext } from './context';
import { tempRegister } from './test-helpers';

function registerWithAccents() {
  const ctx = tempRegister({ sample: true });
  const [org] = must(ctx, 'listOrganisations', {});
  const phone = must(ctx, 'listTerms', { kind: 'data_category' }).find((t) => t.code === 'user.contact.phone_number')!;
  const add = (reference: string, name: string, extra: { department?: string; dataCategoryIds?: string[] } = {}) =>
    must(ctx, 'createActivity', { organisationId: org!.id, reference, name, ...extra });
  add('9.1', 'Sécurité des locaux', { department: 'Sûreté' });
  add('9.2', 'Überwachung der Eingänge an der Straße');
  add('9.3', 'Œuvres sociales du comité');
  add('9.4', 'Coördinatie van vrijwilligers');
  add('9.5', 'Rappels des clients', { dataCategoryIds: [phone.id] });
  return ctx;
}

const found = (ctx: CoreContext, text: string, lang: Language = 'en') =>
  must(ctx, 'searchActivities', { text, lang })
    .map((s) => s.reference)
    .filter((r) => r.startsWith('9.'));

describe('search without case or accents', () => {
  it('finds names and departments whatever the case and accents typed', () => {
    const ctx = registerWithAccents();
    const cases: [string, string[]][] = [
      ['securite', ['9.1']],
      ['SECURITE', ['9.1']],
      ['Sécurité', ['9.1']],
      ['sécurite', ['9.1']],
      ['surete', ['9.1']],
      ['uberwachung', ['9.2']],
      ['ÜBERWACHUNG', ['9.2']],
      ['eingange', ['9.2']],
      ['strasse', ['9.2']],
      ['straße', ['9.2']],
      ['oeuvres', ['9.3']],
      ['comite', ['9.3']],
      ['coordinatie', ['9.4']],
      ['COÖRDINATIE', ['9.4']],
    ];
    expect(cases.map(([text]) => [text, found(ctx, text)])).toEqual(cases);
  });

  it('matches term labels in the UI language the same way ("telephone" finds "Numéro de téléphone")', () => {
    const ctx = registerWithAccents();
    expect(found(ctx, 'numero de telephone', 'fr')).toEqual(['9.5']);
    expect(found(ctx, 'TELEFOONNUMMER', 'nl')).toEqual(['9.5']);
    expect(found(ctx, 'numero de telephone', 'de')).toEqual([]);
  });

  it('finds in the table exactly what the core finds', () => {
    const ctx = registerWithAccents();
    const all = must(ctx, 'listActivities', { lang: 'fr' });
    for (const text of ['securite', 'strasse', 'oeuvres', 'telephone', 'zzz']) {
      expect(filterActivities(all, { text }).map((a) => a.id)).toEqual(
        must(ctx, 'searchActivities', { text, lang: 'fr' }).map((a) => a.id),
      );
    }
  });

  it('folds text the same way whichever Unicode form it is stored in', () => {
    expect(foldForSearch('Se\u0301curite\u0301')).toBe('securite');
    expect(foldForSearch('Sécurité')).toBe('securite');
    expect(foldForSearch('ĲSSELMEER')).toBe('ijsselmeer');
  });
});
