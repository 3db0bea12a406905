import path from 'node:path';
import type { RegisterInfo } from './api/contract';
import type { CoreContext } from './context';
import type { ActivityStatus } from './api/schemas';
import { registerLanguages } from './languages';

const count = (ctx: CoreContext, table: string): number =>
  ctx.register.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

export function getMeta(ctx: CoreContext, key: string): string | undefined {
  return ctx.register.sqlite.prepare('SELECT value FROM register_meta WHERE key = ?').pluck().get(key) as
    string | undefined;
}

export function getRegisterInfo(ctx: CoreContext): RegisterInfo {
  const { register } = ctx;
  const byStatus: Record<ActivityStatus, number> = { draft: 0, active: 0, retired: 0 };
  for (const row of register.sqlite.prepare('SELECT status, count(*) AS n FROM activities GROUP BY status').all() as {
    status: ActivityStatus;
    n: number;
  }[]) {
    byStatus[row.status] = row.n;
  }
  const today = ctx.now().slice(0, 10);
  return {
    path: register.path,
    fileName: path.basename(register.path),
    schemaVersion: register.schemaVersion,
    readOnly: register.readOnly,
    name: getMeta(ctx, 'name') ?? path.basename(register.path, path.extname(register.path)),
    languages: registerLanguages(ctx),
    counts: {
      organisations: count(ctx, 'organisations'),
      activities: byStatus.draft + byStatus.active + byStatus.retired,
      activitiesByStatus: byStatus,
      recipients: count(ctx, 'recipients'),
      terms: count(ctx, 'terms'),
      transfers: count(ctx, 'transfers'),
      retentionRules: count(ctx, 'retention_rules'),
      cookies: count(ctx, 'cookies'),
      historyEntries: count(ctx, 'history'),
    },
    overdueReviews: register.sqlite
      .prepare(
        "SELECT count(*) FROM activities WHERE status != 'retired' AND review_date IS NOT NULL AND review_date < ?",
      )
      .pluck()
      .get(today) as number,
  };
}
