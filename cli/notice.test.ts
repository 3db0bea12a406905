// `ropa notice` as a user runs it: the file written, and each refusal one line with its exit code.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/test-helpers';
import { expectOneErrorLine, ropa } from './test-helpers';

function sample(): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'sample.sqlite');
  expect(ropa(['new', file, '--sample']).code).toBe(0);
  return { dir, file };
}

describe('ropa notice', { timeout: 300_000 }, () => {
  it('writes the Dutch website notice as HTML and leaves the register unchanged', () => {
    const { dir, file } = sample();
    const before = fs.readFileSync(file);
    const out = path.join(dir, 'privacy.html');
    const r = ropa([
      'notice',
      file,
      '--kind',
      'privacy',
      '--audience',
      'website',
      '--lang',
      'nl',
      '--format',
      'html',
      '-o',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Wrote .*privacy\.html \(8 activities, \d+ bytes\)\n$/);
    expect(fs.readFileSync(out, 'utf8')).toContain('<h3>2.2. Nieuwsbrief</h3>');
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('refuses an existing file unless --overwrite or --force, leaving it unchanged', () => {
    const { dir, file } = sample();
    const out = path.join(dir, 'notice.md');
    fs.writeFileSync(out, 'keep me');
    const r = ropa(['notice', file, '--lang', 'en', '-o', out]);
    expect(r.code).toBe(2);
    expectOneErrorLine(r.stderr, /notice\.md already exists\. Add --overwrite to replace it\./);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    expect(ropa(['notice', file, '--lang', 'en', '-o', out, '--force']).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^# Privacy notice — Website visitors$/m);
    expect(ropa(['notice', file, '--lang', 'en', '-o', out, '--overwrite']).code).toBe(0);
  });

  it('refuses a format the output does not end in, an unknown audience, and a file that is not a register', () => {
    const { dir, file } = sample();
    const wrong = ropa(['notice', file, '--format', 'pdf', '-o', path.join(dir, 'notice.html')]);
    expect(wrong.code).toBe(1);
    expectOneErrorLine(wrong.stderr, /path: must end in \.pdf/);
    expect(fs.existsSync(path.join(dir, 'notice.html'))).toBe(false);

    const none = ropa(['notice', file, '-o', path.join(dir, 'notice.txt')]);
    expect(none.code).toBe(1);
    expectOneErrorLine(none.stderr, /--format is missing and notice\.txt does not end in \.html, \.md, \.docx, \.pdf/);

    const audience = ropa(['notice', file, '--audience', 'visitors', '-o', path.join(dir, 'n.html')]);
    expect(audience.code).toBe(1);
    expectOneErrorLine(audience.stderr, /argument 'visitors' is invalid/);

    const text = path.join(dir, 'not-a-register.sqlite');
    fs.writeFileSync(text, 'hello');
    const bad = ropa(['notice', text, '-o', path.join(dir, 'n.html')]);
    expect(bad.code).toBe(2);
    expectOneErrorLine(bad.stderr, /not a RoPA register/);
    expect(fs.existsSync(path.join(dir, 'n.html'))).toBe(false);
  });
});
