// A tagged table whose header row repeats at the top of every page it runs onto. pdfkit's own
// table does not repeat headers, so rows are measured and placed here. The first header row is
// tagged TH; the repeats are pagination artifacts, so a screen reader hears the header once.
import { artifact, COLOR, ensureSpace, FONT, MARGIN, maxY, wrappedHeight, type Doc, type Struct } from './pdf-page';

export interface PdfColumn {
  header: string;
  width: number;
}

const PAD = 3;
const SIZE = 7.5;

function rowHeight(doc: Doc, cells: string[], columns: PdfColumn[], font: string): number {
  return (
    Math.max(...cells.map((c, i) => wrappedHeight(doc, c || ' ', font, SIZE, columns[i]!.width - 2 * PAD))) + 2 * PAD
  );
}

function drawCells(
  doc: Doc,
  cells: string[],
  columns: PdfColumn[],
  y: number,
  height: number,
  font: string,
  tag: (i: number, draw: () => void) => void,
): void {
  let x = MARGIN.left;
  cells.forEach((text, i) => {
    const cx = x;
    const width = columns[i]!.width - 2 * PAD;
    tag(i, () => {
      doc.font(font).fontSize(SIZE).fillColor(COLOR.text);
      doc.text(text, cx + PAD, y + PAD, { width, height: height - 2 * PAD, ellipsis: true });
    });
    x += columns[i]!.width;
  });
}

function background(doc: Doc, columns: PdfColumn[], y: number, height: number, fill: string | null): void {
  const width = columns.reduce((s, c) => s + c.width, 0);
  artifact(doc, () => {
    doc.save();
    if (fill) doc.rect(MARGIN.left, y, width, height).fill(fill);
    doc
      .moveTo(MARGIN.left, y + height)
      .lineTo(MARGIN.left + width, y + height)
      .lineWidth(0.4)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.restore();
  });
}

function header(doc: Doc, columns: PdfColumn[], table: Struct | null): void {
  const cells = columns.map((c) => c.header);
  const y = doc.y;
  const h = rowHeight(doc, cells, columns, FONT.bold);
  background(doc, columns, y, h, COLOR.headerFill);
  if (table) {
    const tr = doc.struct('TR');
    table.add(tr);
    drawCells(doc, cells, columns, y, h, FONT.bold, (_i, draw) => tr.add(doc.struct('TH', {}, draw)));
    tr.end();
  } else {
    artifact(doc, () => drawCells(doc, cells, columns, y, h, FONT.bold, (_i, draw) => draw()));
  }
  doc.y = y + h;
}

/** Draws the table from doc.y on; `onRow` reports progress. */
export function drawTable(
  doc: Doc,
  parent: Struct,
  columns: PdfColumn[],
  rows: string[][],
  onRow?: (done: number) => void,
): void {
  const table = doc.struct('Table');
  parent.add(table);
  ensureSpace(doc, 60);
  header(doc, columns, table);
  const bodyHeight = maxY(doc) - MARGIN.top - 40;
  rows.forEach((cells, r) => {
    const h = Math.min(rowHeight(doc, cells, columns, FONT.regular), bodyHeight);
    if (doc.y + h > maxY(doc)) {
      doc.addPage();
      header(doc, columns, null);
    }
    const y = doc.y;
    background(doc, columns, y, h, r % 2 === 1 ? COLOR.shade : null);
    const tr = doc.struct('TR');
    table.add(tr);
    drawCells(doc, cells, columns, y, h, FONT.regular, (_i, draw) => tr.add(doc.struct('TD', {}, draw)));
    tr.end();
    doc.y = y + h;
    onRow?.(r + 1);
  });
  table.end();
}
