// Writes a prepared import in one transaction, through the same entity functions the app uses, so
// every term, recipient, organisation and activity created or updated gets its history entry. The
// entries name the author and the source file; a failure anywhere rolls the whole import back.
import { organisationFields, recipientFields, type ActivityFields } from '../api/schemas';
import { createActivities, updateActivity } from '../activities';
import { writeTransaction, type CoreContext } from '../context';
import { RopaFailure } from '../api/errors';
import { organisationEntity } from '../organisations';
import { recipientEntity } from '../recipients';
import { termEntity } from '../terms';
import { registerMeta } from '../../db/schema';
import type { ImportResult } from '../api/import-report';
import { LABEL_KEY, MAPPINGS_KEY, savedMappings, type PreparedImport } from './plan';
import type { Language } from '../api/schemas';
import { rowErrorWords } from './words';

export type { ImportResult } from '../api/import-report';

/** The history's author for an import: who ran it and from which file. */
export function importAuthor(author: string, source: string): string {
  return `${author} (import of ${source})`;
}

/** A one-line refusal naming the first bad row, when any row could not be read. */
export function rowErrors(p: PreparedImport): string | null {
  const bad = p.report.rows.filter((r) => r.action === 'error');
  if (bad.length === 0) return null;
  const first = bad[0]!;
  const more = bad.length > 1 ? ` (and ${bad.length - 1} more rows with errors)` : '';
  const why = first.error ? rowErrorWords(first.error) : 'not a valid activity';
  return `${p.source}, row ${first.row}: ${why}${more}; nothing was imported.`;
}

export function applyImport(
  ctx: CoreContext,
  p: PreparedImport,
  onProgress?: (done: number, total: number) => void,
): ImportResult {
  const refused = rowErrors(p);
  if (refused) throw new RopaFailure({ kind: 'validation', message: refused, issues: [] });
  const ictx: CoreContext = { ...ctx, author: importAuthor(ctx.author, p.source) };
  const lang = p.report.profileLanguage as Language;
  const total = p.rows.length;
  return writeTransaction(ictx, () => {
    const ids = new Map<string, string>();
    if (p.organisationPlaceholder) {
      // Every other field at its schema default: the organisation form's blank, written once.
      const org = organisationEntity.create(
        ictx,
        organisationFields.parse({ kind: 'own', name: p.organisationName || 'Own organisation' }),
      );
      ids.set(p.organisationPlaceholder, org.id);
    }
    for (const t of p.newTerms) {
      const label = t.label.slice(0, 300);
      const created = termEntity.create(ictx, {
        kind: t.kind,
        code: t.code,
        labelEn: label,
        labelNl: '',
        labelFr: '',
        labelDe: '',
        [LABEL_KEY[lang]]: label,
        description: '',
        special: false,
        criminal: false,
      });
      ids.set(t.placeholder, created.id);
    }
    for (const r of p.newRecipients) {
      const created = recipientEntity.create(
        ictx,
        recipientFields.parse({
          name: r.name.slice(0, 300),
          kind: r.kind,
          country: r.country,
          dpaLink: r.dpaLink.slice(0, 1000),
        }),
      );
      ids.set(r.placeholder, created.id);
    }
    const real = (id: string) => ids.get(id) ?? id;
    const realOrNull = (id: string | null) => (id === null ? null : real(id));
    let created = 0;
    let updated = 0;
    // New activities go in batches (createActivities: references looked up once per batch), in
    // sheet order: a batch is written before an update and whenever progress is reported.
    let batch: ActivityFields[] = [];
    const writeBatch = () => {
      createActivities(ictx, batch, () => '');
      created += batch.length;
      batch = [];
    };
    p.rows.forEach((row, i) => {
      const f = row.fields!;
      // Object.assign rather than a spread followed by more keys, which V8 runs on a slow path.
      const fields: ActivityFields = Object.assign({}, f, {
        organisationId: real(f.organisationId),
        dataSubjectIds: f.dataSubjectIds.map(real),
        dataCategoryIds: f.dataCategoryIds.map(real),
        securityMeasureIds: f.securityMeasureIds.map(real),
        recipientIds: f.recipientIds.map(real),
        transfers: f.transfers.map((t) => Object.assign({}, t, { recipientId: realOrNull(t.recipientId) })),
        retention: f.retention.map((x) =>
          Object.assign({}, x, {
            dataSubjectId: realOrNull(x.dataSubjectId),
            dataCategoryId: realOrNull(x.dataCategoryId),
          }),
        ),
      });
      if (row.existing) {
        writeBatch();
        updateActivity(ictx, { id: row.existing.id, version: row.existing.version, fields });
        updated++;
      } else {
        batch.push(fields);
      }
      if (i % 100 === 99 || i === total - 1) {
        writeBatch();
        onProgress?.(i + 1, total);
      }
    });
    if (p.savedMapping) {
      const all = { ...savedMappings(ictx), [p.savedMapping.signature]: p.savedMapping.columns };
      ictx.register.db
        .insert(registerMeta)
        .values({ key: MAPPINGS_KEY, value: JSON.stringify(all) })
        .onConflictDoUpdate({ target: registerMeta.key, set: { value: JSON.stringify(all) } })
        .run();
    }
    return {
      created,
      updated,
      newTerms: p.newTerms.length,
      newRecipients: p.newRecipients.length,
      newOrganisation: p.organisationPlaceholder !== null,
    };
  });
}
