// What a JSON export must look like before an import writes a single row: the entity field rules
// come from core/api/schemas.ts, with the stamps and link columns the file carries besides them.
import { z } from 'zod';
import {
  activityFields,
  idSchema,
  organisationFields,
  recipientFields,
  retentionInput,
  termFields,
  transferInput,
  versionSchema,
} from '../api/schemas';
import { DUMP_FORMAT, DUMP_FORMAT_VERSION } from './dump';

const timestamp = z.string().min(1).max(40);
const stamp = {
  id: idSchema,
  createdAt: timestamp,
  createdBy: z.string().max(300),
  updatedAt: timestamp,
  updatedBy: z.string().max(300),
  version: versionSchema,
};
const position = z.number().int().min(0);

// The activity row holds the activity's own columns; its lists of links and children are tables of their own.
const {
  controllerIds: _c,
  dataSubjectIds: _s,
  dataCategoryIds: _d,
  securityMeasureIds: _m,
  recipientIds: _r,
  transfers: _t,
  retention: _rt,
  ...activityColumns
} = activityFields.shape;

const link = <K extends string>(key: K) =>
  z.strictObject({ activityId: idSchema, position, ...({ [key]: idSchema } as Record<K, typeof idSchema>) });

export const dumpSchema = z.strictObject({
  format: z.literal(DUMP_FORMAT),
  formatVersion: z.literal(DUMP_FORMAT_VERSION),
  schemaVersion: z.number().int().min(1),
  meta: z.array(z.strictObject({ key: z.string().min(1).max(200), value: z.string().max(20_000) })),
  organisations: z.array(z.strictObject({ ...organisationFields.shape, ...stamp })),
  terms: z.array(z.strictObject({ ...termFields.shape, ...stamp, builtIn: z.boolean() })),
  recipients: z.array(z.strictObject({ ...recipientFields.shape, ...stamp })),
  activities: z.array(z.strictObject({ ...activityColumns, ...stamp })),
  activityTerms: z.array(link('termId')),
  activityRecipients: z.array(link('recipientId')),
  activityControllers: z.array(link('organisationId')),
  transfers: z.array(z.strictObject({ ...transferInput.shape, ...stamp, activityId: idSchema, position })),
  retentionRules: z.array(z.strictObject({ ...retentionInput.shape, ...stamp, activityId: idSchema, position })),
  history: z.array(
    z.strictObject({
      seq: z.number().int().min(1),
      at: timestamp,
      author: z.string().max(300),
      entity: z.string().min(1).max(60),
      entityId: z.string().min(1).max(60),
      action: z.enum(['create', 'update', 'delete']),
      changes: z.string(),
      prevHash: z.string().regex(/^[0-9a-f]{64}$/),
      hash: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});
