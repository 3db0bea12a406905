// electron-builder.yml and build/: what `npm run dist` needs, checked with electron-builder's own
// config loader and schema (packaging itself needs Electron downloads this machine cannot make).
import fs from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const load = () => getConfig(root, path.join(root, 'electron-builder.yml'), null);
const targets = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const head = fs.readFileSync(file).subarray(0, 24);
  expect(head.subarray(1, 4).toString()).toBe('PNG');
  return [head.readUInt32BE(16), head.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts', async () => {
    const config = await load();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.productName).toBe('RoPA Registry');
  });

  it('builds AppImage and deb for Linux, NSIS for Windows and dmg for macOS', async () => {
    const config = await load();
    expect(targets(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targets(config.win?.target)).toEqual(['nsis']);
    expect(targets(config.mac?.target)).toEqual(['dmg']);
    // deb refuses to build without a maintainer.
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/);
  });

  it('ships the built app, better-sqlite3 outside the asar, and the migrations as resources', async () => {
    const config = await load();
    // getConfig normalises `files` into filter sets.
    const files = targets(config.files).flatMap((f) =>
      typeof f === 'string' ? [f] : ((f as { filter?: string[] }).filter ?? []),
    );
    expect(files).toContain('out/**/*');
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*');
    // node_modules keeps the Node build; the Electron build scripts/dist.mjs writes to out/native ships apart.
    expect(config.npmRebuild).toBe(false);
    expect(files).toContain('!out/native/**/*');
    expect(config.extraResources).toEqual([
      { from: 'db/migrations', to: 'migrations', filter: ['**/*'] },
      { from: 'core/reports/fonts', to: 'fonts', filter: ['**/*'] },
      { from: 'out/native', to: 'native', filter: ['better_sqlite3.node'] },
    ]);
    expect(fs.readFileSync(path.join(root, 'scripts', 'dist.mjs'), 'utf8')).toContain(
      "path.join(root, 'out', 'native')",
    );
    // electron/main.ts reads them from there; the folder must hold the generated SQL.
    const main = fs.readFileSync(path.join(root, 'electron', 'main.ts'), 'utf8');
    expect(main).toContain("resource('migrations', 'db', 'migrations')");
    expect(main).toContain("resource('fonts', 'core', 'reports', 'fonts')");
    expect(main).toContain("path.join(process.resourcesPath, 'native', 'better_sqlite3.node')");
    expect(fs.readdirSync(path.join(root, 'db', 'migrations')).some((f) => f.endsWith('.sql'))).toBe(true);
  });

  it('leaves out of the package only modules nothing in out/main needs, even indirectly', async () => {
    const config = await load();
    const files = targets(config.files).flatMap((f) =>
      typeof f === 'string' ? [f] : ((f as { filter?: string[] }).filter ?? []),
    );
    // "!node_modules/{a,b}/**/*" and "!node_modules/a/**/*": whole packages left out.
    const excluded = files.flatMap((f) => {
      const m = /^!node_modules\/(\{[^}]+\}|[^/{]+)\/\*\*\/\*$/.exec(f);
      return m ? m[1]!.replace(/[{}]/g, '').split(',') : [];
    });
    expect(excluded).toContain('@mantine');
    const bundles = fs
      .readdirSync(path.join(root, 'out', 'main'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'));
    const imported = new Set<string>();
    for (const file of bundles) {
      const code = fs.readFileSync(path.join(root, 'out', 'main', file), 'utf8');
      for (const [, spec] of code.matchAll(/(?:from|import\(|require\()\s*["']([^"'./][^"']*)["']/g)) {
        if (!spec!.startsWith('node:') && spec !== 'electron')
          imported.add(spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!);
      }
    }
    expect(imported).toContain('better-sqlite3');
    const needed = new Set<string>();
    const visit = (name: string) => {
      if (needed.has(name)) return;
      needed.add(name);
      const manifest = path.join(root, 'node_modules', name, 'package.json');
      if (!fs.existsSync(manifest)) return;
      const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
        dependencies?: Record<string, string>;
        optionalDependencies?: Record<string, string>;
      };
      for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep);
    };
    imported.forEach(visit);
    const wronglyLeftOut = [...needed].filter((name) => excluded.some((e) => name === e || name.startsWith(`${e}/`)));
    expect(wronglyLeftOut).toEqual([]);
  });

  it('points at icons that exist in the sizes each platform needs', async () => {
    const config = await load();
    const resolve = (p: unknown) => path.join(root, String(p));
    expect(pngSize(path.join(root, 'build', 'icon.png'))).toEqual([512, 512]);
    const linux = resolve(config.linux?.icon);
    expect(pngSize(path.join(linux, '256x256.png'))).toEqual([256, 256]);
    expect(pngSize(path.join(linux, '512x512.png'))).toEqual([512, 512]);

    const ico = fs.readFileSync(resolve(config.win?.icon));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const entries = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(entries).toContain(256);

    const icns = fs.readFileSync(resolve(config.mac?.icon));
    expect(icns.subarray(0, 4).toString()).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
