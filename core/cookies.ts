// Cookies and similar trackers: a flat catalogue (core/entity.ts) whose rows name their provider
// (a recipient), category (a cookie_category term) and the activity they serve.
import { eq } from 'drizzle-orm';
import { activities, cookies, recipients, terms } from '../db/schema';
import type { Cookie } from './api/contract';
import type { CoreContext } from './context';
import { defineEntity } from './entity';
import { invalid } from './api/errors';
import type { CookieFields } from './api/schemas';
import { recordChange } from './history';
import { nextStamp } from './stamps';

export const cookieEntity = defineEntity<Cookie, CookieFields>({
  table: cookies,
  entity: 'cookie',
  orderBy: cookies.name,
  toRecord: (row) => row as unknown as Cookie,
  validate: (ctx, fields) => {
    const { db } = ctx.register;
    const issues = [];
    if (
      fields.providerId &&
      !db.select({ id: recipients.id }).from(recipients).where(eq(recipients.id, fields.providerId)).get()
    )
      issues.push({ path: 'providerId', message: 'no such recipient (deleted meanwhile?)' });
    if (fields.categoryId) {
      const t = db.select({ kind: terms.kind }).from(terms).where(eq(terms.id, fields.categoryId)).get();
      if (t?.kind !== 'cookie_category') issues.push({ path: 'categoryId', message: 'not a cookie category' });
    }
    if (
      fields.activityId &&
      !db.select({ id: activities.id }).from(activities).where(eq(activities.id, fields.activityId)).get()
    )
      issues.push({ path: 'activityId', message: 'no such activity (deleted meanwhile?)' });
    if (issues.length > 0) throw invalid(issues);
  },
});

/** Every cookie, by name (then id, so equal names keep one order). */
export function listCookies(ctx: CoreContext): Cookie[] {
  return cookieEntity.list(ctx).sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
}

/** How many cookies name this row as their provider, category or activity (delete refusals). */
export function cookiesUsing(
  ctx: CoreContext,
  column: 'providerId' | 'categoryId' | 'activityId',
  id: string,
): Cookie[] {
  return ctx.register.db.select().from(cookies).where(eq(cookies[column], id)).all() as unknown as Cookie[];
}

/**
 * A deleted activity's cookies stay in the catalogue, serving no activity: each one's change is
 * recorded, inside the caller's transaction, so the history still replays to the table.
 */
export function unlinkActivityCookies(ctx: CoreContext, activityId: string): void {
  for (const current of cookiesUsing(ctx, 'activityId', activityId)) {
    ctx.register.db
      .update(cookies)
      .set({ activityId: null, ...nextStamp(ctx, current) })
      .where(eq(cookies.id, current.id))
      .run();
    recordChange(ctx, cookieEntity.entity, current.id, 'update', current, cookieEntity.get(ctx, current.id));
  }
}
