// The third-party notices against the dependencies installed now (license-checker-rseidelsohn over
// node_modules): the committed list the Licences page shows must be what `npm run notices` writes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import type { ModuleInfos } from 'license-checker-rseidelsohn';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  collect,
  LICENCES_JSON,
  licencesFrom,
  licencesJson,
  noticesMarkdown,
  NOT_SHIPPED,
  root,
  type Licences,
} from './notices';

let infos: ModuleInfos;
let licences: Licences;
beforeAll(async () => {
  infos = await collect();
  licences = licencesFrom(infos);
});

/** name@version of every installed package `npm ls` counts as a production dependency. */
function productionTree(): string[] {
  const out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' });
  const dirs = out.split('\n').filter((dir) => dir.trim() !== '' && path.resolve(dir) !== root);
  return [...new Set(dirs.map((dir) => `${readPackage(dir).name}@${readPackage(dir).version}`))];
}

describe('third-party notices', () => {
  it('the committed list is what `npm run notices` makes of node_modules now (else run it)', async () => {
    expect(fs.readFileSync(LICENCES_JSON, 'utf8')).toBe(await licencesJson(licences));
  });

  it('lists every shipped production dependency once, and nothing the package leaves out', () => {
    const listed = licences.packages.map((p) => `${p.name}@${p.version}`);
    expect(new Set(listed).size).toBe(listed.length);
    const shipped = productionTree().filter((key) => !/^(tsx|esbuild|@esbuild\/[^@]+)@/.test(key));
    expect(listed.toSorted()).toEqual(shipped.toSorted());
    expect(listed).toEqual(
      expect.arrayContaining(['better-sqlite3@' + version('better-sqlite3'), 'react@' + version('react')]),
    );
    expect(listed.filter((key) => /^(tsx|esbuild|@esbuild\/)/.test(key))).toEqual([]);
  });

  it('leaves out only what electron-builder.yml keeps out of the package', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    const files = (config.files ?? []) as { filter: string[] }[];
    expect(files[0]?.filter).toContain('!node_modules/{tsx,esbuild,@esbuild}/**/*');
    expect(NOT_SHIPPED).toEqual(['tsx', 'esbuild', '@esbuild/']);
    const resources = (config.extraResources ?? []) as { filter: string[] }[];
    expect(resources[0]?.filter).toEqual(['LICENSE', 'THIRD_PARTY_NOTICES.md']);
  });

  it('knows a licence for every package, and says why where the package itself does not', () => {
    const byName = new Map(licences.packages.map((p) => [p.name, p]));
    expect(byName.get('better-sqlite3')?.licence).toBe('MIT');
    expect(licences.packages.filter((p) => /UNKNOWN|UNLICENSED|^$/i.test(p.licence))).toEqual([]);
    // buffers@0.1.1 (exceljs → unzipper → binary) was published without any licence statement.
    const buffers = byName.get('buffers');
    expect(buffers).toMatchObject({ version: '0.1.1', licence: 'MIT' });
    expect(buffers?.note).toContain('github.com/substack/node-buffers');
    expect(fs.readdirSync(path.join(root, 'node_modules', 'buffers')).filter((f) => /licen[cs]e/i.test(f))).toEqual([]);
  });

  it('credits Fideslang (CC BY 4.0), the DejaVu fonts and Electron', () => {
    const names = licences.attributions.map((a) => `${a.name} | ${a.licence}`);
    expect(names).toEqual([
      'Fideslang | CC BY 4.0',
      'DejaVu fonts | Bitstream Vera Fonts licence',
      `Electron ${version('electron')} | MIT`,
    ]);
    const fideslang = licences.attributions[0]!;
    expect(fideslang.notice).toMatch(/Ethyca.*IAB Tech Lab.*CC BY 4\.0.*Changes:/s);
    expect(fideslang.licenceUrl).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  it('writes every licence text in full into THIRD_PARTY_NOTICES.md', () => {
    const md = noticesMarkdown(licences, infos);
    for (const p of licences.packages) expect(md).toContain(`### ${p.name} ${p.version} (${p.licence})`);
    const react = fs.readFileSync(path.join(root, 'node_modules', 'react', 'LICENSE'), 'utf8').trim();
    expect(md).toContain(react);
    expect(md).toContain('Copyright (c) 2010 James Halliday');
    expect(md).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy\n of the fonts');
    expect(md).toContain('### Fideslang (CC BY 4.0)');
  });
});

function readPackage(dir: string): { name: string; version: string } {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
}
const version = (name: string): string => readPackage(path.join(root, 'node_modules', name)).version;
