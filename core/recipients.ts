import { count, eq } from 'drizzle-orm';
import { cookies, recipients, transfers } from '../db/schema';
import { LINKS, linksTo } from './activity-links';
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
    const linked = linksTo(ctx.register.sqlite, LINKS.recipients, id);
    const viaTransfers = db.select({ n: count() }).from(transfers).where(eq(transfers.recipientId, id)).get()?.n ?? 0;
    const viaCookies = db.select({ n: count() }).from(cookies).where(eq(cookies.providerId, id)).get()?.n ?? 0;
    if (linked + viaTransfers + viaCookies > 0)
      throw inUse('recipient', id, linked + viaTransfers + viaCookies, 'activities, transfers or cookies');
  },
});
