// What a JSON export must look like before an import writes a single row: the entity field rules
// come from core/api/schemas.ts, with the stamps and link columns the file carries besides them.
import { z } from 'zod';
import {
  activityFields,
  cookieFields,
  idSchema,
  organisationFields,
  purposeInput,
  recipientFields,
  LEGAL_BASES,
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
  purposes: _p,
  ...activityColumns
} = activityFields.shape;

/** Activities as schemas 2-4 stored them: purposes as texts, one list of bases, one Art. 9 condition. */
const { art9Conditions: _a9, translations: _tr, audiences: _au, ...sharedColumns } = activityColumns;
const legacyActivityColumns = {
  ...sharedColumns,
  purposes: z.array(z.string().max(2_000)).max(100),
  legalBases: z.array(z.enum(LEGAL_BASES)),
  legitimateInterest: z.string().max(20_000),
  art9Condition: z.string().max(60).nullable(),
};
/** Rows of every other table, as schemas 2-4 stored them: without translations. */
const legacy = <T extends z.ZodRawShape>(shape: T) => {
  const { translations: _t, ...rest } = shape;
  return rest;
};

const link = <K extends string>(key: K) =>
  z.strictObject({ activityId: idSchema, position, ...({ [key]: idSchema } as Record<K, typeof idSchema>) });

const historySchema = z.array(
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
);
const common = {
  format: z.literal(DUMP_FORMAT),
  formatVersion: z.literal(DUMP_FORMAT_VERSION),
  meta: z.array(z.strictObject({ key: z.string().min(1).max(200), value: z.string().max(20_000) })),
  terms: z.array(z.strictObject({ ...termFields.shape, ...stamp, builtIn: z.boolean() })),
  activityTerms: z.array(link('termId')),
  activityRecipients: z.array(link('recipientId')),
  activityControllers: z.array(link('organisationId')),
  history: historySchema,
};

/** An export of schema 2, 3 or 4: imported into a schema-4 file, then upgraded like any register. */
export const legacyDumpSchema = z.strictObject({
  ...common,
  schemaVersion: z.number().int().min(2).max(4),
  organisations: z.array(z.strictObject({ ...legacy(organisationFields.shape), ...stamp })),
  recipients: z.array(z.strictObject({ ...legacy(recipientFields.shape), ...stamp })),
  activities: z.array(z.strictObject({ ...legacyActivityColumns, ...stamp })),
  transfers: z.array(z.strictObject({ ...legacy(transferInput.shape), ...stamp, activityId: idSchema, position })),
  retentionRules: z.array(
    z.strictObject({ ...legacy(retentionInput.shape), ...stamp, activityId: idSchema, position }),
  ),
});

/** An export of this build's schema. */
export const dumpSchema = z.strictObject({
  ...common,
  schemaVersion: z.number().int().min(1),
  organisations: z.array(z.strictObject({ ...organisationFields.shape, ...stamp })),
  recipients: z.array(z.strictObject({ ...recipientFields.shape, ...stamp })),
  activities: z.array(z.strictObject({ ...activityColumns, ...stamp, legalBases: z.array(z.enum(LEGAL_BASES)) })),
  purposes: z.array(z.strictObject({ ...purposeInput.shape, activityId: idSchema, position })),
  transfers: z.array(z.strictObject({ ...transferInput.shape, ...stamp, activityId: idSchema, position })),
  retentionRules: z.array(z.strictObject({ ...retentionInput.shape, ...stamp, activityId: idSchema, position })),
  // Schema 7 on; an export of schema 5 or 6 has none.
  cookies: z.array(z.strictObject({ ...cookieFields.shape, ...stamp })).default([]),
});
