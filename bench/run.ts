// `npm run bench [suite…]`: runs each suite named (by default all but those on request, too long for
// the default run), prints one table per suite and writes bench/results/<suite>.json. A new suite is
// a module exporting a Suite plus one entry in SUITES.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditSuite } from './audit';
import { browserHugeSuite, browserSuite } from './browser';
import { engineSuite } from './engine';
import { growthSuite } from './growth';
import { historySuite } from './history';
import { importSuite } from './import';
import { openSuite } from './open';
import { reportsSuite } from './reports';
import { machine, type Measurement, type Suite } from './suite';

const SUITES: Suite[] = [
  engineSuite,
  openSuite,
  browserSuite,
  browserHugeSuite,
  reportsSuite,
  historySuite,
  auditSuite,
  importSuite,
  growthSuite,
];
const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

function printTable(suite: Suite, rows: Measurement[]): void {
  const cells = rows.map((m) => [
    m.name,
    `${m.value.toLocaleString('en')} ${m.unit}`,
    m.target === undefined ? '' : `${m.value <= m.target ? 'ok' : 'OVER'} (target ${m.target} ${m.unit})`,
    m.note ?? '',
  ]);
  const widths = [0, 1, 2].map((c) => Math.max(...cells.map((r) => r[c]!.length)));
  process.stdout.write(`\n${suite.name}: ${suite.description}\n`);
  for (const r of cells)
    process.stdout.write(
      `  ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padStart(widths[1]!)}  ${r[2]!.padEnd(widths[2]!)}  ${r[3]}\n`.trimEnd() +
        '\n',
    );
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !SUITES.some((s) => s.name === w));
  if (unknown.length)
    throw new Error(`unknown suite ${unknown.join(', ')}; known: ${SUITES.map((s) => s.name).join(', ')}`);
  fs.mkdirSync(RESULTS, { recursive: true });
  let over = 0;
  for (const suite of SUITES.filter((s) => (wanted.length === 0 ? !s.onRequest : wanted.includes(s.name)))) {
    const measurements = await suite.run();
    printTable(suite, measurements);
    over += measurements.filter((m) => m.target !== undefined && m.value > m.target).length;
    const file = path.join(RESULTS, `${suite.name}.json`);
    fs.writeFileSync(
      file,
      `${JSON.stringify({ suite: suite.name, at: new Date().toISOString(), machine: machine(), measurements }, null, 2)}\n`,
    );
    process.stdout.write(`  -> ${path.relative(process.cwd(), file)}\n`);
  }
  if (over > 0) process.stdout.write(`\n${over} measurement(s) over target.\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`error: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
