// Generated public documents (issue 15): the privacy notice of one audience in one language, as
// HTML, Markdown, DOCX or tagged PDF. The model is read from the register at once; rendering and
// writing follow (via a temporary name, so a failed write leaves no partial file).
import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../context';
import {
  noticeExportOptions,
  noticeInput,
  type ExportResult,
  type NoticeInput,
  type NoticeExportOptions,
  type NoticeFormat,
  type NoticeResult,
} from '../api/export-options';
import { invalid, issuesOf } from '../api/errors';
import { checkWriteTarget, type TargetRules } from '../write-target';
import { startRenderJob } from '../reports/jobs';
import { buildPrivacyNotice, type NoticeDocument } from './model';
import { buildCookiePolicy } from './cookie-policy';
import { noticeHtml } from './html';
import { noticeMarkdown } from './markdown';

export type { NoticeDocument } from './model';

/** The document of `kind`: the privacy notice of one audience, or the websites' cookie policy. */
export function buildNotice(ctx: CoreContext, input: NoticeInput): NoticeDocument {
  const o = noticeInput.parse(input);
  return o.kind === 'cookies' ? buildCookiePolicy(ctx, o) : buildPrivacyNotice(ctx, o);
}

export interface NoticeRenderSettings {
  fontsFolder?: string | undefined;
}

export async function renderNotice(
  n: NoticeDocument,
  format: NoticeFormat,
  settings: NoticeRenderSettings = {},
): Promise<Buffer> {
  switch (format) {
    case 'html':
      return Buffer.from(noticeHtml(n), 'utf8');
    case 'md':
      return Buffer.from(noticeMarkdown(n), 'utf8');
    // Loaded when asked for, so opening a register (the dispatcher) loads neither docx nor pdfkit.
    case 'docx':
      return (await import('./docx')).noticeDocx(n);
    case 'pdf':
      return (await (await import('./pdf')).noticePdf(n, settings)).buffer;
  }
}

export function parseNoticeOptions(input: NoticeExportOptions) {
  const parsed = noticeExportOptions.safeParse(input);
  if (!parsed.success) throw invalid(issuesOf(parsed.error));
  return parsed.data;
}

function writeFile(target: string, data: Buffer, rules: TargetRules): number {
  const temp = `${target}.${process.pid}.partial`;
  try {
    fs.writeFileSync(temp, data);
    // Checked again at the last moment: a file may have appeared while the notice was rendered.
    checkWriteTarget(target, rules);
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  return data.length;
}

/** Reads the notice from the register now (refusing a target it may not write) and returns what renders and writes it. */
export function prepareNotice(ctx: CoreContext, input: NoticeExportOptions, settings: NoticeRenderSettings) {
  const o = parseNoticeOptions(input);
  const rules: TargetRules = { overwrite: o.overwrite, registerPath: ctx.register.path };
  checkWriteTarget(o.path, rules);
  const notice = buildNotice(ctx, o);
  return async (): Promise<NoticeResult> => {
    const data = await renderNotice(notice, o.format, settings);
    return { path: path.resolve(o.path), bytes: writeFile(o.path, data, rules), activities: notice.activities };
  };
}

/** Writes the notice (the CLI, tests). */
export async function writeNotice(
  ctx: CoreContext,
  input: NoticeExportOptions,
  settings: NoticeRenderSettings = {},
): Promise<NoticeResult> {
  return await prepareNotice(ctx, input, settings)();
}

/** The contract's exportNotice: refused at once when the target is, else queued with the reports' exports. */
export function startNoticeExport(ctx: CoreContext, input: NoticeExportOptions): { jobId: string } {
  const o = parseNoticeOptions(input);
  const rules: TargetRules = { overwrite: o.overwrite, registerPath: ctx.register.path };
  checkWriteTarget(o.path, rules);
  const notice = buildNotice(ctx, o);
  return startRenderJob(async (fontsFolder): Promise<ExportResult> => {
    const data = await renderNotice(notice, o.format, { fontsFolder });
    const r = { path: path.resolve(o.path), bytes: writeFile(o.path, data, rules), activities: notice.activities };
    return { format: o.format, files: [{ path: r.path, bytes: r.bytes }], activities: r.activities, pages: null };
  });
}

/** The contract's previewNotice: the HTML page, for the app to show. */
export function previewNotice(
  ctx: CoreContext,
  input: Parameters<typeof buildNotice>[1],
): { html: string; activities: number } {
  const n = buildNotice(ctx, input);
  return { html: noticeHtml(n), activities: n.activities };
}
