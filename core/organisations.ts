import { count, eq } from 'drizzle-orm';
import { activities, activityControllers, organisations } from '../db/schema';
import type { Organisation } from './api/contract';
import { defineEntity } from './entity';
import { inUse } from './api/errors';
import type { OrganisationFields } from './api/schemas';

export const organisationEntity = defineEntity<Organisation, OrganisationFields>({
  table: organisations,
  entity: 'organisation',
  orderBy: organisations.name,
  toRecord: (row) => row as unknown as Organisation,
  beforeDelete: (ctx, id) => {
    const { db } = ctx.register;
    const own = db.select({ n: count() }).from(activities).where(eq(activities.organisationId, id)).get()?.n ?? 0;
    const onBehalf =
      db.select({ n: count() }).from(activityControllers).where(eq(activityControllers.organisationId, id)).get()?.n ??
      0;
    if (own + onBehalf > 0) throw inUse('organisation', id, own + onBehalf, 'activities');
  },
});
