import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileSystemError } from './api/errors';

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
