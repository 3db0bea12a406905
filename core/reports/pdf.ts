// The auditor's PDF: cover (organisations, DPO, register date, fingerprint), contents with page
// numbers and bookmarks, an overview table, then the controller register (Art. 30(1)) and the
// processor register (Art. 30(2)) with a section per activity holding every field. Tagged, in the
// report's language, with embedded fonts.
import { dateStyleOf, formatDate } from '../api/dates';
import { ART30_REFERENCE, type Art30Heading } from '../api/labels';
import type { Language } from '../api/schemas';
import type { ReportActivity, ReportModel } from './model';
import {
  A4,
  COLOR,
  CONTENT_WIDTH,
  collectOutput,
  createDoc,
  ensureSpace,
  FONT,
  MARGIN,
  maxY,
  paginate,
  rule,
  textHeight,
  writePagesAsFinished,
  type Doc,
  type Struct,
} from './pdf-page';
import { drawTable } from './pdf-table';

export interface PdfOptions {
  onProgress?: (done: number, total: number) => void;
  fontsFolder?: string;
}

export interface PdfResult {
  buffer: Buffer;
  pages: number;
}

interface ContentsEntry {
  title: string;
  level: 0 | 1;
  dest: string;
  page: number;
}

type Value = string | string[] | null;
type Field = [label: string, value: Value];

const LABEL_WIDTH = 150;
const GAP = 10;
const CONTENTS_LINE = 14;
const CONTENTS_HEADING = 44;

/** One formatter per language: making one costs more than a hundred formattings, and each activity prints a time. */
const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const dateFormat = (lang: Language): Intl.DateTimeFormat => {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    dateFormats.set(lang, format);
  }
  return format;
};
/** A time in the report's language, in UTC like the register ("2 March 2026 at 14:05 UTC", "2. März 2026 um 14:05 UTC"). */
export const reportDateText = (asOf: string, lang: Language): string =>
  `${dateFormat(lang).format(new Date(asOf))} UTC`;
/** A stored date (YYYY-MM-DD) as the report's language writes it (core/api/dates.ts, as the UI does). */
const reportDay = (iso: string | null, lang: Language): string | null =>
  iso ? formatDate(iso, dateStyleOf(lang)) : iso;
const activityTitle = (a: ReportActivity): string => (a.reference ? `${a.reference}  ${a.name}` : a.name);
const currentPage = (doc: Doc): number => doc.bufferedPageRange().count;

function valueText(v: Value, none: string): string {
  if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) return none;
  if (!Array.isArray(v)) return v;
  return v.length === 1 ? v[0]! : v.map((x) => `• ${x}`).join('\n');
}

function para(
  doc: Doc,
  parent: Struct,
  tag: string,
  text: string,
  style: { font?: string; size: number; color?: string; gap?: number },
): void {
  parent.add(
    doc.struct(tag, {}, () => {
      doc
        .font(style.font ?? FONT.regular)
        .fontSize(style.size)
        .fillColor(style.color ?? COLOR.text)
        .text(text, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    }),
  );
  doc.moveDown(style.gap ?? 0.3);
}

function cover(doc: Doc, root: Struct, m: ReportModel): void {
  const L = m.labels;
  doc.addPage();
  const sect = doc.struct('Sect');
  root.add(sect);
  doc.y = 120;
  para(doc, sect, 'P', 'GDPR · Art. 30', { size: 10, color: COLOR.muted });
  para(doc, sect, 'H1', L.report.title, { font: FONT.bold, size: 26, color: COLOR.accent, gap: 0.2 });
  para(doc, sect, 'P', L.report.subtitle, { size: 10.5, color: COLOR.muted, gap: 1.2 });
  para(doc, sect, 'P', m.registerName, { font: FONT.bold, size: 15, gap: 1.5 });
  if (m.organisations.length)
    para(doc, sect, 'H2', L.report.organisations, { font: FONT.bold, size: 11, color: COLOR.accent });
  for (const o of m.organisations) {
    para(doc, sect, 'P', o.name, { font: FONT.bold, size: 10.5, gap: 0.1 });
    const lines = [
      [o.address, o.country].filter(Boolean).join(', '),
      o.enterpriseNumber ? `${L.field.enterpriseNumber}: ${o.enterpriseNumber}` : '',
      [o.email, o.phone, o.website].filter(Boolean).join(' · '),
      o.representative ? `${L.field.representative}: ${o.representative}` : '',
      `${L.field.dpo}: ${o.dpo || L.report.none}`,
    ].filter(Boolean);
    para(doc, sect, 'P', lines.join('\n'), { size: 9, gap: 0.8 });
  }
  doc.y = Math.max(doc.y + 10, 560);
  rule(doc, doc.y - 8);
  fieldList(
    doc,
    sect,
    [
      [L.report.registerDate, reportDateText(m.asOf, m.lang)],
      [L.report.selection, m.selection],
      [L.report.activityCount, String(m.activities.length)],
      [
        L.report.language,
        m.hasFallbacks
          ? `${m.lang.toUpperCase()}\n${L.report.untranslatedNote.replace('{lang}', m.primaryLanguage.toUpperCase())}`
          : m.lang.toUpperCase(),
      ],
      [L.report.fingerprint, m.fingerprint ? `${m.fingerprint.slice(0, 32)}\n${m.fingerprint.slice(32)}` : null],
      [
        L.report.historyHead,
        m.head
          ? `${m.head.seq}:${m.head.hash.slice(0, 32)}\n${m.head.hash.slice(32)}\n${L.report.historyHeadNote}`
          : null,
      ],
    ],
    L.report.none,
  );
  sect.end();
}

/** Contents pages are reserved up front and filled at the end, when page numbers are known. */
function reserveContents(doc: Doc, entries: number): { first: number; pages: number } {
  const first = currentPage(doc);
  const perFirst = Math.floor((maxY(doc) - MARGIN.top - CONTENTS_HEADING) / CONTENTS_LINE);
  const perNext = Math.floor((maxY(doc) - MARGIN.top) / CONTENTS_LINE);
  const pages = 1 + Math.max(0, Math.ceil((entries - perFirst) / perNext));
  for (let i = 0; i < pages; i++) doc.addPage();
  return { first, pages };
}

function fillContents(doc: Doc, toc: Struct, title: string, at: { first: number }, entries: ContentsEntry[]): void {
  doc.switchToPage(at.first);
  doc.y = MARGIN.top;
  toc.add(
    doc.struct('H1', {}, () =>
      doc
        .font(FONT.bold)
        .fontSize(16)
        .fillColor(COLOR.accent)
        .text(title, MARGIN.left, MARGIN.top, { width: CONTENT_WIDTH }),
    ),
  );
  let y = MARGIN.top + CONTENTS_HEADING;
  let page = at.first;
  for (const e of entries) {
    if (y + CONTENTS_LINE > maxY(doc)) {
      doc.switchToPage(++page);
      y = MARGIN.top;
    }
    const indent = e.level * 14;
    const font = e.level === 0 ? FONT.bold : FONT.regular;
    toc.add(
      doc.struct('TOCI', {}, () => {
        doc.font(font).fontSize(9).fillColor(COLOR.text);
        doc.text(e.title, MARGIN.left + indent, y, {
          width: CONTENT_WIDTH - indent - 40,
          height: CONTENTS_LINE,
          ellipsis: true,
          lineBreak: false,
          goTo: e.dest,
        });
        doc.text(String(e.page), A4.width - MARGIN.right - 40, y, {
          width: 40,
          align: 'right',
          lineBreak: false,
          goTo: e.dest,
        });
      }),
    );
    y += CONTENTS_LINE;
  }
  toc.end();
}

/**
 * Label-and-value rows. Each row is one tagged paragraph holding the label and then the value: a
 * screen reader hears "Purposes: ..." and a 1,000-activity register stays at a few objects per row
 * (a list item with label and body elements would triple the structure tree, and the file size).
 */
function fieldList(doc: Doc, parent: Struct, fields: Field[], none: string): void {
  const valueX = MARGIN.left + LABEL_WIDTH + GAP;
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH - GAP;
  for (const [label, value] of fields) {
    const text = valueText(value, none);
    const labelHeight = textHeight(doc, label, FONT.bold, 8, LABEL_WIDTH);
    // Keep a row together unless it is longer than a page; then it may flow on.
    ensureSpace(doc, Math.min(Math.max(labelHeight, textHeight(doc, text, FONT.regular, 9, valueWidth)), 200));
    const y = doc.y;
    const page = currentPage(doc);
    parent.add(
      doc.struct('P', {}, [
        () =>
          doc
            .font(FONT.bold)
            .fontSize(8)
            .fillColor(COLOR.muted)
            .text(label, MARGIN.left, y + 1, { width: LABEL_WIDTH }),
        () => doc.font(FONT.regular).fontSize(9).fillColor(COLOR.text).text(text, valueX, y, { width: valueWidth }),
      ]),
    );
    doc.y = (currentPage(doc) === page ? Math.max(doc.y, y + labelHeight) : doc.y) + 4;
  }
}

function groupsOf(a: ReportActivity, m: ReportModel): [Art30Heading | 'other', Field[]][] {
  const F = m.labels.field;
  const L = m.labels;
  const processor = a.role === 'processor';
  const who: Field[] = [
    [F.organisation, a.organisation],
    [F.role, a.roleLabel],
    ...(processor ? [[F.controllers, a.controllerContacts] as Field] : []),
    [F.jointControllers, a.jointControllerContacts],
    [F.representative, a.representative],
    [F.dpo, a.dpo],
    [F.department, a.department],
    [F.owner, a.owner],
  ];
  const why: Field[] = [
    [F.description, a.description],
    [L.report.purposesAndBases, a.purposes],
    [F.art9Condition, a.art9Condition],
    [F.art10Basis, a.art10Basis],
    [F.sources, a.sources],
  ];
  const what: Field[] = [
    [F.dataSubjects, a.dataSubjects],
    [F.dataCategories, a.dataCategories],
  ];
  const to: Field[] = [[F.recipients, a.recipients]];
  const transfers: Field[] = [[F.transfers, a.transfers.map((t) => t.text)]];
  const retention: Field[] = [[F.retention, a.retention.map((r) => r.text)]];
  const security: Field[] = [
    [F.securityMeasures, a.securityMeasures],
    [F.securityDescription, a.securityDescription],
  ];
  const other: Field[] = [
    [F.status, a.statusLabel],
    [F.endDate, reportDay(a.endDate, m.lang)],
    [F.dpia, a.dpia],
    [F.dpiaLink, a.dpiaLink],
    [F.automatedDecision, a.automatedDecision],
    [F.automatedDecisionDetails, a.automatedDecisionDetails],
    [F.reviewDate, reportDay(a.reviewDate, m.lang)],
    [F.notes, a.notes],
    [F.updatedAt, `${reportDateText(a.updatedAt, m.lang)} · ${a.updatedBy} · ${F.version} ${a.version}`],
  ];
  // A processor's register (Art. 30(2)) has four letters; the activity's other particulars still appear.
  if (processor)
    return [
      ['p_a', who],
      ['p_b', [...why, ...what, ...to, ...retention]],
      ['p_c', transfers],
      ['p_d', security],
      ['other', other],
    ];
  return [
    ['c_a', who],
    ['c_b', why],
    ['c_c', what],
    ['c_d', to],
    ['c_e', transfers],
    ['c_f', retention],
    ['c_g', security],
    ['other', other],
  ];
}

/** Starts where the caller made room for the heading, so its bookmark points at the right page. */
function activitySection(doc: Doc, parent: Struct, a: ReportActivity, m: ReportModel, dest: string): void {
  const sect = doc.struct('Sect');
  parent.add(sect);
  const y = doc.y;
  sect.add(
    doc.struct('H2', {}, () => {
      doc
        .font(FONT.bold)
        .fontSize(12.5)
        .fillColor(COLOR.accent)
        .text(activityTitle(a), MARGIN.left, y, { width: CONTENT_WIDTH, destination: dest });
    }),
  );
  para(doc, sect, 'P', [a.organisation, a.roleLabel, a.statusLabel].filter(Boolean).join(' · '), {
    size: 8.5,
    color: COLOR.muted,
    gap: 0.5,
  });
  for (const [heading, fields] of groupsOf(a, m)) {
    ensureSpace(doc, 40);
    const title =
      heading === 'other' ? m.labels.report.other : `${ART30_REFERENCE[heading]} — ${m.labels.heading[heading]}`;
    para(doc, sect, 'H3', title, { font: FONT.bold, size: 9, color: COLOR.accent, gap: 0.25 });
    fieldList(doc, sect, fields, m.labels.report.none);
    doc.moveDown(0.3);
  }
  sect.end();
  doc.moveDown(0.6);
  rule(doc, doc.y - 6);
  doc.moveDown(0.4);
}

function overviewRows(m: ReportModel): string[][] {
  const none = m.labels.report.none;
  return m.activities.map((a) => [
    activityTitle(a),
    valueText(a.purposes, none),
    valueText(
      a.retention.map((r) => r.text),
      none,
    ),
    valueText(a.recipientNames, none),
  ]);
}

function chapter(
  doc: Doc,
  root: Struct,
  title: string,
  dest: string,
  outline: PDFKit.PDFOutline,
  contents: ContentsEntry[],
): { sect: Struct; item: PDFKit.PDFOutline } {
  doc.addPage();
  contents.push({ title, level: 0, dest, page: currentPage(doc) });
  const item = outline.addItem(title, { expanded: false });
  const sect = doc.struct('Sect');
  root.add(sect);
  sect.add(
    doc.struct('H1', {}, () =>
      doc
        .font(FONT.bold)
        .fontSize(16)
        .fillColor(COLOR.accent)
        .text(title, MARGIN.left, MARGIN.top, { width: CONTENT_WIDTH, destination: dest }),
    ),
  );
  doc.moveDown(0.6);
  return { sect, item };
}

export async function reportPdf(m: ReportModel, options: PdfOptions = {}): Promise<PdfResult> {
  const L = m.labels;
  const doc = createDoc({
    title: `${L.report.title} — ${m.registerName}`,
    subject: L.report.subtitle,
    lang: m.lang,
    date: new Date(m.asOf),
    fontsFolder: options.fontsFolder,
  });
  const finish = await collectOutput(doc);
  writePagesAsFinished(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  cover(doc, root, m);

  const registers = [
    { title: L.report.controllerRegister, activities: m.controllerActivities, key: 'controller' },
    { title: L.report.processorRegister, activities: m.processorActivities, key: 'processor' },
  ].filter((r) => r.activities.length > 0 || r.key === 'controller');
  const toc = doc.struct('TOC');
  root.add(toc);
  const reserved = reserveContents(doc, 1 + registers.reduce((n, r) => n + 1 + r.activities.length, 0));
  // Bookmarks point at the page that is current when they are made.
  doc.switchToPage(reserved.first);
  doc.outline.addItem(L.report.contents);
  doc.switchToPage(reserved.first + reserved.pages - 1);

  const contents: ContentsEntry[] = [];
  const total = m.activities.length * 2;
  let done = 0;
  const tick = () => options.onProgress?.(++done, total);

  const overview = chapter(doc, root, L.report.overview, 'overview', doc.outline, contents);
  drawTable(
    doc,
    overview.sect,
    [
      { header: L.field.name, width: 100 },
      { header: L.report.purposesAndBases, width: 215 },
      { header: L.field.retention, width: 105 },
      { header: L.field.recipients, width: CONTENT_WIDTH - 420 },
    ],
    overviewRows(m),
    tick,
  );
  overview.sect.end();

  for (const r of registers) {
    const { sect, item } = chapter(doc, root, r.title, r.key, doc.outline, contents);
    r.activities.forEach((a, i) => {
      const dest = `${r.key}-${i + 1}`;
      ensureSpace(doc, 140);
      contents.push({ title: activityTitle(a), level: 1, dest, page: currentPage(doc) });
      item.addItem(activityTitle(a));
      activitySection(doc, sect, a, m, dest);
      tick();
    });
    sect.end();
  }

  fillContents(doc, toc, L.report.contents, reserved, contents);
  const pages = paginate(
    doc,
    `${L.report.title} — ${m.registerName} — ${reportDateText(m.asOf, m.lang)}`,
    (n, count) => `${L.report.page} ${n} ${L.report.of} ${count}`,
  );
  root.end();
  return { buffer: await finish(), pages };
}
