// The activities the Activities table shows while a search or filter narrows it, so an export can
// hold just those. Null when the table is not on screen or shows every activity.
import type { ActivitySummary } from '../../../core/api/contract';
import { createStore } from './store';

const shown = createStore<readonly ActivitySummary[] | null>(null);

export const publishShownActivities = (rows: readonly ActivitySummary[] | null): void => shown.set(rows);
export const useShownActivities = (): readonly ActivitySummary[] | null => shown.use();
