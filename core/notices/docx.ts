// The notice as a Word document for legal teams to edit: real headings (Heading 1-3 styles, so
// Word's navigation pane and table of contents see them), bulleted lists and real tables whose
// first row is a repeating header. The same register state gives the same bytes: the document's
// created/modified dates are the notice's date and every zip entry carries that time.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import type { Block, NoticeDocument } from './model';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'C9D1DB' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function table(b: Extract<Block, { type: 'table' }>): Table {
  const cell = (text: string, header: boolean) =>
    new TableCell({
      borders: BORDERS,
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'DDE5EE', color: 'auto' } } : {}),
      children: text
        .split('\n')
        .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18 })] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: b.columns.map((c) => cell(c, true)) }),
      ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) })),
    ],
  });
}

function blocks(list: Block[]): (Paragraph | Table)[] {
  return list.flatMap((b): (Paragraph | Table)[] => {
    switch (b.type) {
      case 'heading':
        return [new Paragraph({ heading: HEADING[b.level], text: b.text })];
      case 'paragraph':
        return [new Paragraph({ text: b.text, alignment: AlignmentType.LEFT, spacing: { after: 120 } })];
      case 'list':
        return b.items.map((i) => new Paragraph({ text: i, bullet: { level: 0 } }));
      case 'table':
        // An empty paragraph after a table keeps two tables from merging in Word.
        return [table(b), new Paragraph({ text: '' })];
    }
  });
}

/** Re-zips with every entry dated `date` and the core properties' dates set to it. */
async function fixDates(buffer: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    let data: string | Uint8Array = await entry.async('uint8array');
    if (name === 'docProps/core.xml')
      data = Buffer.from(data)
        .toString('utf8')
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`);
    out.file(name, data, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

export async function noticeDocx(n: NoticeDocument): Promise<Buffer> {
  const doc = new Document({
    title: `${n.title} — ${n.controller}`,
    creator: 'RoPA Registry',
    lastModifiedBy: 'RoPA Registry',
    description: n.title,
    styles: { default: { document: { run: { font: 'Arial', size: 21, language: { value: n.lang } } } } },
    sections: [{ children: blocks(n.blocks) }],
  });
  return fixDates(await Packer.toBuffer(doc), new Date(n.date));
}
