// "Accept the current data as a new starting point": when the stored rows are not what the history
// replays to (edited outside the app), the user may accept them. One note entry lists every
// difference; then one entry per differing record brings the replay in step with the stored rows
// (create for rows the history never recorded, update for changed fields, delete for rows gone), so
// verify passes again and the history says, in the open, what was accepted and by whom.
import { writeTransaction, type CoreContext } from './context';
import { compareWithStored, describeDifference } from './data-check';
import { recordChange } from './history';
import { RECORDED_ENTITIES } from './recorded-entities';
import { NOTE_ENTITY, replayHistory } from './replay';

export function acceptCurrentData(ctx: CoreContext): { differences: number } {
  return writeTransaction(ctx, () => {
    const replay = replayHistory(ctx.register.sqlite);
    const { differences, count } = compareWithStored(ctx, replay, Number.MAX_SAFE_INTEGER);
    if (count === 0) return { differences: 0 };
    recordChange(
      ctx,
      NOTE_ENTITY,
      'register',
      'update',
      {},
      {
        acceptedAsStartingPoint: differences.map(describeDifference),
      },
    );
    const known = new Set<string>();
    for (const reader of RECORDED_ENTITIES) {
      known.add(reader.entity);
      const replayed = new Map(replay.state.get(reader.entity) ?? []);
      for (const record of reader.list(ctx)) {
        const expected = replayed.get(record.id);
        replayed.delete(record.id);
        if (!expected) recordChange(ctx, reader.entity, record.id, 'create', null, record);
        else recordChange(ctx, reader.entity, record.id, 'update', expected.fields, record);
      }
      for (const gone of replayed.values()) recordChange(ctx, reader.entity, gone.id, 'delete', gone.fields, null);
    }
    for (const [entity, byId] of replay.state) {
      if (known.has(entity)) continue;
      for (const gone of byId.values()) recordChange(ctx, entity, gone.id, 'delete', gone.fields, null);
    }
    return { differences: count };
  });
}
