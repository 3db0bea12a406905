import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultSettings,
  forgetRegister,
  readSettings,
  rememberRegister,
  SETTINGS_FILE,
  writeSettings,
} from './settings';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-settings-'));
  dirs.push(dir);
  return dir;
}
const writeRaw = (dir: string, text: string) => fs.writeFileSync(path.join(dir, SETTINGS_FILE), text);

describe('settings file', () => {
  it('starts from the defaults when there is no file', () => {
    expect(readSettings(tempDir())).toEqual({
      window: { width: 1280, height: 820, maximized: false },
      lastRegister: null,
      recentRegisters: [],
      backupsToKeep: 10,
    });
  });

  it.each([
    ['not JSON', '{"window": {'],
    ['an array', '[1, 2]'],
    ['null', 'null'],
    ['empty', ''],
  ])('falls back to the defaults when the file is %s', (_what, text) => {
    const dir = tempDir();
    writeRaw(dir, text);
    expect(readSettings(dir)).toEqual(defaultSettings());
  });

  it('keeps the valid fields of a hand-edited file and drops only the bad ones', () => {
    const dir = tempDir();
    writeRaw(
      dir,
      JSON.stringify({
        window: { width: 'wide' },
        lastRegister: '/data/ropa.sqlite',
        recentRegisters: ['/data/ropa.sqlite', 7],
      }),
    );
    expect(readSettings(dir)).toEqual({
      window: defaultSettings().window,
      lastRegister: '/data/ropa.sqlite',
      recentRegisters: [],
      backupsToKeep: 10,
    });
  });

  it('keeps the number of backups a user set, and falls back to 10 for a number that makes no sense', () => {
    const dir = tempDir();
    writeSettings(dir, { ...defaultSettings(), backupsToKeep: 30 });
    expect(readSettings(dir).backupsToKeep).toBe(30);
    writeRaw(dir, JSON.stringify({ ...defaultSettings(), backupsToKeep: 0 }));
    expect(readSettings(dir).backupsToKeep).toBe(10);
    writeRaw(dir, JSON.stringify({ ...defaultSettings(), backupsToKeep: 'many' }));
    expect(readSettings(dir).backupsToKeep).toBe(10);
  });

  it('refuses a window too small to use', () => {
    const dir = tempDir();
    writeRaw(dir, JSON.stringify({ window: { width: 10, height: 10 } }));
    expect(readSettings(dir).window).toEqual(defaultSettings().window);
  });

  it('reads back what it wrote, leaving no temporary file', () => {
    const dir = path.join(tempDir(), 'new', 'folder');
    const settings = rememberRegister(
      { ...defaultSettings(), window: { x: 10, y: 20, width: 900, height: 700, maximized: true } },
      '/a.sqlite',
    );
    writeSettings(dir, settings);
    expect(readSettings(dir)).toEqual(settings);
    expect(fs.readdirSync(dir)).toEqual([SETTINGS_FILE]);
  });

  it('refuses to write invalid settings and keeps the previous file', () => {
    const dir = tempDir();
    writeSettings(dir, rememberRegister(defaultSettings(), '/a.sqlite'));
    expect(() => writeSettings(dir, { ...defaultSettings(), lastRegister: '' })).toThrow();
    expect(readSettings(dir).lastRegister).toBe('/a.sqlite');
  });
});

describe('recent registers', () => {
  it('puts the last opened first, without duplicates, at most ten', () => {
    let s = defaultSettings();
    for (let i = 0; i < 12; i++) s = rememberRegister(s, `/r${i}.sqlite`);
    s = rememberRegister(s, '/r5.sqlite');
    expect(s.lastRegister).toBe('/r5.sqlite');
    expect(s.recentRegisters).toHaveLength(10);
    expect(s.recentRegisters.slice(0, 3)).toEqual(['/r5.sqlite', '/r11.sqlite', '/r10.sqlite']);
    expect(s.recentRegisters.filter((f) => f === '/r5.sqlite')).toHaveLength(1);
  });

  it('forgets a register that can no longer be opened', () => {
    const s = forgetRegister(
      rememberRegister(rememberRegister(defaultSettings(), '/a.sqlite'), '/b.sqlite'),
      '/b.sqlite',
    );
    expect(s).toMatchObject({ lastRegister: null, recentRegisters: ['/a.sqlite'] });
  });
});
