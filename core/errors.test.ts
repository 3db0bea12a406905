import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { RegisterFileError } from '../db/open';
import { fileSystemError, notFound, toRopaError } from './api/errors';

describe('fileSystemError', () => {
  it('turns a real failed write into one line naming the file and the reason', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-errors-'));
    const target = path.join(dir, 'report.pdf');
    fs.mkdirSync(target);
    let thrown: unknown;
    try {
      fs.writeFileSync(target, 'x');
    } catch (err) {
      thrown = err;
    }
    expect(fileSystemError(thrown)).toEqual({
      kind: 'file',
      message: `The file ${target} could not be written or read: a folder has that name.`,
    });
  });

  it('reads the code from an error relayed from a worker as text, without the temporary suffix', () => {
    const relayed = new Error(
      "EACCES: permission denied, rename '/srv/out/report.pdf.4242.partial' -> '/srv/out/report.pdf'",
    );
    expect(fileSystemError(relayed)?.message).toBe(
      'The file /srv/out/report.pdf could not be written or read: permission denied.',
    );
  });

  it('leaves other errors alone', () => {
    expect(fileSystemError(new Error('boom'))).toBeNull();
    expect(fileSystemError('EISDIR')).toBeNull();
  });
});

describe('toRopaError', () => {
  it('keeps a typed failure and names the fields of invalid input', () => {
    expect(toRopaError(notFound('activity', 'a-1'))).toMatchObject({ kind: 'not_found', entity: 'activity' });
    const parsed = z.object({ name: z.string().min(1, 'required') }).safeParse({ name: '' });
    expect(parsed.success || toRopaError(parsed.error)).toEqual({
      kind: 'validation',
      message: 'name: required',
      issues: [{ path: 'name', message: 'required' }],
    });
  });

  it('reads a register file that cannot be used, from db/open.ts, as a file error', () => {
    expect(toRopaError(new RegisterFileError('x.sqlite is not a RoPA register.'))).toEqual({
      kind: 'file',
      message: 'x.sqlite is not a RoPA register.',
    });
  });

  it("turns real SQLite failures into the user's words", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-errors-'));
    const db = new Database(path.join(dir, 'x.sqlite'));
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)');
    db.prepare('INSERT INTO t (name) VALUES (?)').run('a');
    let thrown: unknown;
    try {
      db.prepare('INSERT INTO t (name) VALUES (?)').run('a');
    } catch (err) {
      thrown = err;
    }
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    expect(toRopaError(thrown)).toEqual({
      kind: 'validation',
      message: 'The change would break the register\u2019s consistency.',
      issues: [],
    });
  });

  it('calls anything else unexpected, in the words of the place that caught it', () => {
    expect(toRopaError(new Error('boom'))).toEqual({ kind: 'internal', message: 'Unexpected error: boom' });
    expect(toRopaError(new Error('boom'), 'The export failed')).toEqual({
      kind: 'internal',
      message: 'The export failed: boom',
    });
    expect(toRopaError('text')).toEqual({ kind: 'internal', message: 'Unexpected error: text' });
  });
});
