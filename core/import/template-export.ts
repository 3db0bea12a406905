// The register in a template's layout (`ropa export --profile ico|apd|cnil`): the template's own
// columns, in its order and language, one row per activity, each cell written the way the importer
// reads it back (profiles.ts, draft.ts), so exporting with a profile and importing with it gives
// back every field that template holds.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Language } from '../api/schemas';
import type { CoreContext } from '../context';
import { buildReport, type ReportActivity } from '../reports/model';
import { neutralise, neutraliseCsv } from '../reports/neutralise';
import { recipientEntity } from '../recipients';
import { profileById, type ImportField } from './profiles';

export const TEMPLATE_PROFILES = ['ico', 'apd', 'cnil'] as const;
export type TemplateProfile = (typeof TEMPLATE_PROFILES)[number];

export interface TemplateTable {
  title: string;
  lang: Language;
  header: string[];
  rows: string[][];
}

/** "Toestemming (Art. 6(1)(a))" → "Toestemming": the words a basis cell pairs with purposes. */
const basisWord = (label: string) => label.replace(/\s*\(Art\. .*\)$/, '');
/** A purpose text a pairing cell ("consent (analytics, retargeting)") can name unambiguously. */
const pairable = (text: string) => !/[,;()\n]/.test(text);

function legalBasesCell(a: ReportActivity): string {
  const list = a.purposeList;
  const same = list.every((p) => p.legalBases.join('|') === list[0]?.legalBases.join('|'));
  if (list.length <= 1 || same || !list.every((p) => pairable(p.text))) return a.legalBases.map(basisWord).join('; ');
  const byBasis = new Map<string, string[]>();
  for (const p of list)
    for (const b of p.legalBases) byBasis.set(b, [...(byBasis.get(b) ?? []), p.text.replace(/\s+/g, ' ')]);
  return [...byBasis].map(([b, texts]) => `${basisWord(b)} (${texts.join(', ')})`).join('; ');
}

/**
 * The template's table: `lang` picks the variant of a template in several languages (APD: nl or
 * fr), else the template's own language; terms and labels are written in that language.
 */
export function templateTable(ctx: CoreContext, id: TemplateProfile, lang: Language): TemplateTable {
  const profile = profileById(id);
  const variant = profile.variants.find((v) => v.lang === lang) ?? profile.variants[0]!;
  const model = buildReport(ctx, { lang: variant.lang }, false);
  const kinds = new Map(recipientEntity.list(ctx).map((r) => [r.name, r]));
  const has = (field: ImportField) => variant.columns.some((c) => c.field === field);
  const kindOf = (name: string) => kinds.get(name)?.kind;
  const rows = model.activities.map((a) => {
    const named = a.recipientNames.map((name, i) => ({ name, text: a.recipients[i] ?? name, kind: kindOf(name) }));
    const processors = named.filter((r) => r.kind === 'processor');
    const joint = named.filter((r) => r.kind === 'joint_controller');
    const links = processors.map((r) => kinds.get(r.name)?.dpaLink ?? '');
    const seen = new Map<ImportField, number>();
    return variant.columns.map((col): string => {
      const n = seen.get(col.field) ?? 0;
      seen.set(col.field, n + 1);
      const lines = (values: string[]) => values.filter(Boolean).join('\n');
      switch (col.field) {
        case 'reference':
        case 'name':
        case 'department':
        case 'owner':
        case 'description':
        case 'legitimateInterest':
        case 'art10Basis':
        case 'securityDescription':
        case 'dpiaLink':
        case 'notes':
          return n === 0 ? a[col.field] : '';
        case 'purposes': {
          const texts = a.purposeList.map((p) => p.text);
          // A template with a main purpose and sub-purposes (CNIL) gets the first, then the others.
          const twice = variant.columns.filter((c) => c.field === 'purposes').length > 1;
          return lines(twice ? (n === 0 ? texts.slice(0, 1) : texts.slice(1)) : n === 0 ? texts : []);
        }
        case 'legalBases':
          return legalBasesCell(a);
        case 'art9Condition':
          return a.art9Condition.split('; ')[0] ?? '';
        case 'sources':
          return lines(a.sources);
        case 'dataSubjects':
        case 'dataCategories':
        case 'securityMeasures':
          return n === 0 ? lines(a[col.field]) : '';
        case 'securityText':
          return lines([...a.securityMeasures, a.securityDescription]);
        case 'recipients':
          return lines(
            named
              .filter((r) => !(has('processors') && r.kind === 'processor'))
              .filter((r) => !(has('jointControllers') && r.kind === 'joint_controller'))
              .map((r) => r.text),
          );
        case 'processors':
          return lines(processors.map((r) => r.name));
        case 'jointControllers':
          return lines(joint.map((r) => r.text));
        case 'contractLinks':
          // Links go to the processors in order, so they are written only when every processor has one.
          return links.every(Boolean) ? lines(links) : '';
        case 'transferCountries':
          return lines(a.transfers.map((t) => t.country));
        case 'transferSafeguards':
          return lines(a.transfers.map((t) => t.safeguard));
        case 'transfers':
          return lines(a.transfers.map((t) => t.text));
        case 'retention':
          return lines(a.retention.map((r) => r.text));
        case 'dpia':
          return a.dpia;
        case 'automatedDecision':
          return a.automatedDecision;
        case 'automatedDecisionDetails':
          return a.automatedDecisionDetails || (has('automatedDecision') ? '' : a.automatedDecision);
        case 'role':
          return a.roleLabel;
        case 'status':
          return a.statusLabel;
        case 'endDate':
          return a.endDate ?? '';
        case 'reviewDate':
          return a.reviewDate ?? '';
        case 'ignore':
          return '';
      }
      return '';
    });
  });
  return { title: variant.title, lang: variant.lang, header: variant.columns.map((c) => c.header), rows };
}

/** The table as a CSV file (UTF-8 with BOM, as Excel opens it) or an XLSX workbook of one sheet. */
export async function renderTemplate(
  t: TemplateTable,
  format: 'csv' | 'xlsx',
  delimiter: ',' | ';' | '\t' = ',',
): Promise<Buffer> {
  if (format === 'csv') {
    const body = stringify([t.header, ...t.rows.map((r) => r.map(neutraliseCsv))], { delimiter, bom: true });
    return Buffer.from(body, 'utf8');
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
  ws.addRow(t.header).font = { bold: true };
  for (const r of t.rows) ws.addRow(r.map(neutralise));
  ws.columns.forEach((c) => {
    c.width = 30;
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
