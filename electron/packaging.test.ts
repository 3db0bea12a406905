// electron-builder.yml and build/: what `npm run dist` needs, checked with electron-builder's own
// config loader and schema (packaging itself needs Electron downloads this machine cannot make).
import fs from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { MacPackager } from 'app-builder-lib';
import { describe, expect, it } from 'vitest';
import { contract } from '../core/api/contract';
import { REGISTER } from './save-plan';

const root = path.resolve(import.meta.dirname, '..');
const load = () => getConfig(root, path.join(root, 'electron-builder.yml'), null);
const targets = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
type Target = { target: string; arch: string[] };
type Association = { ext: string; role?: string; rank?: string; icon?: string; mimeType?: string };
const associations = (value: unknown) => targets(value).filter(Boolean) as Association[];

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

  it('builds AppImage and deb for Linux x64, NSIS for Windows x64 and dmg for macOS x64 and arm64', async () => {
    const config = await load();
    expect(targets(config.linux?.target)).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ] satisfies Target[]);
    expect(targets(config.win?.target)).toEqual([{ target: 'nsis', arch: ['x64'] }] satisfies Target[]);
    expect(targets(config.mac?.target)).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }] satisfies Target[]);
    // deb refuses to build without a maintainer.
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/);
  });

  it('publishes nowhere: no update feed is written into the app', async () => {
    const config = await load();
    expect(config.publish).toBeNull();
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toMatch(/### Updates\n/);
  });

  it('opens a .ropa register with a double-click everywhere, and offers itself for .sqlite without taking it over', async () => {
    const config = await load();
    // .ropa: ours on every platform, as the editor and owner, with its own document icon.
    const [ropa, ...others] = associations(config.fileAssociations);
    expect(others).toEqual([]);
    expect(ropa).toMatchObject({ ext: 'ropa', role: 'Editor', rank: 'Owner', mimeType: 'application/x-ropa-register' });
    const icns = fs.readFileSync(path.join(root, 'build', `${ropa!.icon}.icns`));
    expect(icns.subarray(0, 4).toString()).toBe('icns');
    const ico = fs.readFileSync(path.join(root, 'build', `${ropa!.icon}.ico`));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4) > 0]).toEqual([1, true]);

    // .sqlite on macOS: an alternate viewer, never the owner or default handler of SQLite files.
    expect(associations(config.mac?.fileAssociations)).toEqual([
      { ext: 'sqlite', name: 'SQLite register', role: 'Viewer', rank: 'Alternate' },
    ]);
    // On Linux: listed as able to open the existing SQLite type; the type itself is not redefined.
    expect(associations(config.linux?.fileAssociations)).toEqual([]);
    expect(config.linux?.mimeTypes).toEqual(['application/vnd.sqlite3']);
    // On Windows: in Explorer's "Open with" list only (OpenWithProgids); the default is never written.
    expect(associations(config.win?.fileAssociations)).toEqual([]);
    expect(config.nsis?.include).toBe('build/installer.nsh');
    const nsh = fs.readFileSync(path.join(root, 'build', 'installer.nsh'), 'utf8');
    expect(nsh).toContain(
      'WriteRegNone SHELL_CONTEXT "Software\\Classes\\.sqlite\\OpenWithProgids" "RoPARegistry.sqlite"',
    );
    expect(nsh).not.toMatch(/WriteRegStr SHELL_CONTEXT "Software\\Classes\\\.sqlite" ""/);
    expect(nsh).toContain('!macro customUnInstall');

    // Every extension the OS may hand the app is one its Open dialog, the contract and the CLI take.
    for (const ext of ['ropa', 'sqlite']) {
      expect(REGISTER.extensions).toContain(ext);
      expect(contract.saveCopy.input.safeParse({ path: `/registers/shared.${ext}` }).success).toBe(true);
    }
  });

  it('flips the Electron fuses that close the ways around the app in a packaged build', async () => {
    const config = await load();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Each one named as electron-builder's FuseOptionsV1 names it, so none is silently ignored.
    const options = fs.readFileSync(
      path.join(root, 'node_modules', 'app-builder-lib', 'out', 'configuration.d.ts'),
      'utf8',
    );
    const fuseOptions = options.slice(options.indexOf('interface FuseOptionsV1'));
    for (const key of Object.keys(config.electronFuses ?? {}))
      expect(fuseOptions, key).toMatch(new RegExp(`\\b${key}\\?: boolean`));
    // The app code sits in app.asar (onlyLoadAppFromAsar), and nothing the packaged app runs needs
    // ELECTRON_RUN_AS_NODE: its threads are worker_threads, not forked Electron processes.
    expect(config.asar).toBe(true);
    const shipped = ['electron', 'core', 'db'].flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('processes'))
        .map((f) => path.join(dir, f)),
    );
    expect(shipped.length).toBeGreaterThan(50);
    for (const file of shipped)
      expect(fs.readFileSync(path.join(root, file), 'utf8'), file).not.toMatch(/child_process|ELECTRON_RUN_AS_NODE/);
  });

  it('signs and notarises from environment variables only, and skips both when they are absent', async () => {
    const config = await load();
    expect(config.mac).toMatchObject({
      hardenedRuntime: true,
      notarize: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
    });
    const plist = fs.readFileSync(path.join(root, String(config.mac?.entitlements)), 'utf8');
    // V8's JIT is the one hardened-runtime exception an Electron app needs.
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit']);
    // No identity, certificate or password is written into the config: they come from CSC_LINK,
    // CSC_KEY_PASSWORD, WIN_CSC_LINK, WIN_CSC_KEY_PASSWORD and APPLE_* (README, Packaging).
    const yml = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    expect(yml).not.toMatch(
      /^\s*(identity|certificateFile|certificatePassword|certificateSubjectName|cscLink|cscKeyPassword|azureSignOptions):/m,
    );
    expect(config.win?.signtoolOptions).toEqual({ signingHashAlgorithms: ['sha256'] });

    // electron-builder's own notarize step: nothing without credentials, notarytool with them.
    const notarizeOptions = (env: Record<string, string>) => {
      const saved = process.env;
      process.env = { ...Object.fromEntries(Object.entries(saved).filter(([k]) => !k.startsWith('APPLE_'))), ...env };
      try {
        return (MacPackager.prototype as unknown as { getNotarizeOptions(app: string): unknown }).getNotarizeOptions(
          '/tmp/RoPA Registry.app',
        );
      } finally {
        process.env = saved;
      }
    };
    expect(notarizeOptions({})).toBeUndefined();
    expect(
      notarizeOptions({ APPLE_ID: 'dpo@example.org', APPLE_APP_SPECIFIC_PASSWORD: 'abcd', APPLE_TEAM_ID: 'TEAM123' }),
    ).toMatchObject({ tool: 'notarytool', teamId: 'TEAM123' });
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
      // The licence and the third-party notices (scripts/notices.test.ts) beside the app.
      { filter: ['LICENSE', 'THIRD_PARTY_NOTICES.md'] },
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
