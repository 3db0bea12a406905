// Opens every CSV and XLSX export of a register full of hostile text in LibreOffice Calc, as a user
// would, and fails if any cell was computed as a formula. Each CSV (written with `,`, `;` and TAB)
// is opened with each of the three separators, formulas evaluated, and saved as flat ODS, where a
// computed cell carries `table:formula`. A control file with a live formula must be caught, so a
// check that sees nothing has really looked.
//
//   apt-get install -y libreoffice-calc    (once)
//   npx tsx scripts/libreoffice-check.ts   (about a minute; not part of npm test)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSV_DELIMITERS } from '../core/api/export-options';
import { writeReport } from '../core/reports/export';
import { payloadRegister } from '../core/reports/fixtures';

const SEPARATORS: Record<string, number> = { ',': 44, ';': 59, '\t': 9 };
const NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** LibreOffice's CSV import: separator, " as text delimiter, UTF-8, from line 1, ..., evaluate formulas. */
const csvFilter = (separator: string): string =>
  `CSV:${SEPARATORS[separator]},34,76,1,,0,false,true,false,false,false,-1,true`;

function soffice(profile: string, outDir: string, files: string[], infilter?: string): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      'fods',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 600_000 },
  );
}

/** The formulas LibreOffice computed in a converted file. */
function formulasIn(fods: string): string[] {
  return [...fs.readFileSync(fods, 'utf8').matchAll(/table:formula="([^"]*)"/g)].map((m) => m[1]!);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-lo-check-'));
  const profile = path.join(dir, 'profile');
  const ctx = payloadRegister(dir);
  const csvs: string[] = [];
  for (const d of CSV_DELIMITERS) {
    const result = await writeReport(ctx, {
      format: 'csv',
      path: path.join(dir, `export-${NAMES[d]}.csv`),
      delimiter: d,
    });
    csvs.push(...result.files.map((f) => f.path));
  }
  const xlsx = (await writeReport(ctx, { format: 'xlsx', path: path.join(dir, 'export.xlsx') })).files[0]!.path;
  ctx.register.close();
  const control = path.join(dir, 'control.csv');
  fs.writeFileSync(control, 'a,b\r\n=1+1,"x;=2+2"\r\n');

  const problems: string[] = [];
  let opened = 0;
  for (const d of CSV_DELIMITERS) {
    const out = path.join(dir, `opened-with-${NAMES[d]}`);
    soffice(profile, out, [...csvs, control], csvFilter(d));
    for (const file of csvs) {
      const converted = path.join(out, `${path.basename(file, '.csv')}.fods`);
      if (!fs.existsSync(converted)) throw new Error(`LibreOffice did not open ${file}.`);
      opened++;
      for (const f of formulasIn(converted))
        problems.push(`${path.basename(file)} opened with ${NAMES[d]}: computed ${f}`);
    }
    const caught = formulasIn(path.join(out, 'control.fods'));
    if (caught.length === 0)
      throw new Error(`The control file opened with ${NAMES[d]} showed no formula: the check is blind.`);
  }
  const xlsxOut = path.join(dir, 'opened-xlsx');
  soffice(profile, xlsxOut, [xlsx]);
  opened++;
  for (const f of formulasIn(path.join(xlsxOut, 'export.fods'))) problems.push(`export.xlsx: computed ${f}`);

  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n${problems.length} computed cells; files kept in ${dir}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(
    `LibreOffice opened ${csvs.length} CSV files with 3 separators each and 1 XLSX (${opened} opens): nothing computed.\n`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
