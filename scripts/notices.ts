// `npm run notices` (and `npm run dist` before packaging): the third-party notices of what the app
// ships, read from the installed production dependency tree by license-checker-rseidelsohn.
//   renderer/src/about/licences.json  committed; the Help ▸ Licences page imports it (no network);
//                                     scripts/notices.test.ts fails when it no longer matches node_modules
//   THIRD_PARTY_NOTICES.md            every licence text in full; written here, shipped beside the app
// Besides the npm packages: Electron (the runtime), Fideslang's taxonomy (CC BY 4.0, attribution
// required) and the DejaVu fonts embedded in PDF reports.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { init, type ModuleInfo, type ModuleInfos } from 'license-checker-rseidelsohn';
import prettier from 'prettier';

export const root = path.resolve(import.meta.dirname, '..');
export const LICENCES_JSON = path.join(root, 'renderer', 'src', 'about', 'licences.json');
export const NOTICES_MD = path.join(root, 'THIRD_PARTY_NOTICES.md');
const CLARIFICATIONS = path.join(root, 'scripts', 'notices-clarifications.json');

/**
 * Production dependencies that never reach users: electron-builder.yml leaves their folders out of
 * the package and nothing bundles them (tsx and its esbuild run the CLI from sources only).
 */
export const NOT_SHIPPED = ['tsx', 'esbuild', '@esbuild/'];

/** Why a package's licence was stated by us rather than read from the package. */
const NOTES: Record<string, string> = {
  'buffers@0.1.1':
    'The published package (a dependency of exceljs via unzipper and binary) carries no licence file and no ' +
    'licence field. Its author, James Halliday, later added an MIT licence file ("Copyright (c) 2010 James ' +
    'Halliday") to the package\'s repository, github.com/substack/node-buffers, whose package.json declares ' +
    '"MIT/X11"; the package is unmaintained and no later version was published. We ship it under those MIT terms, ' +
    'reproduced here.',
  'chainsaw@0.1.0': 'Its package.json declares "MIT/X11", the MIT licence; the package carries no licence file.',
};

export interface ShippedPackage {
  name: string;
  version: string;
  /** SPDX expression (or the package's own words); a trailing * means guessed from its licence file. */
  licence: string;
  repository?: string;
  publisher?: string;
  note?: string;
}

export interface Attribution {
  name: string;
  licence: string;
  /** What it is and where it is used. */
  what: string;
  source: string;
  licenceUrl: string;
  notice: string;
}

export interface Licences {
  app: { name: string; version: string; licence: string };
  attributions: Attribution[];
  packages: ShippedPackage[];
}

const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8'));

function attributions(): Attribution[] {
  const electron = readJson(path.join(root, 'node_modules', 'electron', 'package.json'));
  return [
    {
      name: 'Fideslang',
      licence: 'CC BY 4.0',
      what: 'The default data categories and data subject categories of every new register (core/vocabulary.ts).',
      source: 'https://github.com/IABTechLab/fideslang',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      notice:
        'Fideslang by Ethyca / IAB Tech Lab, licensed under the Creative Commons Attribution 4.0 ' +
        'International licence (CC BY 4.0). Changes: a selection of its default taxonomy keys (codes starting ' +
        '"user." or "system." and the data subject keys marked in core/vocabulary.ts), with labels, descriptions and Dutch, French and German translations ' +
        'of our own; terms not in Fideslang were added.',
    },
    {
      name: 'DejaVu fonts',
      licence: 'Bitstream Vera Fonts licence',
      what: 'DejaVu Sans and DejaVu Sans Bold, embedded in the PDF reports (core/reports/fonts).',
      source: 'https://dejavu-fonts.github.io/',
      licenceUrl: 'https://dejavu-fonts.github.io/License.html',
      notice:
        'Copyright (c) 2003 by Bitstream, Inc. All Rights Reserved. Bitstream Vera is a trademark of Bitstream, ' +
        'Inc. DejaVu changes are in the public domain.',
    },
    {
      name: `Electron ${String(electron.version)}`,
      licence: 'MIT',
      what: 'The desktop runtime (Chromium and Node.js) of the packaged app.',
      source: 'https://github.com/electron/electron',
      licenceUrl: 'https://github.com/electron/electron/blob/main/LICENSE',
      notice:
        'Copyright (c) Electron contributors; Copyright (c) 2013-2020 GitHub Inc. The licences of Chromium and ' +
        'its components travel with the installed app as LICENSE.electron.txt and LICENSES.chromium.html.',
    },
  ];
}

const licenceOf = (info: ModuleInfo): string =>
  Array.isArray(info.licenses) ? info.licenses.join(' AND ') : (info.licenses ?? 'UNKNOWN');

/** The installed production tree with each package's licence text, keyed name@version. */
export function collect(start = root): Promise<ModuleInfos> {
  return new Promise((resolve, reject) => {
    init(
      {
        start,
        production: true,
        excludePrivatePackages: true,
        clarificationsFile: CLARIFICATIONS,
        customFormat: {
          name: '',
          version: '',
          licenses: '',
          repository: '',
          publisher: '',
          licenseFile: '',
          licenseText: '',
        },
      },
      (err, packages) => (err ? reject(err) : resolve(packages)),
    );
  });
}

const shipped = (name: string): boolean =>
  !NOT_SHIPPED.some((n) => (n.endsWith('/') ? name.startsWith(n) : name === n));

/** What Help ▸ Licences lists: the shipped packages in name order, without licence texts. */
export function licencesFrom(infos: ModuleInfos): Licences {
  const app = readJson(path.join(root, 'package.json'));
  const packages: ShippedPackage[] = [];
  for (const [key, info] of Object.entries(infos)) {
    const at = key.lastIndexOf('@');
    const name = key.slice(0, at);
    if (!shipped(name)) continue;
    packages.push({
      name,
      version: key.slice(at + 1),
      licence: licenceOf(info),
      ...(info.repository ? { repository: info.repository } : {}),
      ...(info.publisher ? { publisher: info.publisher } : {}),
      ...(NOTES[key] ? { note: NOTES[key] } : {}),
    });
  }
  packages.sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
  return {
    app: { name: String(app.productName), version: String(app.version), licence: String(app.license) },
    attributions: attributions(),
    packages,
  };
}

/** THIRD_PARTY_NOTICES.md: every attribution and every shipped package with its licence text. */
export function noticesMarkdown(licences: Licences, infos: ModuleInfos): string {
  const clarified = readJson(CLARIFICATIONS) as Record<string, { licenseText?: string }>;
  const dejavu = fs.readFileSync(path.join(root, 'core', 'reports', 'fonts', 'LICENSE-DejaVu.txt'), 'utf8');
  const out: string[] = [
    '# Third-party notices',
    '',
    `${licences.app.name} ${licences.app.version} is licensed under the ${licences.app.licence} licence (LICENSE).`,
    'It ships the following works of others, under their own licences. Generated by `npm run notices`',
    'from the installed production dependencies; do not edit by hand.',
    '',
    '## Data, fonts and runtime',
    '',
  ];
  for (const a of licences.attributions) {
    out.push(`### ${a.name} (${a.licence})`, '', a.what, '', a.notice, '', `Source: ${a.source}`);
    out.push(`Licence: ${a.licenceUrl}`, '');
    if (a.name === 'DejaVu fonts') out.push('```', dejavu.trim(), '```', '');
  }
  out.push(`## npm packages (${licences.packages.length})`, '');
  for (const p of licences.packages) {
    const info = infos[`${p.name}@${p.version}`];
    out.push(`### ${p.name} ${p.version} (${p.licence})`, '');
    if (p.publisher) out.push(`Publisher: ${p.publisher}`);
    if (p.repository) out.push(`Repository: ${p.repository}`);
    if (p.note) out.push('', `Note: ${p.note}`);
    // Without a licence file the checker falls back to the README, which is no licence text.
    const key = `${p.name}@${p.version}`;
    const fromReadme = /^readme/i.test(path.basename(info?.licenseFile ?? 'readme'));
    const text = (fromReadme ? clarified[key]?.licenseText : info?.licenseText)?.trim();
    out.push(
      '',
      ...(text
        ? ['```', text.replaceAll('```', "'''"), '```']
        : [`No licence file in the package; its package.json declares ${p.licence}, whose standard terms apply.`]),
      '',
    );
  }
  return out.join('\n');
}

/** The JSON the page imports, formatted as Prettier would (it is a committed source file). */
export async function licencesJson(licences: Licences): Promise<string> {
  const options = await prettier.resolveConfig(LICENCES_JSON);
  return prettier.format(JSON.stringify(licences), { ...options, filepath: LICENCES_JSON });
}

async function main(): Promise<void> {
  const infos = await collect();
  const licences = licencesFrom(infos);
  const unknown = licences.packages.filter((p) => /UNKNOWN|UNLICENSED/i.test(p.licence) && !p.note);
  if (unknown.length > 0) {
    throw new Error(`no licence known for ${unknown.map((p) => `${p.name}@${p.version}`).join(', ')}`);
  }
  fs.mkdirSync(path.dirname(LICENCES_JSON), { recursive: true });
  fs.writeFileSync(LICENCES_JSON, await licencesJson(licences));
  fs.writeFileSync(NOTICES_MD, noticesMarkdown(licences, infos));
  console.log(`${licences.packages.length} packages: ${path.relative(root, LICENCES_JSON)}, THIRD_PARTY_NOTICES.md`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(`npm run notices: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
