// The template round trip: the sample register exported in the ICO, APD (Dutch and French) and CNIL
// layouts as CSV and XLSX, each file imported with that profile into a new register, and every
// field the template has a column for compared with the original.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../api/contract';
import type { Language } from '../api/schemas';
import type { CoreContext } from '../context';
import { must } from '../dispatcher';
import { newRegister } from '../register';
import { fillSample } from '../sample/index';
import { tempDir } from '../test-helpers';
import { applyImport, planImport, readSource, rowErrors } from './index';
import { profileById, type ImportField } from './profiles';
import { renderTemplate, templateTable, type TemplateProfile } from './template-export';

const LABEL = { en: 'labelEn', nl: 'labelNl', fr: 'labelFr', de: 'labelDe' } as const;

/** What a template can hold of an activity, keyed by the import field its column fills. */
function held(ctx: CoreContext, a: Activity, lang: Language, fields: Set<ImportField>) {
  const terms = new Map(must(ctx, 'listTerms', {}).map((t) => [t.id, t[LABEL[lang]] || t.labelEn]));
  const recipients = new Map(must(ctx, 'listRecipients', {}).map((r) => [r.id, r]));
  const labels = (ids: string[]) => ids.map((id) => terms.get(id)).sort();
  // The text a report in `lang` prints: that language's translation, else the primary text.
  const tr = <K extends string>(t: Partial<Record<string, Partial<Record<K, string>>>>, key: K, primary: string) =>
    t[lang]?.[key] || primary;
  const rname = (id: string) => {
    const r = recipients.get(id)!;
    return tr(r.translations, 'name', r.name);
  };
  const out: Record<string, unknown> = {};
  const has = (...f: ImportField[]) => f.some((x) => fields.has(x));
  if (has('reference')) out.reference = a.reference;
  if (has('name')) out.name = tr(a.translations, 'name', a.name);
  if (has('department')) out.department = a.department;
  if (has('owner')) out.owner = a.owner;
  if (has('notes')) out.notes = a.notes;
  if (has('purposes')) out.purposes = a.purposes.map((p) => tr(p.translations, 'text', p.text));
  if (has('legalBases')) out.legalBases = a.legalBases;
  if (has('legitimateInterest'))
    out.legitimateInterest = [
      ...new Set(a.purposes.map((p) => tr(p.translations, 'legitimateInterest', p.legitimateInterest)).filter(Boolean)),
    ];
  if (has('art9Condition')) out.art9 = a.art9Conditions.slice(0, 1);
  if (has('sources')) out.sources = a.translations[lang]?.sources ?? a.sources;
  if (has('dataSubjects')) out.dataSubjects = labels(a.dataSubjectIds);
  if (has('dataCategories')) out.dataCategories = labels(a.dataCategoryIds);
  if (has('securityMeasures', 'securityText')) out.securityMeasures = labels(a.securityMeasureIds);
  if (has('securityText')) out.securityDescription = tr(a.translations, 'securityDescription', a.securityDescription);
  if (has('recipients')) out.recipients = a.recipientIds.map((id) => [rname(id), recipients.get(id)!.kind]).sort();
  if (has('transferCountries')) out.transfers = a.transfers.map((t) => [t.country, t.safeguard]);
  if (has('retention'))
    out.retention = a.retention.map((r) => [
      r.durationValue,
      r.durationUnit,
      tr(r.translations, 'trigger', r.trigger),
      tr(r.translations, 'criterion', r.criterion),
      terms.get(r.dataSubjectId ?? r.dataCategoryId ?? '') ?? null,
    ]);
  if (has('dpia')) out.dpia = a.dpia;
  if (has('automatedDecisionDetails')) out.automatedDecision = [a.automatedDecision, a.automatedDecisionDetails];
  return out;
}

const activities = (ctx: CoreContext) =>
  must(ctx, 'listActivities', {}).map((s) => must(ctx, 'getActivity', { id: s.id }));

const CASES: [TemplateProfile, Language][] = [
  ['ico', 'en'],
  ['apd', 'nl'],
  ['apd', 'fr'],
  ['cnil', 'fr'],
];

describe('export in a template’s layout, imported again with its profile', () => {
  const source = newRegister(path.join(tempDir(), 'sample.sqlite'), { author: 'tester' });
  fillSample(source);
  const originals = activities(source);

  it.each(CASES.flatMap(([p, l]) => (['csv', 'xlsx'] as const).map((f) => [p, l, f] as const)))(
    '%s (%s) as %s gives back every field the template holds',
    async (profile, lang, format) => {
      const table = templateTable(source, profile, lang);
      const variant = profileById(profile).variants.find((v) => v.lang === lang)!;
      expect(table.header).toEqual(variant.columns.map((c) => c.header));
      const file = path.join(tempDir(), `register-${profile}.${format}`);
      fs.writeFileSync(file, await renderTemplate(table, format, format === 'csv' && lang !== 'en' ? ';' : ','));
      if (format === 'csv') {
        // Read back by a real CSV reader: the template's header, one row per activity.
        const rows = parse(fs.readFileSync(file), { bom: true, delimiter: lang === 'en' ? ',' : ';' }) as string[][];
        expect(rows[0]).toEqual(table.header);
        expect(rows).toHaveLength(originals.length + 1);
      }

      const target = newRegister(path.join(tempDir(), 'imported.sqlite'), { author: 'tester' });
      const prepared = planImport(target, await readSource(file), path.basename(file), { profile });
      expect(rowErrors(prepared)).toBeNull();
      expect(prepared.report.profile).toBe(profile);
      applyImport(target, prepared);
      const imported = activities(target);
      expect(imported).toHaveLength(originals.length);

      const fields = new Set(variant.columns.map((c) => c.field));
      for (const a of originals) {
        const b =
          profile === 'ico'
            ? // The file holds the sample's texts in the template's language (its translation, else the primary).
              imported.find(
                (x) =>
                  x.purposes[0]?.text === (a.purposes[0]?.translations[lang]?.text || a.purposes[0]?.text) &&
                  x.department === a.department,
              )
            : imported.find((x) => x.reference === a.reference);
        expect(b, `${a.name} imported`).toBeDefined();
        expect(held(target, b!, lang, fields), a.name).toEqual(held(source, a, lang, fields));
      }
      target.register.close();
    },
  );
});
