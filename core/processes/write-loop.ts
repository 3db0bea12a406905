// Saves activities as fast as it can until killed, printing each one only after its transaction
// committed: "c ID" after a create, "u ID VERSION" after an update. The crash test kills it.
import { must } from '../dispatcher';
import { openLocked } from '../lock';

const [file, migrationsFolder] = process.argv.slice(2);
if (!file || !migrationsFolder) throw new Error('usage: write-loop.ts FILE MIGRATIONS_FOLDER');
const { ctx } = openLocked(file, 'crash-child', { migrationsFolder });
const [org] = must(ctx, 'listOrganisations', {});
if (!org) throw new Error('the register needs an organisation');
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const created = must(ctx, 'createActivity', { organisationId: org.id, name: `Crash ${process.pid} ${i}` });
  process.stdout.write(`c ${created.id}\n`);
  const updated = must(ctx, 'updateActivity', { id: created.id, version: created.version, fields: { ...created, name: `${created.name} (edited)` } });
  process.stdout.write(`u ${updated.id} ${updated.version}\n`);
}
