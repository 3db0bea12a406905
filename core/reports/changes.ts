// The changes report: every change in a period, grouped by record (activities first), each changed
// field with who, when, before and after, in the words of the chosen language. The words come from
// core/api/history-diff.ts, the module the History page uses, so the report and the screen agree.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { historyLookups, changeLines, type ChangeLine } from '../api/history-diff';
import type { HistoryEntry } from '../api/contract';
import {
  CHANGES_FORMATS,
  type ChangesFormat,
  type ExportResult,
  type ParsedChangesExportOptions,
} from '../api/export-options';
import { RopaFailure } from '../api/errors';
import type { Language } from '../api/schemas';
import type { CoreContext } from '../context';
import { listHistory, readHead, type ChainHead } from '../history';
import { organisationEntity } from '../organisations';
import { recipientEntity } from '../recipients';
import { listTerms } from '../terms';
import { checkWriteTarget } from '../write-target';
import { changesPeriod } from './changes-period';
import { tableCsv } from './csv';
import { COLOR, CONTENT_WIDTH, createDoc, FONT, MARGIN, paginate, toBuffer } from './pdf-page';
import type { ReportTable } from './tables';
import type { RenderSettings } from './export';
import { addSheet } from './xlsx';

export { CHANGES_FORMATS, type ChangesFormat };

export { changesPeriod };

export interface ChangesOptions {
  since: string;
  until?: string | undefined;
  format: ChangesFormat;
  lang: Language;
  path: string;
  overwrite?: boolean;
  fontsFolder?: string | undefined;
  /** The register the report is of (the worker may read an upgraded copy): never replaced. */
  registerPath?: string | undefined;
}

const WORDS: Record<
  Language,
  {
    title: string;
    period: string;
    head: string;
    none: string;
    columns: [string, string, string, string, string, string, string, string];
    page: (n: number, total: number) => string;
  }
> = {
  en: {
    title: 'Changes to the register',
    period: 'Period (UTC)',
    head: 'History head (entry:hash)',
    none: 'No changes in this period.',
    columns: ['Record', 'Name', 'When (UTC)', 'Who', 'Action', 'Field', 'Before', 'After'],
    page: (n, t) => `page ${n} of ${t}`,
  },
  nl: {
    title: 'Wijzigingen in het register',
    period: 'Periode (UTC)',
    head: 'Kop van de geschiedenis (item:hash)',
    none: 'Geen wijzigingen in deze periode.',
    columns: ['Gegeven', 'Naam', 'Wanneer (UTC)', 'Wie', 'Actie', 'Veld', 'Voor', 'Na'],
    page: (n, t) => `pagina ${n} van ${t}`,
  },
  fr: {
    title: 'Modifications du registre',
    period: 'Période (UTC)',
    head: 'Tête de l’historique (entrée:hash)',
    none: 'Aucune modification pendant cette période.',
    columns: ['Élément', 'Nom', 'Quand (UTC)', 'Qui', 'Action', 'Champ', 'Avant', 'Après'],
    page: (n, t) => `page ${n} sur ${t}`,
  },
  de: {
    title: 'Änderungen am Verzeichnis',
    period: 'Zeitraum (UTC)',
    head: 'Kopf des Änderungsverlaufs (Eintrag:Hash)',
    none: 'Keine Änderungen in diesem Zeitraum.',
    columns: ['Eintrag', 'Name', 'Wann (UTC)', 'Wer', 'Aktion', 'Feld', 'Vorher', 'Nachher'],
    page: (n, t) => `Seite ${n} von ${t}`,
  },
};

/** Activities first, then the catalogues; anything else (notes about the register) last. */
const ENTITY_ORDER = ['activity', 'organisation', 'recipient', 'term'];
const rank = (entity: string) => {
  const i = ENTITY_ORDER.indexOf(entity);
  return i < 0 ? ENTITY_ORDER.length : i;
};

const when = (at: string) => `${at.slice(0, 10)} ${at.slice(11, 19)}`;
export interface ChangesReport {
  lang: Language;
  since: string;
  until: string;
  head: ChainHead | null;
  /** Grouped: every record's lines together, activities first, by name. */
  lines: ChangeLine[];
}

/** The changes between `since` (exclusive) and `until` (inclusive, default now), in words. */
export function buildChanges(ctx: CoreContext, o: Pick<ChangesOptions, 'since' | 'until' | 'lang'>): ChangesReport {
  const { since, until } = changesPeriod(o);
  const all: HistoryEntry[] = listHistory(ctx, { limit: Number.MAX_SAFE_INTEGER }).reverse();
  const period = all.filter((e) => e.at > since && (until === null || e.at <= until));
  const activities = ctx.register.sqlite.prepare('SELECT id, name FROM activities').all() as {
    id: string;
    name: string;
  }[];
  const lookups = historyLookups(
    {
      terms: listTerms(ctx),
      recipients: recipientEntity.list(ctx),
      organisations: organisationEntity.list(ctx),
      activities,
    },
    all,
  );
  const lines = changeLines(period, lookups, o.lang);
  const groupKey = (l: ChangeLine) => `${rank(l.entity)}\u0000${l.entityName.toLowerCase()}\u0000${l.entityId}`;
  const sorted = lines
    .map((l, i) => ({ l, i, k: groupKey(l) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i))
    .map((x) => x.l);
  const last = period.at(-1);
  return {
    lang: o.lang,
    since,
    until: until ?? last?.at ?? since,
    head: last ? { seq: last.seq, hash: last.hash } : readHead(ctx.register.sqlite),
    lines: sorted,
  };
}

function changesTable(r: ChangesReport): ReportTable {
  const W = WORDS[r.lang];
  const widths = [14, 30, 20, 16, 12, 24, 40, 40];
  return {
    key: 'changes',
    title: W.title,
    columns: W.columns.map((header, i) => ({ header, kind: 'text' as const, width: widths[i]! })),
    rows: r.lines.map((l) => [
      l.entityLabel,
      l.entityName,
      when(l.at),
      l.author,
      l.actionLabel,
      l.fieldLabel,
      l.before,
      l.after,
    ]),
  };
}

async function changesPdf(r: ChangesReport, fontsFolder: string | undefined): Promise<Buffer> {
  const W = WORDS[r.lang];
  const doc = createDoc({ title: W.title, subject: W.title, lang: r.lang, date: new Date(r.until), fontsFolder });
  doc.addPage();
  doc.font(FONT.bold).fontSize(16).fillColor(COLOR.text).text(W.title, { width: CONTENT_WIDTH });
  doc.moveDown(0.5);
  doc
    .font(FONT.regular)
    .fontSize(9)
    .text(`${W.period}: ${when(r.since)} – ${when(r.until)}`)
    .text(`${W.head}: ${r.head ? `${r.head.seq}:${r.head.hash}` : '—'}`);
  doc.moveDown();
  if (r.lines.length === 0) doc.text(W.none);
  let group = '';
  for (const l of r.lines) {
    const key = `${l.entity}\u0000${l.entityId}`;
    if (key !== group) {
      group = key;
      doc.moveDown(0.6);
      doc.font(FONT.bold).fontSize(11).fillColor(COLOR.text).text(`${l.entityLabel}: ${l.entityName}`, MARGIN.left);
    }
    doc
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(COLOR.muted)
      .text(`${when(l.at)} · ${l.author} · ${l.actionLabel}`, MARGIN.left + 8, undefined, { width: CONTENT_WIDTH - 8 });
    const change =
      l.action === 'create'
        ? `${l.fieldLabel}: ${l.after}`
        : l.action === 'delete'
          ? `${l.fieldLabel}: ${l.before}`
          : `${l.fieldLabel}: ${l.before || '—'} → ${l.after || '—'}`;
    doc
      .font(FONT.regular)
      .fontSize(9)
      .fillColor(COLOR.text)
      .text(change, MARGIN.left + 8, undefined, { width: CONTENT_WIDTH - 8 });
  }
  paginate(doc, W.title, W.page);
  return toBuffer(doc);
}

async function changesXlsx(r: ChangesReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'RoPA Registry';
  wb.title = WORDS[r.lang].title;
  wb.created = new Date(r.until);
  wb.modified = new Date(r.until);
  addSheet(wb, changesTable(r));
  const W = WORDS[r.lang];
  addSheet(wb, {
    key: 'about',
    title: W.period.replace(/ \(UTC\)$/, ''),
    columns: [
      { header: W.period, kind: 'text', width: 34 },
      { header: `${when(r.since)} – ${when(r.until)}`, kind: 'text', width: 80 },
    ],
    rows: [[W.head, r.head ? `${r.head.seq}:${r.head.hash}` : '']],
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes the changes report; returns the file and how many changed fields it lists. */
export async function writeChanges(ctx: CoreContext, o: ChangesOptions): Promise<{ path: string; changes: number }> {
  const target = path.resolve(o.path);
  if (!target.toLowerCase().endsWith(`.${o.format}`))
    throw new RopaFailure({
      kind: 'validation',
      issues: [{ path: 'path', message: `must end in .${o.format}` }],
      message: `The file name must end in .${o.format}.`,
    });
  const rules = { overwrite: o.overwrite === true, registerPath: o.registerPath ?? ctx.register.path };
  checkWriteTarget(target, rules);
  const r = buildChanges(ctx, o);
  let data: string | Buffer;
  if (o.format === 'csv') data = tableCsv(changesTable(r), ',');
  else if (o.format === 'xlsx') data = await changesXlsx(r);
  else if (o.format === 'pdf') data = await changesPdf(r, o.fontsFolder);
  else
    data = `${JSON.stringify(
      {
        format: 'ropa-changes',
        since: r.since,
        until: r.until,
        head: r.head,
        changes: r.lines.map((l) => ({
          seq: l.seq,
          at: l.at,
          author: l.author,
          action: l.actionLabel,
          record: l.entityLabel,
          name: l.entityName,
          field: l.fieldLabel,
          before: l.before,
          after: l.after,
          ...(l.added ? { added: l.added } : {}),
          ...(l.removed ? { removed: l.removed } : {}),
        })),
      },
      null,
      2,
    )}\n`;
  const temp = `${target}.${process.pid}.partial`;
  try {
    fs.writeFileSync(temp, data);
    // Checked again at the last moment: a file may have appeared while the report was made.
    checkWriteTarget(target, rules);
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  return { path: target, changes: r.lines.length };
}

/** The changes report of options the contract validated, written by the export worker. */
export async function renderChanges(
  ctx: CoreContext,
  o: ParsedChangesExportOptions,
  settings: RenderSettings = {},
): Promise<ExportResult> {
  const written = await writeChanges(ctx, {
    since: o.since,
    until: o.until,
    format: o.format,
    lang: o.lang,
    path: o.path,
    overwrite: o.overwrite,
    fontsFolder: settings.fontsFolder,
    registerPath: settings.registerPath,
  });
  return {
    format: o.format,
    files: [{ path: written.path, bytes: fs.statSync(written.path).size }],
    activities: 0,
    pages: null,
    changes: written.changes,
  };
}
