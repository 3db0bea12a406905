// Exports through the contract, as the app's UI will call them: start, poll, read the outcome.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRegister } from '../../db/open';
import type { ExportJob } from '../api/export-options';
import { createContext, type CoreContext } from '../context';
import { call, must } from '../dispatcher';
import { sampleRegisterPerFile } from './fixtures';

const sample = sampleRegisterPerFile('ropa-contract-');

async function finished(c: CoreContext, jobId: string): Promise<ExportJob> {
  for (;;) {
    const job = must(c, 'getExportJob', { jobId });
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('exportReport and getExportJob', () => {
  it('export in the background and report progress and the files written', async () => {
    const out = path.join(sample.dir, 'contract.xlsx');
    const { jobId } = must(sample.ctx, 'exportReport', { format: 'xlsx', lang: 'fr', status: ['active'], path: out });
    const job = await finished(sample.ctx, jobId);
    expect(job.error).toBeNull();
    expect(job).toMatchObject({ state: 'done', result: { format: 'xlsx', files: [{ path: out }] } });
    expect(job.progress?.phase).toBe('write');
    expect(fs.statSync(out).size).toBe(job.result!.files[0]!.bytes);
  });

  it('works on a register opened read-only, since exporting changes nothing', async () => {
    const readOnly = createContext(openRegister(sample.ctx.register.path, { readOnly: true }), 'Auditor');
    try {
      const out = path.join(sample.dir, 'read-only.csv');
      const job = await finished(readOnly, must(readOnly, 'exportReport', { format: 'csv', path: out }).jobId);
      expect(job.state).toBe('done');
      expect(job.result!.files.map((f) => path.basename(f.path))).toEqual([
        'read-only.csv',
        'read-only-recipients.csv',
        'read-only-organisations.csv',
        'read-only-about.csv',
      ]);
    } finally {
      readOnly.register.close();
    }
  });

  it('refuses relative paths, a wrong extension and a missing folder before starting', () => {
    const cases = [
      [{ format: 'pdf', path: 'report.pdf' }, 'path', 'must be an absolute path'],
      [{ format: 'pdf', path: sample.ctx.register.path }, 'path', 'must end in .pdf'],
      [
        { format: 'csv', path: path.join(sample.dir, 'missing', 'a.csv') },
        'path',
        `the folder ${path.join(sample.dir, 'missing')} does not exist`,
      ],
    ] as const;
    for (const [input, field, message] of cases) {
      const out = call(sample.ctx, 'exportReport', input);
      expect(out.ok).toBe(false);
      if (out.ok || out.error.kind !== 'validation') throw new Error('expected a validation error');
      expect(out.error.issues).toContainEqual({ path: field, message });
    }
  });

  it('reports a failed export with its reason', async () => {
    const org = must(sample.ctx, 'listOrganisations', {})[0]!;
    const out = path.join(sample.dir, 'dated.pdf');
    const job = await finished(
      sample.ctx,
      must(sample.ctx, 'exportReport', { format: 'pdf', path: out, organisationId: org.id, asOf: '2000-01-01' }).jobId,
    );
    expect(job.state).toBe('failed');
    expect(job.error?.message).toMatch(
      /^The register's history starts at .*; there is no register to show as of 2000-01-01/,
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});
