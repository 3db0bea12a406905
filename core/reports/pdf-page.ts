// Page furniture of the PDF: the embedded fonts, the page geometry, headers and footers as
// artifacts (so screen readers skip them) and the "page X of Y" pass over the buffered pages.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;
export const COLOR = {
  text: '#1a1a1a',
  muted: '#5a6270',
  accent: '#1f3a5f',
  rule: '#c9d1db',
  shade: '#eef2f6',
  headerFill: '#dde5ee',
} as const;
export const MARGIN = { top: 60, bottom: 60, left: 50, right: 50 } as const;
export const A4 = { width: 595.28, height: 841.89 } as const;
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
/** Output is gathered in blocks of this size (see collectOutput). */
const OUTPUT_BLOCK = 4 << 20;

/**
 * The TTF files shipped in core/reports/fonts (DejaVu: covers é ë ç ß ü). The PDF never depends on
 * the fonts of the machine it is made on. A bundled build passes the folder it copied them to.
 */
export function fontFiles(folder = fileURLToPath(new URL('./fonts/', import.meta.url))): {
  regular: string;
  bold: string;
} {
  const files = { regular: path.join(folder, 'DejaVuSans.ttf'), bold: path.join(folder, 'DejaVuSans-Bold.ttf') };
  for (const f of Object.values(files))
    if (!fs.existsSync(f)) throw new Error(`The report font ${f} is missing from this installation.`);
  return files;
}

export interface DocInfo {
  title: string;
  subject: string;
  lang: string;
  date: Date;
  fontsFolder?: string | undefined;
}

export function createDoc(info: DocInfo): Doc {
  const f = fontFiles(info.fontsFolder);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    tagged: true,
    displayTitle: true,
    lang: info.lang,
    pdfVersion: '1.7',
    // A path, not a buffer: pdfkit re-applies this font on every new page and caches it only by a string key.
    font: f.regular,
    info: {
      Title: info.title,
      Subject: info.subject,
      Author: 'RoPA Registry',
      Creator: 'RoPA Registry',
      CreationDate: info.date,
      ModDate: info.date,
    },
  });
  doc.registerFont(FONT.regular, f.regular);
  doc.registerFont(FONT.bold, f.bold);
  encodeRepeatedLinesOnce(doc, FONT.regular);
  encodeRepeatedLinesOnce(doc, FONT.bold);
  return doc;
}

/** The part of pdfkit's embedded font (internal to pdfkit 0.17) that turns a line into glyph codes and positions. */
interface LineEncoder {
  encode(text: string, features?: unknown): [string[], unknown[]];
}

const isLineEncoder = (font: unknown): font is LineEncoder =>
  typeof font === 'object' && font !== null && typeof (font as Partial<LineEncoder>).encode === 'function';

/**
 * pdfkit lays every line it draws out into glyphs anew, a fifth of all the memory a report
 * allocates; a register's labels and most of its values repeat from one activity to the next. Once
 * a line has been encoded its glyphs are in the font's subset, and encoding it again gives the same
 * codes and positions (which pdfkit only reads), so a line drawn a second time is kept and reused:
 * the file is byte for byte the same. Lines drawn once (names, references) are not kept, so memory
 * does not grow with the register. Without that internal of pdfkit's, lines are encoded as before.
 */
function encodeRepeatedLinesOnce(doc: Doc, fontName: string): void {
  doc.font(fontName);
  const font: unknown = (doc as unknown as { _font?: unknown })._font;
  if (!isLineEncoder(font)) return;
  const encode = font.encode.bind(font);
  const seen = new Set<string>();
  const kept = new Map<string, [string[], unknown[]]>();
  font.encode = (text, features) => {
    if (features !== undefined) return encode(text, features);
    const known = kept.get(text);
    if (known) return known;
    const encoded = encode(text);
    if (seen.has(text)) kept.set(text, encoded);
    else seen.add(text);
    return encoded;
  };
}

export const maxY = (doc: Doc): number => doc.page.height - doc.page.margins.bottom;

/** What measuring a text found; `lines` only once a caller needed the line wrapper's count. */
interface Measure {
  fitsOneLine: boolean;
  lines?: number;
}

/** Texts measured, by document, font, size and column width (nested, so no key is built per call). */
const measured = new WeakMap<Doc, Map<string, Map<number, Map<number, Map<string, Measure>>>>>();

function within<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/**
 * Each text is measured once per document, in `font` at `size` (left set, as measuring does) in a
 * column of `width`: labels, "None" and most values repeat from one activity to the next, and
 * measuring runs pdfkit's line wrapper, which drawing runs again.
 */
function measure(doc: Doc, text: string, font: string, size: number, width: number): Measure {
  doc.font(font).fontSize(size);
  let byFont = measured.get(doc);
  if (!byFont) measured.set(doc, (byFont = new Map()));
  const column = within(
    within(
      within(byFont, font, () => new Map()),
      size,
      () => new Map(),
    ),
    width,
    () => new Map(),
  );
  return within(column, text, () => ({
    fitsOneLine: text !== '' && !text.includes('\n') && doc.widthOfString(text) <= width,
  }));
}

/**
 * doc.heightOfString(text, { width }) to the last bit: its lines' heights added one by one from
 * doc.y, since the sum's last bits depend on where it starts and a table cell's text is cut to its
 * row's height.
 */
export function wrappedHeight(doc: Doc, text: string, font: string, size: number, width: number): number {
  const found = measure(doc, text, font, size, width);
  const lineHeight = doc.currentLineHeight(true);
  found.lines ??= Math.round(doc.heightOfString(text, { width }) / lineHeight);
  let bottom = doc.y;
  for (let i = 0; i < found.lines; i++) bottom += lineHeight;
  return bottom - doc.y;
}

/** Height of `text` in a column; a single short line is one line's height, without the line wrapper. */
export function textHeight(doc: Doc, text: string, font: string, size: number, width: number): number {
  return measure(doc, text, font, size, width).fitsOneLine
    ? doc.currentLineHeight(true)
    : wrappedHeight(doc, text, font, size, width);
}

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > maxY(doc)) doc.addPage();
}

/** Drawing that carries no content (rules, shading, repeated headers) is marked as an artifact. */
export function artifact(doc: Doc, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
}

export function rule(doc: Doc, y: number, color: string = COLOR.rule): void {
  artifact(doc, () => {
    doc
      .save()
      .moveTo(MARGIN.left, y)
      .lineTo(A4.width - MARGIN.right, y)
      .lineWidth(0.5)
      .strokeColor(color)
      .stroke()
      .restore();
  });
}

/**
 * Writes each page's drawing out, compressed, as soon as the next page begins, instead of holding it
 * until the end: the "page X of Y" footers need every page kept open (bufferPages), and a
 * 10,000-activity report held some 13,000 pages of content as millions of small buffers, which made
 * every garbage collection slower the further the report got. What is drawn on a page later (the
 * contents, the header and footer) goes into a second content stream of that page: a page's
 * contents may be an array of streams, which readers join into one, so the page looks and reads the
 * same. The first page is left whole: paginate draws on every page but the first, and a second
 * stream must not stay empty.
 */
export function writePagesAsFinished(doc: Doc): void {
  let added = 0;
  let newest: PDFKit.PDFPage | null = null;
  doc.on('pageAdded', () => {
    if (++added > 2 && newest) seal(doc, newest);
    newest = doc.page;
  });
}

function seal(doc: Doc, page: PDFKit.PDFPage): void {
  const drawn = page.content;
  page.content = doc.ref({});
  Object.assign(page.dictionary.data, { Contents: [drawn, page.content] });
  drawn.finalize();
}

/** Running header and "page X of Y" footer on every page but the cover; needs bufferPages. */
export function paginate(doc: Doc, header: string, pageWord: (n: number, total: number) => string): number {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    if (i === start) continue;
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLOR.muted);
    doc.text(header, MARGIN.left, 30, { width: CONTENT_WIDTH, lineBreak: false, ellipsis: true, height: 10 });
    doc.text(pageWord(i - start + 1, count), MARGIN.left, A4.height - 38, {
      width: CONTENT_WIDTH,
      align: 'right',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  return count;
}

/**
 * The file as pdfkit writes it. Started before anything is drawn (and given a turn of the event loop
 * to start flowing), it copies each piece into large blocks as it comes: left in the stream's own
 * buffer, the millions of small pieces of a 10,000-activity report stay alive until the end, which
 * makes every garbage collection slower, and draining that buffer at the end costs time quadratic in
 * their number (Node's readable buffer shifts an array).
 */
export async function collectOutput(doc: Doc): Promise<() => Promise<Buffer>> {
  const blocks: Buffer[] = [];
  let block = Buffer.allocUnsafe(OUTPUT_BLOCK);
  let used = 0;
  doc.on('data', (chunk: Buffer) => {
    if (chunk.length > block.length - used) {
      blocks.push(block.subarray(0, used));
      block = Buffer.allocUnsafe(Math.max(OUTPUT_BLOCK, chunk.length));
      used = 0;
    }
    used += chunk.copy(block, used);
  });
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat([...blocks, block.subarray(0, used)])));
    doc.on('error', reject);
  });
  await new Promise((resolve) => setImmediate(resolve));
  return () => {
    doc.end();
    return ended;
  };
}

export async function toBuffer(doc: Doc): Promise<Buffer> {
  return (await collectOutput(doc))();
}
