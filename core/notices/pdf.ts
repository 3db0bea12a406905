// The notice as a tagged PDF, drawn with the reports' page furniture (core/reports/pdf-page.ts:
// embedded DejaVu fonts, A4 geometry, running header and page numbers as artifacts) and their
// table (core/reports/pdf-table.ts: TH header cells repeated on every page as artifacts).
// Headings are H1-H3 with bookmarks; dated by the notice's date, so the same register gives the same bytes.
import type { Block, NoticeDocument } from './model';
import { drawTable } from '../reports/pdf-table';
import {
  COLOR,
  CONTENT_WIDTH,
  createDoc,
  ensureSpace,
  FONT,
  MARGIN,
  paginate,
  toBuffer,
  type Doc,
  type Struct,
} from '../reports/pdf-page';

export interface NoticePdfOptions {
  fontsFolder?: string | undefined;
}

const SIZE = { 1: 20, 2: 13, 3: 11 } as const;

function text(
  doc: Doc,
  parent: Struct,
  tag: string,
  value: string,
  style: { font: string; size: number; color: string },
): void {
  parent.add(
    doc.struct(tag, {}, () => {
      doc
        .font(style.font)
        .fontSize(style.size)
        .fillColor(style.color)
        .text(value, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    }),
  );
}

/** Table column widths: the purpose and the data wider than the rest. */
function widths(columns: number): number[] {
  if (columns !== 6) return Array.from({ length: columns }, () => CONTENT_WIDTH / columns);
  const share = [0.19, 0.19, 0.11, 0.16, 0.17, 0.18];
  return share.map((s) => s * CONTENT_WIDTH);
}

function block(doc: Doc, root: Struct, b: Block, outline: { addItem(t: string): unknown }): void {
  switch (b.type) {
    case 'heading':
      // A subsection's heading stays with its text and the start of its table.
      ensureSpace(doc, b.level === 3 ? 170 : 90);
      if (b.level > 1) doc.moveDown(b.level === 2 ? 0.8 : 0.4);
      if (b.level < 3) outline.addItem(b.text);
      text(doc, root, `H${b.level}`, b.text, { font: FONT.bold, size: SIZE[b.level], color: COLOR.accent });
      doc.moveDown(0.4);
      return;
    case 'paragraph':
      text(doc, root, 'P', b.text, { font: FONT.regular, size: 9.5, color: COLOR.text });
      doc.moveDown(0.5);
      return;
    case 'list': {
      const list = doc.struct('L');
      root.add(list);
      for (const item of b.items) {
        const li = doc.struct('LI');
        list.add(li);
        li.add(
          doc.struct('LBody', {}, () => {
            doc.font(FONT.regular).fontSize(9.5).fillColor(COLOR.text);
            doc.text(`•  ${item}`, MARGIN.left + 8, doc.y, { width: CONTENT_WIDTH - 8, indent: -8 });
          }),
        );
        li.end();
      }
      list.end();
      doc.moveDown(0.5);
      return;
    }
    case 'table': {
      const w = widths(b.columns.length);
      // The header row never stands alone at the foot of a page.
      ensureSpace(doc, 110);
      drawTable(
        doc,
        root,
        b.columns.map((header, i) => ({ header, width: w[i]! })),
        b.rows,
      );
      doc.x = MARGIN.left;
      doc.moveDown(0.8);
    }
  }
}

export async function noticePdf(
  n: NoticeDocument,
  options: NoticePdfOptions = {},
): Promise<{ buffer: Buffer; pages: number }> {
  const doc = createDoc({
    title: `${n.title} — ${n.controller}`,
    subject: n.title,
    lang: n.lang,
    date: new Date(n.date),
    fontsFolder: options.fontsFolder,
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  doc.addPage();
  for (const b of n.blocks) block(doc, root, b, doc.outline);
  const pages = paginate(doc, `${n.title} — ${n.controller} — ${n.date.slice(0, 10)}`, (i, count) => `${i} / ${count}`);
  root.end();
  return { buffer: await toBuffer(doc), pages };
}
