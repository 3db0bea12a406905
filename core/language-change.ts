// Setting the register's languages. Changing the primary language moves every printed text: the
// new primary language's translation becomes the field itself, and the old primary text becomes
// the old language's translation, so no text is lost. A field the new language has no text for
// keeps the old text (a name cannot be empty), which stays the old language's translation too.
// Every changed record goes through its own update (stamps, list line, history), and one note entry
// records the languages themselves, so the history still verifies and replays to the tables.
import { fieldsOf, listAllActivities, updateActivity } from './activities';
import type { CookieFields, Language, OrganisationFields, RecipientFields, Translations } from './api/schemas';
import type { RegisterLanguages } from './api/translations';
import { writeTransaction, type CoreContext } from './context';
import { recordChange } from './history';
import { registerLanguages, writeRegisterLanguages } from './languages';
import { organisationEntity } from './organisations';
import { recipientEntity } from './recipients';
import { cookieEntity } from './cookies';
import { NOTE_ENTITY } from './replay';
import { withoutStamp } from './stamps';

type Text = string | string[];
const present = (v: unknown): v is Text => (Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v.trim() !== '');

/**
 * The record with `to`'s texts as its fields and `from`'s old fields kept as `from`'s translation.
 * Returns null when nothing changes.
 */
export function swapTexts<T extends { translations: Translations }>(
  record: T,
  keys: readonly (keyof T & string)[],
  from: Language,
  to: Language,
): T | null {
  const all: Translations = structuredClone(record.translations ?? {});
  const incoming = all[to] ?? {};
  const translations: Translations = Object.fromEntries(Object.entries(all).filter(([l]) => l !== to));
  const kept: Record<string, Text | undefined> = { ...all[from] };
  const next: Record<string, unknown> = { ...record };
  let changed = all[to] !== undefined;
  for (const key of keys) {
    const current = record[key] as unknown;
    if (present(current)) {
      kept[key] = current;
      changed = true;
    }
    const own = incoming[key];
    if (present(own)) next[key] = own;
  }
  if (Object.keys(kept).length > 0) translations[from] = kept;
  next.translations = translations;
  return changed ? (next as T) : null;
}

const swapList = <T extends { translations: Translations }>(
  list: readonly T[],
  keys: readonly (keyof T & string)[],
  from: Language,
  to: Language,
): { list: T[]; changed: boolean } => {
  let changed = false;
  const out = list.map((item) => {
    const swapped = swapTexts(item, keys, from, to);
    if (swapped) changed = true;
    return swapped ?? item;
  });
  return { list: out, changed };
};

function movePrimary(ctx: CoreContext, from: Language, to: Language): void {
  for (const o of organisationEntity.list(ctx)) {
    const fields = withoutStamp(o) as OrganisationFields;
    const swapped = swapTexts(fields, ['address'], from, to);
    if (swapped) organisationEntity.update(ctx, { id: o.id, version: o.version, fields: swapped });
  }
  for (const r of recipientEntity.list(ctx)) {
    const fields = withoutStamp(r) as RecipientFields;
    const swapped = swapTexts(fields, ['name', 'notes'], from, to);
    if (swapped) recipientEntity.update(ctx, { id: r.id, version: r.version, fields: swapped });
  }
  for (const c of cookieEntity.list(ctx)) {
    const fields = withoutStamp(c) as CookieFields;
    const swapped = swapTexts(fields, ['purpose'], from, to);
    if (swapped) cookieEntity.update(ctx, { id: c.id, version: c.version, fields: swapped });
  }
  for (const a of listAllActivities(ctx)) {
    const fields = fieldsOf(a);
    const main = swapTexts(fields, ['name', 'description', 'sources', 'securityDescription', 'art10Basis'], from, to);
    const purposes = swapList(fields.purposes, ['text', 'legitimateInterest'], from, to);
    const retention = swapList(fields.retention, ['criterion', 'trigger'], from, to);
    const transfers = swapList(fields.transfers, ['safeguardDetails'], from, to);
    if (!main && !purposes.changed && !retention.changed && !transfers.changed) continue;
    updateActivity(ctx, {
      id: a.id,
      version: a.version,
      fields: {
        ...(main ?? fields),
        purposes: purposes.list,
        retention: retention.list,
        transfers: transfers.list,
      },
    });
  }
}

/** Sets the primary and further languages; a new primary language takes over the texts (above). */
export function setRegisterLanguages(ctx: CoreContext, languages: RegisterLanguages): RegisterLanguages {
  return writeTransaction(ctx, () => {
    const before = registerLanguages(ctx);
    const after: RegisterLanguages = {
      primary: languages.primary,
      further: [...new Set(languages.further)].filter((l) => l !== languages.primary),
    };
    if (JSON.stringify(before) === JSON.stringify(after)) return before;
    if (before.primary !== after.primary) movePrimary(ctx, before.primary, after.primary);
    writeRegisterLanguages(ctx, after);
    recordChange(ctx, NOTE_ENTITY, 'register', 'update', { languages: before }, { languages: after });
    return registerLanguages(ctx);
  });
}
