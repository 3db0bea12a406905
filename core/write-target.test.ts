// Writes by path (issue 10): a copy or an export never replaces a file the user did not agree to
// replace, never a register a colleague has open, and never the open register itself. Real files,
// through the RegisterHost and the contract as the browser host calls them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Outcome } from './api/contract';
import type { ExportJob } from './api/export-options';
import { must } from './dispatcher';
import { RegisterHost } from './host';
import { newRegister } from './register';
import { closeAfterTest, tempDir } from './test-helpers';
import { verifyFile } from './verify';

function openHost(fileName = 'register.sqlite') {
  const dir = tempDir();
  const file = path.join(dir, fileName);
  const created = newRegister(file, { author: 'setup' });
  must(created, 'createOrganisation', { name: 'Itsme NV', country: 'BE' });
  created.register.close();
  const host = new RegisterHost({ author: 'alice' });
  closeAfterTest(() => host.close());
  const opened = host.handle('openRegister', { path: file });
  if (!opened.ok) throw new Error(opened.error.message);
  return { dir, file, host };
}

const refusal = (out: Outcome<unknown>): string => (out.ok ? 'ok' : `${out.error.kind}: ${out.error.message}`);

/** A colleague on another computer has `file` open: their presence lock beside it, heartbeat fresh. */
function colleagueHolds(file: string): void {
  const now = new Date().toISOString();
  fs.writeFileSync(
    path.join(path.dirname(file), `.~lock.${path.basename(file)}#pc-7-4242-abcdef`),
    JSON.stringify({ user: 'Ann', host: 'pc-7', pid: 4242, since: now, heartbeat: now, readOnly: false }),
  );
}

async function exportJob(host: RegisterHost, input: Record<string, unknown>): Promise<ExportJob | Outcome<unknown>> {
  const started = host.handle('exportReport', input);
  if (!started.ok) return started;
  const { jobId } = started.value as { jobId: string };
  for (;;) {
    const polled = host.handle('getExportJob', { jobId });
    const job = (polled.ok ? polled.value : null) as ExportJob | null;
    if (!job || job.state === 'done' || job.state === 'failed') return job ?? polled;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('saveCopy onto an existing file', () => {
  it('refuses with kind exists naming the file, leaves it as it was, and replaces it with overwrite: true', () => {
    const { host } = openHost();
    const dest = path.join(tempDir(), 'settings.sqlite');
    fs.writeFileSync(dest, 'another program’s file');
    const out = host.handle('saveCopy', { path: dest });
    expect(out.ok ? null : out.error).toEqual({
      kind: 'exists',
      path: dest,
      message: 'A file named settings.sqlite already exists.',
    });
    expect(fs.readFileSync(dest, 'utf8')).toBe('another program’s file');
    expect(host.handle('saveCopy', { path: dest, overwrite: true })).toEqual({ ok: true, value: { path: dest } });
    expect(verifyFile(dest).ok).toBe(true);
  });

  it('refuses a register a colleague has open, naming who, even with overwrite: true', () => {
    const { host } = openHost();
    const dest = path.join(tempDir(), 'shared.sqlite');
    fs.writeFileSync(dest, 'their register');
    colleagueHolds(dest);
    for (const overwrite of [false, true]) {
      const out = host.handle('saveCopy', { path: dest, overwrite });
      expect(refusal(out)).toMatch(
        /^locked: shared\.sqlite is open by Ann on pc-7 since .* UTC; choose another name\.$/,
      );
    }
    expect(fs.readFileSync(dest, 'utf8')).toBe('their register');
  });

  it('never writes onto the open register, also when a link names it', () => {
    const { file, host } = openHost();
    const before = fs.readFileSync(file);
    const link = path.join(tempDir(), 'link.sqlite');
    fs.symlinkSync(file, link);
    expect(refusal(host.handle('saveCopy', { path: link, overwrite: true }))).toBe(
      'file: A copy cannot replace the register it is copied from; choose another name.',
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('exportReport onto an existing file', () => {
  it('refuses before starting, for the PDF itself and for the recipients file beside a CSV', () => {
    const { dir, host } = openHost();
    const pdf = path.join(dir, 'report.pdf');
    fs.writeFileSync(pdf, 'older report');
    const recipients = path.join(dir, 'report-recipients.csv');
    fs.writeFileSync(recipients, 'older recipients');
    expect(host.handle('exportReport', { format: 'pdf', path: pdf })).toEqual({
      ok: false,
      error: { kind: 'exists', path: pdf, message: 'A file named report.pdf already exists.' },
    });
    const csv = host.handle('exportReport', { format: 'csv', path: path.join(dir, 'report.csv') });
    expect(csv.ok ? null : csv.error).toMatchObject({ kind: 'exists', path: recipients });
    expect(fs.existsSync(path.join(dir, 'report.csv'))).toBe(false);
    expect(fs.readFileSync(pdf, 'utf8')).toBe('older report');
    expect(fs.readFileSync(recipients, 'utf8')).toBe('older recipients');
  });

  it('replaces the files with overwrite: true', async () => {
    const { dir, host } = openHost();
    const csv = path.join(dir, 'report.csv');
    fs.writeFileSync(csv, 'older report');
    const job = await exportJob(host, { format: 'csv', path: csv, overwrite: true });
    expect(job).toMatchObject({ state: 'done', error: null });
    expect(fs.readFileSync(csv, 'utf8')).toContain('Activity');
  });

  it('refuses a file that appeared while the report was being made', async () => {
    const { dir, host } = openHost();
    const out = path.join(dir, 'late.json');
    const started = host.handle('exportReport', { format: 'json', path: out });
    fs.writeFileSync(out, 'written meanwhile');
    const { jobId } = (started.ok ? started.value : { jobId: '' }) as { jobId: string };
    let job: ExportJob;
    do {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = must(host.context!, 'getExportJob', { jobId });
    } while (job.state === 'queued' || job.state === 'running');
    expect(job.error).toMatchObject({ kind: 'exists', path: out });
    expect(fs.readFileSync(out, 'utf8')).toBe('written meanwhile');
  });

  it('never writes onto the open register itself, even with overwrite: true', () => {
    // A register may carry any name, so one called like a report must still never be exported over.
    const { file, host } = openHost('register.json');
    const before = fs.readFileSync(file);
    const out = host.handle('exportReport', { format: 'json', path: file, overwrite: true });
    expect(refusal(out)).toBe('file: register.json is the open register itself; choose another name.');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
