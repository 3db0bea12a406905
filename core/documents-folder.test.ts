import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentsFolder } from './documents-folder';

let home: string;
beforeEach(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'ropa-home-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('documentsFolder', () => {
  it('is Documents in the home folder when it exists', () => {
    mkdirSync(path.join(home, 'Documents'));
    expect(documentsFolder(home, {})).toBe(path.join(home, 'Documents'));
  });

  it('is the home folder when there is no Documents folder', () => {
    expect(documentsFolder(home, {})).toBe(home);
  });

  it("follows the desktop's own name for it (XDG user dirs)", () => {
    mkdirSync(path.join(home, 'Documenten'));
    mkdirSync(path.join(home, '.config'));
    writeFileSync(
      path.join(home, '.config', 'user-dirs.dirs'),
      'XDG_DESKTOP_DIR="$HOME/Bureaublad"\nXDG_DOCUMENTS_DIR="$HOME/Documenten"\n',
    );
    expect(documentsFolder(home, {})).toBe(path.join(home, 'Documenten'));
    expect(documentsFolder(home, { XDG_DOCUMENTS_DIR: '$HOME/Documents' })).toBe(home);
  });
});
