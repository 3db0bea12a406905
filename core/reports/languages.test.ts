// Reports in a register's further language print that language's texts, and mark the primary
// language's text where a translation is missing; the sample reads in Dutch like the seed.
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { must } from '../dispatcher';
import { writeRegisterLanguages } from '../languages';
import { tempDir, tempRegister } from '../test-helpers';
import { writeReport } from './export';
import { buildReport } from './model';

describe('reports in the register’s languages', () => {
  it('use the French text where there is one, else the primary text marked [EN]', () => {
    const ctx = tempRegister();
    ctx.register.sqlite.transaction(() => writeRegisterLanguages(ctx, { primary: 'en', further: ['fr'] }))();
    const org = must(ctx, 'createOrganisation', { name: 'Acme NV', address: 'Rue Haute 1, Bruxelles' });
    must(ctx, 'createActivity', {
      organisationId: org.id,
      reference: 'A',
      name: 'Payroll',
      purposes: [
        { text: 'Pay salaries', legalBases: ['contract'], translations: { fr: { text: 'Payer les salaires' } } },
        { text: 'Report to the tax office', legalBases: ['legal_obligation'] },
      ],
      translations: { fr: { name: 'Paie' } },
    });
    const fr = buildReport(ctx, { lang: 'fr' }, false);
    const [a] = fr.activities;
    expect(a!.name).toBe('Paie');
    expect(a!.purposeList.map((p) => p.text)).toEqual(['Payer les salaires', 'Report to the tax office [EN]']);
    expect(a!.purposes[0]).toMatch(/^Payer les salaires — .+ \(Art\. 6\(1\)\(b\)\)$/);
    expect(fr.organisations[0]!.address).toBe('Rue Haute 1, Bruxelles [EN]');
    expect(fr.hasFallbacks).toBe(true);
    // The primary language and a language the register does not keep print the primary texts unmarked.
    for (const lang of ['en', 'de'] as const) {
      const m = buildReport(ctx, { lang }, false);
      expect(m.activities[0]!.name).toBe('Payroll');
      expect(m.hasFallbacks).toBe(false);
    }
  });

  it('the sample in Dutch reads like the seed: "Nieuwsbrief", "Aanwervingen", each purpose beside its basis', async () => {
    const ctx = tempRegister({ sample: true });
    const out = path.join(tempDir(), 'nl.pdf');
    await writeReport(ctx, { format: 'pdf', path: out, lang: 'nl' });
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    for (const name of ['Nieuwsbrief', 'Aanwervingen', 'Bedrijfsportaal', 'Beheer van de website'])
      expect(text).toContain(name);
    expect(text).toMatch(/betrokkenen — Wettelijke verplichting \(Art\. 6\(1\)\(c\)\)/);
    expect(text).toContain('Bevestiging van de identiteit van de aanvrager — Gerechtvaardigd');
    expect(text).not.toContain('[EN]');
    // The register is Dutch-primary: the English report prints the English translations, none marked.
    const enOut = path.join(tempDir(), 'en.pdf');
    await writeReport(ctx, { format: 'pdf', path: enOut, lang: 'en' });
    const enText = execFileSync('pdftotext', ['-layout', enOut, '-'], { encoding: 'utf8' });
    for (const name of ['Newsletter', 'Recruitment', 'Business portal', 'Website management and cookies'])
      expect(enText).toContain(name);
    expect(enText).toContain('Confirm the identity of the requester — Legitimate');
    expect(enText).not.toContain('Nieuwsbrief');
    expect(enText).not.toContain('[NL]');
  });
});
