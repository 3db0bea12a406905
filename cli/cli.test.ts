// The real `ropa` command in a child process, as a user or a script runs it: output, exit codes,
// and files left as they were on every refusal.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegisterFile, currentSchemaVersion } from '../db/open';
import { must } from '../core/dispatcher';
import { openSession } from '../core/register';
import { closeAfterTest, sha256, tempDir } from '../core/test-helpers';
import { BIN, expectOneErrorLine, ropa } from './test-helpers';

function sampleFile(): string {
  const file = path.join(tempDir(), 'sample.sqlite');
  expect(ropa(['new', file, '--sample']).code).toBe(0);
  return file;
}

describe('ropa new', () => {
  it('creates the sample register and says so', () => {
    const file = path.join(tempDir(), 'sample.sqlite');
    const r = ropa(['new', file, '--sample', '--author', 'Alice']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Created sample\.sqlite: the sample register \(8 activities\)/);
    const ctx = openSession(file, 'reader', { readOnly: true });
    closeAfterTest(() => ctx.register.close());
    expect(must(ctx, 'listActivities', {}).map((a) => a.reference)).toEqual([
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6.1',
      '2.6.2',
      '2.7',
    ]);
    expect(new Set(must(ctx, 'listHistory', {}).map((h) => h.author))).toEqual(new Set(['Alice']));
  });

  it('takes the author from ROPA_AUTHOR when --author is not given', () => {
    const file = path.join(tempDir(), 'empty.sqlite');
    expect(ropa(['new', file, '--sample'], { ROPA_AUTHOR: 'Bob from Legal' }).code).toBe(0);
    const ctx = openSession(file, 'reader', { readOnly: true });
    closeAfterTest(() => ctx.register.close());
    expect(must(ctx, 'listOrganisations', {})[0]!.createdBy).toBe('Bob from Legal');
  });

  it('refuses to overwrite an existing file, leaving it unchanged', () => {
    const file = sampleFile();
    const before = sha256(file);
    const r = ropa(['new', file]);
    expect(r.code).toBe(2);
    expectOneErrorLine(r.stderr, /sample\.sqlite already exists/);
    expect(sha256(file)).toBe(before);
  });
});

describe('ropa info', () => {
  it('prints the schema version and counts, as a table or as JSON', () => {
    const file = sampleFile();
    const table = ropa(['info', file]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(new RegExp(`^Schema version\\s+${currentSchemaVersion()}$`, 'm'));
    expect(table.stdout).toMatch(/^Activities\s+8 \(active 8, draft 0, retired 0\)$/m);
    // Seed 001's four recipients and the six cookie providers of seed 000.
    expect(table.stdout).toMatch(/^Recipients\s+10$/m);
    expect(table.stdout).toMatch(/^Cookies\s+17$/m);
    const json = ropa(['info', file, '--json']);
    expect(json.code).toBe(0);
    const info = JSON.parse(json.stdout) as {
      schemaVersion: number;
      counts: { activities: number; organisations: number; retentionRules: number; cookies: number };
    };
    expect(info.schemaVersion).toBe(currentSchemaVersion());
    expect(info.counts).toMatchObject({ activities: 8, organisations: 1, retentionRules: 10, cookies: 17 });
  });

  it('never changes the file it reads', () => {
    const file = sampleFile();
    const before = sha256(file);
    ropa(['info', file]);
    ropa(['check', file]);
    expect(sha256(file)).toBe(before);
  });
});

describe('a register of an older schema', () => {
  it('is read from an upgraded copy: info shows its own schema version, check works, the file stays unchanged', () => {
    const file = path.join(tempDir(), 'old.sqlite');
    createRegisterFile(file, { upTo: currentSchemaVersion() - 1 }).close();
    const before = sha256(file);
    const info = ropa(['info', file, '--json']);
    expect(info.code).toBe(0);
    expect(info.stderr).toMatch(/^note: old\.sqlite has schema \d+; read from an upgraded copy/);
    expect(JSON.parse(info.stdout)).toMatchObject({
      path: file,
      fileName: 'old.sqlite',
      schemaVersion: currentSchemaVersion() - 1,
      readOnly: true,
    });
    const check = ropa(['check', file]);
    expect(check.code).toBe(0);
    expect(check.stdout).toBe('0 activities checked: 0 errors, 0 warnings.\n');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['old.sqlite']);
  });
});

describe('ropa check', () => {
  it('lists the sample register’s findings, each naming its article; only warnings, so exit 0', () => {
    const file = sampleFile();
    const r = ropa(['check', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^2\.1 Beheer van de website\n(?: {2}.*\n)*? {2}warning\s+retention\s+No time limit for erasure \("where possible"\)\. \(Art\. 30\(1\)\(f\); required by Article 30\)/m,
    );
    expect(r.stdout).toMatch(
      /^2\.5 White papers & leads\n\s+warning\s+purposes\s+A purpose rests on legitimate interests/m,
    );
    // Six of them ask where seed 000's cookie providers are (the seed does not say).
    expect(r.stdout).toMatch(
      /^Cookie provider Cloudflare \(2\.1\)\n {2}warning\s+country\s+A cookie provider has no country/m,
    );
    expect(r.stdout).toMatch(/8 activities checked: 0 errors, 16 warnings\.\n$/);
    const json = JSON.parse(ropa(['check', file, '--json']).stdout) as {
      errors: number;
      findings: { reference: string; code: string; article: string; requirement: string }[];
    };
    expect(json.errors).toBe(0);
    expect(json.findings.filter((f) => f.code === 'review_date')).toHaveLength(8);
    expect(json.findings.find((f) => f.code === 'art6_1_f_interest')).toMatchObject({
      article: 'Art. 5(2), 6(1)(f)',
      requirement: 'accountability',
    });
  });

  it('exits 1 on an Art. 30(1)(a) error: an organisation nobody can contact', () => {
    const file = path.join(tempDir(), 'bare.sqlite');
    expect(ropa(['new', file]).code).toBe(0);
    const ctx = openSession(file, 'tester');
    must(ctx, 'createOrganisation', { name: 'Acme NV', dpoName: 'Dana', dpoEmail: 'dpo@acme.example' });
    ctx.register.close();
    const r = ropa(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^Acme NV\n\s+error\s+address\s+The organisation has no contact details.*\(Art\. 30\(1\)\(a\); required by Article 30\)$/m,
    );
  });

  it('exits 0 when only warnings remain', () => {
    const file = path.join(tempDir(), 'complete.sqlite');
    expect(ropa(['new', file]).code).toBe(0);
    expect(ropa(['check', file]).stdout).toBe('0 activities checked: 0 errors, 0 warnings.\n');
    const ctx = openSession(file, 'tester');
    const term = (code: string) => must(ctx, 'listTerms', {}).find((t) => t.code === code)!.id;
    const org = must(ctx, 'createOrganisation', {
      name: 'Acme NV',
      address: 'Kunstlaan 1, 1000 Brussel',
      dpoName: 'Dana Peeters',
      dpoEmail: 'dpo@acme.example',
    });
    must(ctx, 'createActivity', {
      organisationId: org.id,
      name: 'Payroll',
      purposes: [{ text: 'Pay salaries', legalBases: ['contract', 'legal_obligation'] }],
      dataSubjectIds: [term('employee')],
      dataCategoryIds: [term('identification'), term('user.financial.bank_account')],
      securityMeasureIds: [term('access_control')],
      retention: [{ durationValue: 5, durationUnit: 'years', trigger: 'after employment ends' }],
    });
    ctx.register.close();
    const r = ropa(['check', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Payroll\n  warning  recipientIds        No recipients listed; confirm that nobody receives the data. (Art. 30(1)(d); required by Article 30)\n' +
        '  warning  reviewDate          No review date planned. (Art. 24(1); recommended for accountability)\n1 activities checked: 0 errors, 2 warnings.\n',
    );
  });

  it('exits 2 with one error line when the file is not a register, leaving it unchanged', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'not a database at all, just some text\n'.repeat(10));
    const before = sha256(file);
    const r = ropa(['check', file]);
    expect(r.code).toBe(2);
    expectOneErrorLine(r.stderr, /notes\.sqlite is not a RoPA register/);
    expect(r.stdout).toBe('');
    expect(sha256(file)).toBe(before);
    expect(ropa(['check', path.join(path.dirname(file), 'missing.sqlite')]).code).toBe(2);
  });
});

describe('usage errors', () => {
  it('an unknown command or a missing argument is one error line and a non-zero exit', () => {
    const unknown = ropa(['export-all']);
    expect(unknown.code).not.toBe(0);
    expectOneErrorLine(unknown.stderr, /unknown command 'export-all'/);
    const missing = ropa(['check']);
    expect(missing.code).not.toBe(0);
    expectOneErrorLine(missing.stderr, /missing required argument 'file'/);
  });

  it('--help lists the commands, run as `npx ropa` runs it', () => {
    const r = ropa(['--help'], {}, BIN);
    expect(r.code).toBe(0);
    for (const command of ['new', 'info', 'check']) expect(r.stdout).toMatch(new RegExp(`^\\s+${command} `, 'm'));
  });
});
