// Spreadsheet import: read the source (source.ts), plan it against the register (plan.ts), write it
// (apply.ts). Callers: the CLI, the app's import job, the bench.
import fs from 'node:fs';
import { RegisterFileError } from '../../db/open';
import type { ImportReport } from '../api/import-report';
import { becameWords, doubtWords, dropWords, rowErrorWords } from './words';

export { readSource, readSourceBytes, formatOf, MAX_SOURCE_BYTES, type SourceBook } from './source';
export { planImport, type PlanOptions, type PreparedImport } from './plan';
export { applyImport, rowErrors, importAuthor, type ImportResult } from './apply';
export { PROFILE_IDS, IMPORT_FIELDS, type ProfileId, type ImportField } from './profiles';
export { becameWords, doubtWords, dropWords, rowErrorWords } from './words';

/** A mapping file: `{ "Header": "field" }` or `{ "columns": { "Header": "field" } }`. */
export function readMappingFile(file: string): Record<string, string> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new RegisterFileError(
      `${file} ${code ? `cannot be read (${code})` : `is not valid JSON (${(err as Error).message})`}.`,
    );
  }
  const body = (json as { columns?: unknown })?.columns ?? json;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new RegisterFileError(`${file} must map column headers to fields: { "Header": "purposes", … }.`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (typeof v !== 'string') throw new RegisterFileError(`${file}: the field of column "${k}" must be a string.`);
    out[k] = v;
  }
  return out;
}

/** The dry run as text: per row, each cell and what it became, what is uncertain, what was dropped. */
export function describeReport(r: ImportReport): string {
  const lines: string[] = [];
  const src = [r.format.toUpperCase(), r.encoding, r.delimiter ? `delimiter ${JSON.stringify(r.delimiter)}` : null]
    .filter(Boolean)
    .join(', ');
  lines.push(
    `${r.source} (${src}), sheet "${r.sheet}", header row ${r.headerRow}, profile ${r.profile} (${r.profileLanguage})`,
  );
  lines.push('Columns:');
  for (const c of r.columns) lines.push(`  ${c.header} → ${c.field}${c.from === 'profile' ? '' : ` (${c.from})`}`);
  for (const row of r.rows) {
    const what =
      row.action === 'error' && row.error
        ? `ERROR: ${rowErrorWords(row.error)}`
        : row.action === 'update'
          ? 'updates'
          : 'creates';
    lines.push(`Row ${row.row}: ${what} "${row.name}"`);
    for (const c of row.cells) {
      if (c.became.length) lines.push(`  ${c.column}: ${c.became.map(becameWords).join('; ')}`);
      for (const u of c.uncertain) lines.push(`  ${c.column}: uncertain: ${doubtWords(u)}`);
      for (const d of c.dropped) lines.push(`  ${c.column}: dropped: ${dropWords(d)}`);
    }
  }
  if (r.newTerms.length)
    lines.push(`New terms (created on import): ${r.newTerms.map((t) => `${t.label} [${t.kind}]`).join(', ')}`);
  if (r.newRecipients.length)
    lines.push(`New recipients: ${r.newRecipients.map((x) => `${x.name} [${x.kind}]`).join(', ')}`);
  if (r.newOrganisation) lines.push(`New organisation: ${r.newOrganisation}`);
  const k = r.counts;
  lines.push(
    `${k.create} to create, ${k.update} to update, ${k.error} with errors; ${k.uncertain} uncertain, ${k.dropped} dropped.`,
  );
  return lines.join('\n');
}
