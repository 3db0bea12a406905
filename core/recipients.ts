import { count, eq, inArray } from 'drizzle-orm';
import { activityRecipients, cookies, recipients, transfers } from '../db/schema';
import type { Recipient } from './api/contract';
import { defineEntity } from './entity';
import { inUse } from './api/errors';
import type { RecipientFields } from './api/schemas';

export const recipientEntity = defineEntity<Recipient, RecipientFields>({
  table: recipients,
  entity: 'recipient',
  orderBy: recipients.name,
  toRecord: (row) => row as unknown as Recipient,
  beforeDelete: (ctx, id) => {
    const { db } = ctx.register;
    const linked =
      db
        .select({ n: count() })
        .from(activityRecipients)
        .where(
          inArray(
            activityRecipients.recipientRef,
            db.select({ ref: recipients.ref }).from(recipients).where(eq(recipients.id, id)),
          ),
        )
        .get()?.n ?? 0;
    const viaTransfers = db.select({ n: count() }).from(transfers).where(eq(transfers.recipientId, id)).get()?.n ?? 0;
    const viaCookies = db.select({ n: count() }).from(cookies).where(eq(cookies.providerId, id)).get()?.n ?? 0;
    if (linked + viaTransfers + viaCookies > 0)
      throw inUse('recipient', id, linked + viaTransfers + viaCookies, 'activities, transfers or cookies');
  },
});
