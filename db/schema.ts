// The register file's tables. drizzle-kit generates db/migrations from this file;
// never edit a generated migration, add a new one (`npm run db:generate`).
import { getTableColumns, sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type SQLiteColumn,
  type SQLiteTable,
} from 'drizzle-orm/sqlite-core';

/**
 * A printed text's values in the register's further languages, keyed by language then field
 * (`{"fr": {"name": "…"}}`); the primary language's value stays in the field's own column.
 * Typed where the entity is (core/api/schemas.ts), so the history records it like any field.
 */
const translations = () =>
  text('translations', { mode: 'json' })
    .$type<Record<string, Record<string, string | string[]>>>()
    .notNull()
    .default(sql`'{}'`);

// Every editable row carries who/when and an optimistic-concurrency version.
const stamp = () => ({
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
  version: integer('version').notNull().default(1),
});

const editable = () => ({
  id: text('id').primaryKey(),
  ...stamp(),
});

/**
 * The rows links name (activities, terms, recipients) also carry a small integer key, their INTEGER
 * PRIMARY KEY (so SQLite assigns it, and VACUUM never renumbers it): a link row names both ends in a
 * few bytes instead of two 36-character UUIDs, which made the link tables half of a register's size.
 * The UUID stays the id everything else uses. Readers leave `ref` out (`recordColumns`): it is storage,
 * not part of the record, and no history entry names it.
 */
const linkable = () => ({
  ref: integer('ref').primaryKey(),
  id: text('id').notNull().unique(),
  ...stamp(),
});

/** Key/value facts about the register itself (name, default language). */
export const registerMeta = sqliteTable('register_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** A controller or processor the register describes, or a client controller (Art. 30(2)(a)). */
export const organisations = sqliteTable('organisations', {
  ...editable(),
  kind: text('kind', { enum: ['own', 'client'] })
    .notNull()
    .default('own'),
  name: text('name').notNull(),
  enterpriseNumber: text('enterprise_number').notNull().default(''),
  address: text('address').notNull().default(''),
  country: text('country').notNull().default(''),
  email: text('email').notNull().default(''),
  phone: text('phone').notNull().default(''),
  website: text('website').notNull().default(''),
  representativeName: text('representative_name').notNull().default(''),
  representativeContact: text('representative_contact').notNull().default(''),
  dpoName: text('dpo_name').notNull().default(''),
  dpoEmail: text('dpo_email').notNull().default(''),
  dpoPhone: text('dpo_phone').notNull().default(''),
  dpoAddress: text('dpo_address').notNull().default(''),
  notes: text('notes').notNull().default(''),
  translations: translations(),
});

/** Controlled vocabularies: data categories, data subject categories, security measures, cookie categories. */
export const terms = sqliteTable(
  'terms',
  {
    ...linkable(),
    kind: text('kind', { enum: ['data_category', 'data_subject', 'security_measure', 'cookie_category'] }).notNull(),
    code: text('code').notNull(),
    labelEn: text('label_en').notNull(),
    labelNl: text('label_nl').notNull().default(''),
    labelFr: text('label_fr').notNull().default(''),
    labelDe: text('label_de').notNull().default(''),
    description: text('description').notNull().default(''),
    /** Art. 9 special category (data categories only). */
    special: integer('special', { mode: 'boolean' }).notNull().default(false),
    /** Art. 10 criminal convictions and offences data (data categories only). */
    criminal: integer('criminal', { mode: 'boolean' }).notNull().default(false),
    builtIn: integer('built_in', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('terms_kind_code').on(t.kind, t.code)],
);

/** Recipients catalogue: processors, sub-processors, third parties, joint controllers, authorities, departments. */
export const recipients = sqliteTable('recipients', {
  ...linkable(),
  name: text('name').notNull(),
  kind: text('kind', {
    enum: ['processor', 'sub_processor', 'third_party', 'joint_controller', 'authority', 'internal'],
  }).notNull(),
  country: text('country').notNull().default(''),
  contact: text('contact').notNull().default(''),
  dpaSignedOn: text('dpa_signed_on'),
  dpaLink: text('dpa_link').notNull().default(''),
  transferMechanism: text('transfer_mechanism'),
  notes: text('notes').notNull().default(''),
  translations: translations(),
});

/**
 * One processing activity. List-valued text fields are JSON arrays of strings. Its purposes, each
 * with its own legal bases, are rows of `purposes`; `legal_bases` holds their union, written with
 * every save, for the list, its filters and search.
 */
export const activities = sqliteTable(
  'activities',
  {
    ...linkable(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    reference: text('reference').notNull().default(''),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    role: text('role', { enum: ['controller', 'joint_controller', 'processor'] }).notNull(),
    department: text('department').notNull().default(''),
    owner: text('owner').notNull().default(''),
    status: text('status', { enum: ['draft', 'active', 'retired'] }).notNull(),
    endDate: text('end_date'),
    legalBases: text('legal_bases', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Art. 9(2) conditions, often two together, e.g. (b) with (h). */
    art9Conditions: text('art9_conditions', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    art10Basis: text('art10_basis').notNull().default(''),
    sources: text('sources', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    securityDescription: text('security_description').notNull().default(''),
    dpia: text('dpia', { enum: ['not_assessed', 'not_needed', 'needed', 'done'] }).notNull(),
    dpiaLink: text('dpia_link').notNull().default(''),
    automatedDecision: integer('automated_decision', { mode: 'boolean' }).notNull().default(false),
    automatedDecisionDetails: text('automated_decision_details').notNull().default(''),
    reviewDate: text('review_date'),
    notes: text('notes').notNull().default(''),
    /** Where the activity is published: the privacy notices (core/notices/) of these audiences describe it. */
    audiences: text('audiences', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    translations: translations(),
  },
  // By organisation: what deleting an organisation counts (and its foreign key check reads).
  (t) => [index('activities_organisation').on(t.organisationId)],
);

/**
 * A purpose of an activity (Art. 30(1)(b)) with the legal bases it rests on (Art. 6(1)) and, for
 * (f), the legitimate interest pursued. The scope lists name which of the activity's data
 * categories, data subjects, recipients (ids) and retention rules (positions) concern this purpose;
 * null means all of them. Part of the activity: saved, versioned and recorded with it. WITHOUT ROWID
 * (db/migrations/0007_link_refs.sql): the key is the table, with no second index of it.
 */
export const purposes = sqliteTable(
  'purposes',
  {
    activityId: text('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    legalBases: text('legal_bases', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    legitimateInterest: text('legitimate_interest').notNull().default(''),
    dataCategoryIds: text('data_category_ids', { mode: 'json' }).$type<string[] | null>(),
    dataSubjectIds: text('data_subject_ids', { mode: 'json' }).$type<string[] | null>(),
    recipientIds: text('recipient_ids', { mode: 'json' }).$type<string[] | null>(),
    retentionPositions: text('retention_positions', { mode: 'json' }).$type<number[] | null>(),
    translations: translations(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.position] })],
);

/**
 * Vocabulary terms attached to an activity (subjects, data categories, security measures), in the
 * activity's order, by `ref`. WITHOUT ROWID (db/migrations/0007_link_refs.sql; drizzle cannot say
 * it): the primary key is the table, so a link costs one b-tree entry plus one in the term index.
 */
export const activityTerms = sqliteTable(
  'activity_terms',
  {
    activityRef: integer('activity_ref')
      .notNull()
      .references(() => activities.ref, { onDelete: 'cascade' }),
    termRef: integer('term_ref')
      .notNull()
      .references(() => terms.ref),
    position: integer('position').notNull(),
  },
  // Keyed by (activity, term): a term is linked once; reading an activity's links is one range.
  // The term index answers "is this term in use" and the foreign key check when a term is deleted.
  (t) => [primaryKey({ columns: [t.activityRef, t.termRef] }), index('activity_terms_term').on(t.termRef)],
);

/** Recipients of an activity's data (Art. 30(1)(d)), by `ref`, like activity_terms. */
export const activityRecipients = sqliteTable(
  'activity_recipients',
  {
    activityRef: integer('activity_ref')
      .notNull()
      .references(() => activities.ref, { onDelete: 'cascade' }),
    recipientRef: integer('recipient_ref')
      .notNull()
      .references(() => recipients.ref),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.activityRef, t.recipientRef] }),
    index('activity_recipients_recipient').on(t.recipientRef),
  ],
);

/** For processor activities: the controllers on whose behalf we process (Art. 30(2)(a)). */
export const activityControllers = sqliteTable(
  'activity_controllers',
  {
    activityId: text('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.organisationId] })],
);

/** Transfers to a third country or international organisation (Art. 30(1)(e)). */
export const transfers = sqliteTable(
  'transfers',
  {
    ...editable(),
    activityId: text('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    country: text('country').notNull(),
    recipientId: text('recipient_id').references(() => recipients.id),
    safeguard: text('safeguard').notNull(),
    safeguardDetails: text('safeguard_details').notNull().default(''),
    position: integer('position').notNull().default(0),
    translations: translations(),
  },
  (t) => [index('transfers_activity').on(t.activityId)],
);

/** Retention: a duration or a criterion, optionally scoped to one data category or subject category. */
export const retentionRules = sqliteTable(
  'retention_rules',
  {
    ...editable(),
    activityId: text('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    durationValue: integer('duration_value'),
    durationUnit: text('duration_unit', { enum: ['days', 'weeks', 'months', 'years'] }),
    criterion: text('criterion').notNull().default(''),
    trigger: text('trigger').notNull().default(''),
    dataCategoryId: text('data_category_id').references(() => terms.id),
    dataSubjectId: text('data_subject_id').references(() => terms.id),
    position: integer('position').notNull().default(0),
    translations: translations(),
  },
  (t) => [index('retention_rules_activity').on(t.activityId, t.position)],
);

/**
 * A cookie or similar tracker a website sets (local storage, a pixel, an SDK): who provides it (a
 * recipient; null: we do, first party), its category (a `cookie_category` term), purpose, expiry and
 * the activity it serves. Its own catalogue entry, recorded in the history like a recipient.
 */
export const cookies = sqliteTable(
  'cookies',
  {
    ...editable(),
    name: text('name').notNull(),
    domain: text('domain').notNull().default(''),
    providerId: text('provider_id').references(() => recipients.id),
    categoryId: text('category_id').references(() => terms.id),
    purpose: text('purpose').notNull().default(''),
    /** null: not stated yet (a finding); duration: expiryValue expiryUnit. */
    expiry: text('expiry', { enum: ['session', 'duration', 'persistent'] }),
    expiryValue: integer('expiry_value'),
    expiryUnit: text('expiry_unit', { enum: ['minutes', 'hours', 'days', 'weeks', 'months', 'years'] }),
    kind: text('kind', { enum: ['http_cookie', 'local_storage', 'pixel', 'sdk'] })
      .notNull()
      .default('http_cookie'),
    party: text('party', { enum: ['first', 'third'] })
      .notNull()
      .default('first'),
    activityId: text('activity_id').references(() => activities.id, { onDelete: 'set null' }),
    notes: text('notes').notNull().default(''),
    translations: translations(),
  },
  (t) => [index('cookies_activity').on(t.activityId), index('cookies_name').on(t.name)],
);

/** Append-only change history; each entry hashes the previous one so a rewrite is detectable. */
export const history = sqliteTable(
  'history',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    author: text('author').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
    changes: text('changes').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('history_entity').on(t.entityId), index('history_at').on(t.at)],
);

// ---- Derived tables: rebuilt from the ones above whenever they are missing rows, never edited by hand. ----

/**
 * Small stable numbers for term, recipient and organisation ids, so a list line names them in a few bytes.
 * INTEGER PRIMARY KEY, not the implicit rowid: VACUUM (and so VACUUM INTO backups) may renumber that.
 */
export const listRefs = sqliteTable('list_refs', {
  ref: integer('ref').primaryKey(),
  id: text('id').notNull().unique(),
});

/**
 * One line of JSON per activity holding everything the activities table shows, with linked terms
 * and recipients as list_refs numbers. The core rewrites an activity's line in the transaction
 * that saves it, so listing 10,000 activities reads 10,000 short rows instead of joining 200,000.
 */
export const activityList = sqliteTable(
  'activity_list',
  {
    activityId: text('activity_id')
      .primaryKey()
      .references(() => activities.id, { onDelete: 'cascade' }),
    reference: text('reference').notNull(),
    name: text('name').notNull(),
    line: text('line').notNull(),
  },
  (t) => [
    index('activity_list_order').on(sql`${t.reference} COLLATE NOCASE`, sql`${t.name} COLLATE NOCASE`, t.activityId),
  ],
);

/**
 * How many activities and list lines the file holds, kept by triggers (db/migrations/0008_list_counts.sql,
 * which drizzle cannot express) on every insert and delete, whoever writes the file. Opening compares
 * the two numbers, one page, instead of counting both tables, which read about a megabyte of a
 * 10,000-activity register before its first screen. The single row has `one` = 1.
 */
export const listCounts = sqliteTable('list_counts', {
  one: integer('one').primaryKey(),
  activities: integer('activities').notNull(),
  lines: integer('lines').notNull(),
});

/**
 * A table's columns as a record holds them: all but `ref`, which only links use (see `linkable`).
 * Every reader of records selects these: entities, activities, reports and exports.
 */
export function recordColumns<T extends SQLiteTable>(table: T): Omit<T['_']['columns'], 'ref'> {
  const { ref: _ref, ...columns } = getTableColumns(table) as Record<string, SQLiteColumn>;
  return columns as Omit<T['_']['columns'], 'ref'>;
}
