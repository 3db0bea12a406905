// What an auditor waits for: `ropa verify` of a 10,000-activity register with its history (chain,
// sequence, the history replayed and compared with every stored row, the list lines), and the
// register replayed at a point in time as a report "as of" reads it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openRegister } from '../db/open';
import { createContext } from '../core/context';
import { registerAsOf } from '../core/reports/as-of';
import { replayHistory } from '../core/replay';
import { verifyFile } from '../core/verify';
import { generateRegister } from './generate';
import { cpuTime, median, round, timeMedian, timeOnce, type Measurement, type Suite } from './suite';

const ACTIVITIES = 10_000;

export const auditSuite: Suite = {
  name: 'audit',
  description: `verify and replay of a register of ${ACTIVITIES.toLocaleString('en')} activities with its history`,
  run(): Measurement[] {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-audit-'));
    try {
      const made = generateRegister(dir, 'audit.sqlite', ACTIVITIES);
      const file = made.register.path;
      made.register.close();
      let entries = 0;
      const verifyCpu: number[] = [];
      const verifyMs = timeMedian(() => {
        verifyCpu.push(
          cpuTime(() => {
            const v = verifyFile(file);
            if (!v.ok) throw new Error(`the generated register does not verify: ${JSON.stringify(v).slice(0, 300)}`);
            entries = v.entries;
          }),
        );
      }, 3);
      const ctx = createContext(openRegister(file, { readOnly: true }), 'bench');
      const middle = ctx.register.sqlite
        .prepare('SELECT at FROM history WHERE seq = (SELECT max(seq) / 2 FROM history)')
        .pluck()
        .get() as string;
      // A moment just before the middle entry: the replay stops half-way and the as-of dump differs from today's.
      const at = new Date(Date.parse(middle) - 1).toISOString();
      const replayCpu: number[] = [];
      const replayMs = timeMedian(() => replayCpu.push(cpuTime(() => replayHistory(ctx.register.sqlite, { at }))), 3);
      const cpu = (ms: number[]) => `${round(median(ms) / 1000)} s of processor time`;
      const asOfMs = timeOnce(() => {
        if (!registerAsOf(ctx, at)) throw new Error('nothing changed after the middle of the history');
      });
      ctx.register.close();
      return [
        {
          name: `verify ${ACTIVITIES.toLocaleString('en')} activities`,
          value: round(verifyMs / 1000),
          unit: 's',
          target: 10,
          note: `${entries.toLocaleString('en')} history entries; integrity_check, chain, sequence, replay vs stored rows, list lines; ${cpu(verifyCpu)}`,
        },
        {
          name: 'replay at a point in time',
          value: round(replayMs / 1000),
          unit: 's',
          target: 5,
          note: `half the history; ${cpu(replayCpu)}`,
        },
        {
          name: 'register as of that point (replay + rows)',
          value: round(asOfMs / 1000),
          unit: 's',
          target: 5,
          note: 'what every report --as-of starts from',
        },
      ];
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
