// The period of a changes report, checked before the export is queued: kept apart from the report
// itself so the dispatcher can check it without loading the PDF and workbook writers.
import { RopaFailure } from '../api/errors';
import { asOfTime } from './as-of';

/** The period's ISO times (until null: up to the newest change); refuses an end before its start in one line. */
export function changesPeriod(o: { since: string; until?: string | undefined }): {
  since: string;
  until: string | null;
} {
  const since = asOfTime(o.since);
  const until = o.until === undefined ? null : asOfTime(o.until);
  if (until !== null && until < since)
    throw new RopaFailure({
      kind: 'validation',
      issues: [{ path: 'until', message: 'before the start of the period' }],
      message: `The period ends (${o.until}) before it starts (${o.since}).`,
    });
  return { since, until };
}
