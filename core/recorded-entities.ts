// Every entity whose changes the history records, with the getter that reads its stored rows in the
// very shape recordChange was given. The replay check compares the two; an entity the history names
// but this list lacks is reported, so a new entity cannot silently escape the check.
import type { Stamp } from './api/contract';
import type { CoreContext } from './context';
import { listAllActivities } from './activities';
import { organisationEntity } from './organisations';
import { recipientEntity } from './recipients';
import { termEntity } from './terms';
import { cookieEntity } from './cookies';

export interface RecordedEntity {
  /** The name history entries carry. */
  entity: string;
  list(ctx: CoreContext): Stamp[];
}

export const RECORDED_ENTITIES: readonly RecordedEntity[] = [
  organisationEntity,
  termEntity,
  recipientEntity,
  cookieEntity,
  { entity: 'activity', list: listAllActivities },
];
