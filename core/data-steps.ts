// What each schema version does to the data, beside what its SQL migration (db/migrations/) does to
// the tables. db/open.ts runs these, in one place (`migrate`), whenever a file is brought to a
// newer schema: opening it for editing in the app, `ropa upgrade`, reading an older file through an
// upgraded copy (CLI, exports), and importing an export of an older schema.
//
// Adding a schema version N (see docs/ARCHITECTURE.md, "A migration"):
//   1. change db/schema.ts and run `npm run db:generate`: db/migrations/NNNN_name.sql, the Nth
//      migration, takes a file from schema N-1 to N;
//   2. if the stored data must change too, add `N: { after: (register) => ... }` here. `after` runs
//      after every SQL migration (so it is written against the current schema, like the rest of the
//      code), in the same transaction, once per file, in version order; an optional `before(sqlite)`
//      runs just ahead of version N's SQL to read what it drops, and hands its result to `after`. A step that reshapes
//      stored rows appends history entries describing the change (author 'ropa upgrade', through
//      core/history.ts recordChange), so replaying the history still equals the tables.
import type { DataSteps } from '../db/open';
import { rebuildActivityList } from './activity-list';
import { appendEntry } from '../db/history-chain';
import { purposesLanguagesStep, UPGRADE_AUTHOR } from './schema5-step';
import { createContext } from './context';
import { insertBuiltInTerms } from './terms';
import { COOKIE_CATEGORIES } from './vocabulary';

export const DATA_STEPS: DataSteps = {
  // 0003_activity_list.sql: the stored list lines (core/activity-list.ts) of every activity.
  4: { after: (register) => rebuildActivityList(register.sqlite) },
  // 0004_purposes_languages.sql: purposes become rows with their own bases, Art. 9 conditions a list.
  // The list lines show the purposes, so they are written again once the purposes are rows.
  5: {
    before: purposesLanguagesStep.before,
    after: (register, saved) => {
      purposesLanguagesStep.after(register, saved);
      rebuildActivityList(register.sqlite);
    },
  },
  // 0005_audiences.sql: activities say where they are published; every one starts unpublished,
  // which the history records (the replay compares every field with the tables).
  6: {
    after: (register) => {
      const at = new Date().toISOString();
      const ids = register.sqlite.prepare('SELECT id FROM activities ORDER BY id').pluck().all() as string[];
      for (const id of ids)
        appendEntry(register.sqlite, {
          at,
          author: UPGRADE_AUTHOR,
          entity: 'activity',
          entityId: id,
          action: 'update',
          changes: JSON.stringify({ audiences: { before: null, after: [] } }),
        });
    },
  },
  // 0006_cookies.sql: the cookies table, empty; the cookie categories vocabulary every new register
  // has is added as built-in terms, each with its create entry (author 'ropa upgrade').
  7: { after: (register) => insertBuiltInTerms(createContext(register, UPGRADE_AUTHOR), COOKIE_CATEGORIES) },
};
