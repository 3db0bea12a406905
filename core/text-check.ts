// Text a register already holds that today's input rules refuse (control characters, a lone
// surrogate, text-direction overrides in a name, 'not an email' as an e-mail, javascript: as a
// link): written before the rules, or by another program. Reading never refuses it; `ropa check`
// lists each such field as a warning so it can be fixed, and saving the entity asks for the fix.
import type { z } from 'zod';
import { fieldsOf, listAllActivities } from './activities';
import { activityFields, organisationFields, recipientFields, termFields, TEXT_RULE_MESSAGES } from './api/schemas';
import type { CoreContext } from './context';
import { organisationEntity } from './organisations';
import { recipientEntity } from './recipients';
import { listTerms } from './terms';

export interface StoredTextIssue {
  entity: 'organisation' | 'recipient' | 'term' | 'activity';
  id: string;
  /** The entity's name as stored (print it escaped). */
  name: string;
  /** Dotted path of the field, e.g. `name`, `retention.0.criterion`. */
  field: string;
  message: string;
}

const TEXT_MESSAGES = new Set<string>(Object.values(TEXT_RULE_MESSAGES));

function issuesOf(
  entity: StoredTextIssue['entity'],
  schema: z.ZodType,
  rows: { id: string; name: string; value: unknown }[],
): StoredTextIssue[] {
  const found: StoredTextIssue[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row.value);
    if (parsed.success) continue;
    for (const issue of parsed.error.issues) {
      if (!TEXT_MESSAGES.has(issue.message)) continue;
      found.push({
        entity,
        id: row.id,
        name: row.name,
        field: issue.path.map(String).join('.'),
        message: issue.message,
      });
    }
  }
  return found;
}

export function storedTextIssues(ctx: CoreContext): StoredTextIssue[] {
  return [
    ...issuesOf(
      'organisation',
      organisationFields,
      organisationEntity.list(ctx).map((o) => ({ id: o.id, name: o.name, value: o })),
    ),
    ...issuesOf(
      'recipient',
      recipientFields,
      recipientEntity.list(ctx).map((r) => ({ id: r.id, name: r.name, value: r })),
    ),
    ...issuesOf(
      'term',
      termFields,
      listTerms(ctx).map((t) => ({ id: t.id, name: t.labelEn, value: t })),
    ),
    ...issuesOf(
      'activity',
      activityFields,
      listAllActivities(ctx).map((a) => ({ id: a.id, name: a.name, value: fieldsOf(a) })),
    ),
  ];
}
