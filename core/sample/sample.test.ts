// The sample register against the privacy statement it comes from: the facts are parsed from the
// seed's own tables (in Dutch) and compared with what the sample register holds.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Activity, Recipient, Term } from '../api/contract';
import type { CoreContext } from '../context';
import { must } from '../dispatcher';
import { formatDuration, formatRetention } from '../api/labels';
import type { LegalBasis } from '../api/schemas';
import { tempRegister } from '../test-helpers';
import { textIn } from '../api/translations';
import type { Translations } from '../api/schemas';

const SEED = fs.readFileSync(new URL('./seed-001-privacy-statement-nl.txt', import.meta.url), 'utf8');

interface SeedRow {
  legalBasis: string;
  subject: string;
  retention: string;
  recipients: string;
}

/** Sections "2.2. NIEUWSBRIEF" … "2.7. …": their number and body up to the next numbered heading. */
function sections(text: string): Map<string, string> {
  const parts = text.split(/^(\d+(?:\.\d+)+)\.\s/m);
  const out = new Map<string, string>();
  for (let i = 1; i < parts.length; i += 2) out.set(parts[i]!, parts[i + 1]!);
  return out;
}

const clean = (cell: string | undefined) => (cell ?? '').replace(/<\/?i>/g, '').trim();

/** The table rows of a section, read by the header's column names. */
function tableRows(body: string): SeedRow[] {
  const lines = body.split('\n').filter((l) => l.includes('\t'));
  const header = lines.findIndex((l) => l.includes('Rechtsgrondslag'));
  if (header < 0) return [];
  const names = lines[header]!.split('\t').map(clean);
  const col = (re: RegExp) => names.findIndex((n) => re.test(n));
  const [basis, subject, retention, recipients] = [
    col(/Rechtsgrondslag/),
    col(/subject/),
    col(/Bewaar\s?termijn/),
    col(/Derden/),
  ];
  return lines.slice(header + 1).map((l) => {
    const cells = l.split('\t');
    return {
      legalBasis: clean(cells[basis]),
      subject: subject < 0 ? '' : clean(cells[subject]),
      retention: clean(cells[retention]),
      recipients: clean(cells[recipients]),
    };
  });
}

const LEGAL_BASIS: [RegExp, LegalBasis][] = [
  [/^Toestemming$/, 'consent'],
  [/precontractuele maatregelen|Uitvoering van een contract/, 'contract'],
  [/Gerechtigd belang/, 'legitimate_interests'],
  [/Wettelijke verplichting/, 'legal_obligation'],
];

/** The statement's retention wording, and how the English sample must say it. */
const RETENTION: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^(\d+) jaar$/, (m) => formatDuration(Number(m[1]), 'years', 'en')],
  [
    /^(\d+) maanden indien er geen klantenovereenkomst.*Anders .*volgens de vereisten van het contract/,
    (m) =>
      `${formatDuration(Number(m[1]), 'months', 'en')} if no customer agreement is concluded; If a customer agreement is concluded: as that agreement requires`,
  ],
  [/intrekking van de toestemming/, () => 'Until consent is withdrawn'],
  [/Tijd die nodig is voor identificatie/, () => 'The time needed for identification'],
];

const RECIPIENT: [RegExp, string][] = [
  [/ICT-infrastructuur/, 'ICT infrastructure subcontractors'],
  [/wervings- en selectieproces/, 'Recruitment and selection service providers'],
  [/ontwikkeling en het onderhoud van het portaal/, 'Business portal development and maintenance subcontractors'],
  [/context van (de )?het verzoek/, 'Service providers involved in the request'],
];

function mapAll<T>(text: string, table: [RegExp, T][]): T[] {
  return table.filter(([re]) => re.test(text)).map(([, v]) => v);
}

function retentionWords(cell: string): string {
  for (const [re, say] of RETENTION) {
    const m = cell.match(re);
    if (m) return say(m);
  }
  throw new Error(`unknown retention wording in the seed: ${cell}`);
}

interface Loaded {
  ctx: CoreContext;
  byRef: Map<string, Activity>;
  terms: Map<string, Term>;
  recipients: Map<string, Recipient>;
}

function loadSample(): Loaded {
  const ctx = tempRegister({ sample: true });
  const activities = must(ctx, 'listActivities', {}).map((s) => must(ctx, 'getActivity', { id: s.id }));
  return {
    ctx,
    byRef: new Map(activities.map((a) => [a.reference, a])),
    terms: new Map(must(ctx, 'listTerms', {}).map((t) => [t.id, t])),
    recipients: new Map(must(ctx, 'listRecipients', {}).map((r) => [r.id, r])),
  };
}

/** A text as the English report prints it: the sample is Dutch-primary with English as its further language. */
const english = <T extends string | string[]>(translations: Translations, field: string, dutch: T): T =>
  textIn(translations, field, dutch, 'en', { primary: 'nl', further: ['en'] }).value;

const inEnglish = (r: Activity['retention'][number]) => ({
  ...r,
  criterion: english(r.translations, 'criterion', r.criterion),
  trigger: english(r.translations, 'trigger', r.trigger),
  scope: '',
});

const seedSections = sections(SEED);
const tabled = [...seedSections].filter(([, body]) => tableRows(body).length > 0);

describe('the sample register follows seed 001', () => {
  it('describes the controller as the statement does', () => {
    const { ctx } = loadSample();
    const [org] = must(ctx, 'listOrganisations', {});
    expect(SEED).toContain(org!.name.replace('SA/NV', '').trim());
    expect(SEED).toMatch(new RegExp(`nummer ${org!.enterpriseNumber.replace(/\./g, '\\.')}`));
    expect(SEED).toMatch(new RegExp(`mail: ${org!.dpoEmail}`, 'i'));
    expect(org!.address).toBe('Markiesstraat 1, 1000 Brussel');
    expect(SEED).toContain(org!.address.replace(', ', ' te '));
  });

  it('has one activity per section of the statement with a register table, plus the website section 2.1', () => {
    const { byRef } = loadSample();
    expect(tabled.map(([n]) => n)).toEqual(['2.2', '2.3', '2.4', '2.5', '2.6.1', '2.6.2', '2.7']);
    expect([...byRef.keys()].sort()).toEqual(['2.1', ...tabled.map(([n]) => n)].sort());
  });

  it.each(tabled)('section %s: legal bases, retention and recipients are the statement’s', (section, body) => {
    const { byRef, recipients, terms } = loadSample();
    const a = byRef.get(section)!;
    const rows = tableRows(body);
    const bases = new Set(rows.flatMap((r) => mapAll(r.legalBasis, LEGAL_BASIS)));
    expect(new Set(a.legalBases)).toEqual(bases);

    // Rows repeating the same retention (one per purpose) make one rule.
    const wanted = [...new Set(rows.filter((r) => r.retention).map((r) => retentionWords(r.retention)))];
    expect(a.retention.map((r) => formatRetention(inEnglish(r), 'en')).join('; ')).toBe(wanted.join('; '));

    const named = new Set(rows.flatMap((r) => mapAll(r.recipients, RECIPIENT)));
    const recipientIn = (id: string) => recipients.get(id)!;
    expect(
      new Set(a.recipientIds.map((id) => english(recipientIn(id).translations, 'name', recipientIn(id).name))),
    ).toEqual(named);

    // Where the statement scopes retention per data subject category, so does the sample.
    for (const row of rows.filter((r) => r.subject && /jaar|maanden/.test(r.retention))) {
      const rule = a.retention.find(
        (r) => r.dataSubjectId !== null && formatRetention(inEnglish(r), 'en') === retentionWords(row.retention),
      );
      const label = rule ? terms.get(rule.dataSubjectId!)!.labelNl : '';
      expect(label.toLowerCase().replace(/[-\s]/g, '')).toContain(
        /niet-gebruikers/i.test(row.subject) ? 'nietgebruikers' : 'itsme®gebruikers',
      );
    }
  });

  it('section 2.1: legitimate interests for essential cookies and consent for analytics and marketing', () => {
    const { byRef } = loadSample();
    const body = seedSections.get('2.1')!;
    expect(body).toMatch(/gerechtvaardigde belang van de veiligheid/);
    expect(body).toMatch(/op uw toestemming/);
    const a = byRef.get('2.1')!;
    expect(new Set(a.legalBases)).toEqual(new Set(['legitimate_interests', 'consent']));
    // Each purpose beside its own basis: security and proper functioning on legitimate interests, the rest on consent.
    const [security, ...rest] = a.purposes;
    expect(security!.text).toBe('De goede werking en de veiligheid van de website garanderen');
    expect(english(security!.translations, 'text', security!.text)).toMatch(/proper functioning and security/);
    expect(security!.legalBases).toEqual(['legitimate_interests']);
    expect(security!.legitimateInterest).toMatch(/veiligheid en de goede werking/);
    expect(english(security!.translations, 'legitimateInterest', security!.legitimateInterest)).toMatch(
      /security and proper functioning/,
    );
    expect(rest.map((p) => english(p.translations, 'text', p.text).toLowerCase()).join(' ')).toMatch(
      /browsing.*retargeting.*campaigns/,
    );
    for (const p of rest) expect(p.legalBases).toEqual(['consent']);
  });

  it('section 2.7: answering data subjects on a legal obligation, confirming identity on legitimate interests', () => {
    const a = loadSample().byRef.get('2.7')!;
    expect(a.purposes.map((p) => [p.text, p.legalBases])).toEqual([
      ['Tegemoetkomen aan de uitoefening van de rechten van de betrokkenen', ['legal_obligation']],
      ['Bevestiging van de identiteit van de aanvrager', ['legitimate_interests']],
    ]);
    expect(a.purposes.map((p) => english(p.translations, 'text', p.text))).toEqual([
      "Respond to the exercise of data subjects' rights",
      'Confirm the identity of the requester',
    ]);
    expect(english(a.purposes[1]!.translations, 'legitimateInterest', a.purposes[1]!.legitimateInterest)).toMatch(
      /identification/,
    );
  });

  it('is Dutch-primary in the statement’s own words, with English as its further language', () => {
    const { ctx, byRef } = loadSample();
    expect(must(ctx, 'getRegisterInfo', {}).languages).toEqual({ primary: 'nl', further: ['en'] });
    const names = new Map([...byRef].map(([ref, a]) => [ref, a.name]));
    expect(names.get('2.2')).toBe('Nieuwsbrief');
    expect(names.get('2.3')).toBe('Aanwervingen');
    expect(names.get('2.4')).toBe('Bedrijfsportaal');
    // Each Dutch name is the statement's own section title.
    for (const [ref, name] of names)
      if (!ref.startsWith('2.6'))
        expect(seedSections.get(ref)!.split('\n')[0]!.toLowerCase()).toContain(name.toLowerCase());
    expect(english(byRef.get('2.2')!.translations, 'name', 'x')).toBe('Newsletter');
    expect(byRef.get('2.2')!.retention[0]!.criterion).toBe('Tot de intrekking van de toestemming');
    // Nothing the English report prints falls back to Dutch.
    const missing = must(ctx, 'runChecks', { lang: 'en' }).filter((f) => f.code.startsWith('translation'));
    expect(missing.map((f) => `${f.reference} ${f.message}`)).toEqual([]);
  });

  it('lists the security measures of section 5 for every activity', () => {
    const { byRef, terms } = loadSample();
    const section5 = SEED.slice(SEED.indexOf('5. HOE WIJ'), SEED.indexOf('6. BIJWERKING'));
    expect(section5).toMatch(/TLS/);
    expect(section5).toMatch(/digitale certificaten/);
    expect(section5).toMatch(/ISO\/IEC 27001/);
    for (const a of byRef.values()) {
      const labels = a.securityMeasureIds.map((id) => terms.get(id)!.labelEn);
      expect(labels.join(' | ')).toMatch(/TLS.*Digital certificates.*ISO\/IEC 27001/);
    }
  });

  it('keeps realistic gaps for ropa check: errors only where the statement is silent, a review date missing everywhere', () => {
    const { ctx, byRef } = loadSample();
    const findings = must(ctx, 'runChecks', {});
    const errors = findings.filter((f) => f.severity === 'error').map((f) => `${f.reference} ${f.code}`);
    // Art. 30(1)(a) is complete (address, DPO); retention is "where possible" and the basis accountability: warnings.
    expect(errors).toEqual([]);
    const warnings = findings.filter((f) => f.severity === 'warning' && f.code !== 'review_date');
    // 2.1's recipients are seed 000's cookie providers, whose countries no seed states.
    expect(warnings.map((f) => `${f.reference} ${f.code}`).sort()).toEqual([
      '2.1 art30_1_f_retention',
      ...Array<string>(6).fill('2.1 cookie_provider_country_missing'),
      '2.5 art6_1_f_interest',
    ]);
    expect(warnings.find((f) => f.code === 'art6_1_f_interest')!.message).toMatch(
      /Art\. 5\(2\), 6\(1\)\(f\); recommended for accountability/,
    );
    const reviews = findings.filter((f) => f.code === 'review_date').map((f) => f.reference);
    expect(reviews.sort()).toEqual([...byRef.keys()].sort());
  });
});
