// Updates random activities of a shared register N times from a cache of what it last saw, so a
// colleague's save makes its next write to that activity stale. Prints one JSON summary line.
// Any outcome other than success or conflict (a busy error above all) is printed and fails.
import type { Activity } from '../api/contract';
import { call, must } from '../dispatcher';
import { openLocked } from '../lock';

const [file, times] = process.argv.slice(2);
if (!file || !times) throw new Error('usage: update-race.ts FILE TIMES');
// Both racers chose "open anyway".
const { ctx, close } = openLocked(file, `racer-${process.pid}`, { force: true });
const seen: Activity[] = must(ctx, 'listActivities', {}).map((s) => must(ctx, 'getActivity', { id: s.id }));
process.stdout.write('ready\n');
// Start together: the test says "go" once both racers are ready, so neither finishes before the
// other begins (a slow start on a busy machine would otherwise leave one racer alone).
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
process.stdin.pause();

// Between two saves a racer lets go for a millisecond, as any person (or script driving the app) does.
// Without it, each racer takes the write lock again within microseconds of its commit, and SQLite's
// busy handler, which polls at up to 100 ms, can miss every gap for the whole busy timeout on a
// loaded machine: a starvation no two people saving can cause, not the race this test is about.
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

let successes = 0;
let conflicts = 0;
for (let i = 0; i < Number(times); i++) {
  await breathe();
  // Reads meet the other racer's commits too; a busy reader would throw here and fail the test.
  if (i % 50 === 0) must(ctx, 'listActivities', {});
  const k = Math.floor(Math.random() * seen.length);
  const mine = seen[k]!;
  const out = call(ctx, 'updateActivity', {
    id: mine.id,
    version: mine.version,
    fields: { ...mine, owner: `${process.pid}-${i}` },
  });
  if (out.ok) {
    successes++;
    seen[k] = out.value;
  } else if (out.error.kind === 'conflict') {
    conflicts++;
    seen[k] = out.error.current as Activity;
  } else {
    process.stdout.write(`${JSON.stringify({ unexpected: out.error })}\n`);
    process.exit(1);
  }
}
close();
process.stdout.write(`${JSON.stringify({ successes, conflicts })}\n`);
