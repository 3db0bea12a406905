// Saves activities as fast as it can until killed, printing each one only after its transaction
// committed: "c ID" after a create, "u ID VERSION" after an update. The crash test kills it.
// It calls the activities module directly, after the schema parse the dispatcher would do: the
// crash test starts it some 200 times, bundled (core/processes/spawn.ts bundleChild), and the child
// needs no other operation of the core.
import { createActivity, fieldsOf, updateActivity } from '../activities';
import { openLocked } from '../lock';
import { organisationEntity } from '../organisations';
import { activityFields } from '../api/schemas';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: write-loop.ts FILE');
const { ctx } = openLocked(file, 'crash-child');
const [org] = organisationEntity.list(ctx);
if (!org) throw new Error('the register needs an organisation');
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const created = createActivity(
    ctx,
    activityFields.parse({ organisationId: org.id, name: `Crash ${process.pid} ${i}` }),
  );
  process.stdout.write(`c ${created.id}\n`);
  const fields = activityFields.parse({ ...fieldsOf(created), name: `${created.name} (edited)` });
  const updated = updateActivity(ctx, { id: created.id, version: created.version, fields });
  process.stdout.write(`u ${updated.id} ${updated.version}\n`);
}
