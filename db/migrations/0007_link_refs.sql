-- Schema 8. Link rows name activities, terms and recipients by a small integer instead of two
-- 36-character UUIDs: those three tables get `ref` as their INTEGER PRIMARY KEY (the UUID `id`
-- stays, UNIQUE, for every other reference), and activity_terms / activity_recipients become
-- WITHOUT ROWID tables keyed (activity_ref, term_ref): one b-tree entry per link plus one in the
-- index by term, where the old rowid table kept three copies of both UUIDs (a 10,000-activity
-- register shrank by some 60 MB). purposes, keyed (activity_id, position) already, becomes WITHOUT
-- ROWID too, which drops the separate index of its key. Written by hand: drizzle-kit can say neither
-- WITHOUT ROWID nor how to fill the new keys from the old links. It runs with foreign keys off
-- (db/open.ts `migrate`, which checks every foreign key before committing); link positions are
-- renumbered 0, 1, … per activity in their old order. The index activities_name goes: no query
-- has used it since the activities table lists from activity_list.
CREATE TABLE `__new_activities` (
	`ref` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`organisation_id` text NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`role` text NOT NULL,
	`department` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`end_date` text,
	`legal_bases` text DEFAULT '[]' NOT NULL,
	`art9_conditions` text DEFAULT '[]' NOT NULL,
	`art10_basis` text DEFAULT '' NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	`security_description` text DEFAULT '' NOT NULL,
	`dpia` text NOT NULL,
	`dpia_link` text DEFAULT '' NOT NULL,
	`automated_decision` integer DEFAULT false NOT NULL,
	`automated_decision_details` text DEFAULT '' NOT NULL,
	`review_date` text,
	`notes` text DEFAULT '' NOT NULL,
	`audiences` text DEFAULT '[]' NOT NULL,
	`translations` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_activities`("ref", "id", "created_at", "created_by", "updated_at", "updated_by", "version", "organisation_id", "reference", "name", "description", "role", "department", "owner", "status", "end_date", "legal_bases", "art9_conditions", "art10_basis", "sources", "security_description", "dpia", "dpia_link", "automated_decision", "automated_decision_details", "review_date", "notes", "audiences", "translations") SELECT rowid, "id", "created_at", "created_by", "updated_at", "updated_by", "version", "organisation_id", "reference", "name", "description", "role", "department", "owner", "status", "end_date", "legal_bases", "art9_conditions", "art10_basis", "sources", "security_description", "dpia", "dpia_link", "automated_decision", "automated_decision_details", "review_date", "notes", "audiences", "translations" FROM `activities`;
--> statement-breakpoint
CREATE TABLE `__new_terms` (
	`ref` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`label_en` text NOT NULL,
	`label_nl` text DEFAULT '' NOT NULL,
	`label_fr` text DEFAULT '' NOT NULL,
	`label_de` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`special` integer DEFAULT false NOT NULL,
	`criminal` integer DEFAULT false NOT NULL,
	`built_in` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_terms`("ref", "id", "created_at", "created_by", "updated_at", "updated_by", "version", "kind", "code", "label_en", "label_nl", "label_fr", "label_de", "description", "special", "criminal", "built_in") SELECT rowid, "id", "created_at", "created_by", "updated_at", "updated_by", "version", "kind", "code", "label_en", "label_nl", "label_fr", "label_de", "description", "special", "criminal", "built_in" FROM `terms`;
--> statement-breakpoint
CREATE TABLE `__new_recipients` (
	`ref` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country` text DEFAULT '' NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`dpa_signed_on` text,
	`dpa_link` text DEFAULT '' NOT NULL,
	`transfer_mechanism` text,
	`notes` text DEFAULT '' NOT NULL,
	`translations` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_recipients`("ref", "id", "created_at", "created_by", "updated_at", "updated_by", "version", "name", "kind", "country", "contact", "dpa_signed_on", "dpa_link", "transfer_mechanism", "notes", "translations") SELECT rowid, "id", "created_at", "created_by", "updated_at", "updated_by", "version", "name", "kind", "country", "contact", "dpa_signed_on", "dpa_link", "transfer_mechanism", "notes", "translations" FROM `recipients`;
--> statement-breakpoint
CREATE TABLE `__new_activity_terms` (
	`activity_ref` integer NOT NULL,
	`term_ref` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`activity_ref`, `term_ref`),
	FOREIGN KEY (`activity_ref`) REFERENCES `activities`(`ref`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`term_ref`) REFERENCES `terms`(`ref`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_activity_terms`("activity_ref", "term_ref", "position")
  SELECT a.ref, t.ref, row_number() OVER (PARTITION BY l.activity_id ORDER BY l.position, l.rowid) - 1
  FROM `activity_terms` l JOIN `__new_activities` a ON a.id = l.activity_id JOIN `__new_terms` t ON t.id = l.term_id;
--> statement-breakpoint
CREATE TABLE `__new_activity_recipients` (
	`activity_ref` integer NOT NULL,
	`recipient_ref` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`activity_ref`, `recipient_ref`),
	FOREIGN KEY (`activity_ref`) REFERENCES `activities`(`ref`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recipient_ref`) REFERENCES `recipients`(`ref`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_activity_recipients`("activity_ref", "recipient_ref", "position")
  SELECT a.ref, r.ref, row_number() OVER (PARTITION BY l.activity_id ORDER BY l.position, l.rowid) - 1
  FROM `activity_recipients` l JOIN `__new_activities` a ON a.id = l.activity_id JOIN `__new_recipients` r ON r.id = l.recipient_id;
--> statement-breakpoint
CREATE TABLE `__new_purposes` (
	`activity_id` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`legal_bases` text DEFAULT '[]' NOT NULL,
	`legitimate_interest` text DEFAULT '' NOT NULL,
	`data_category_ids` text,
	`data_subject_ids` text,
	`recipient_ids` text,
	`retention_positions` text,
	`translations` text DEFAULT '{}' NOT NULL,
	PRIMARY KEY(`activity_id`, `position`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_purposes` SELECT `activity_id`, `position`, `text`, `legal_bases`, `legitimate_interest`, `data_category_ids`, `data_subject_ids`, `recipient_ids`, `retention_positions`, `translations` FROM `purposes`;
--> statement-breakpoint
DROP TABLE `purposes`;
--> statement-breakpoint
ALTER TABLE `__new_purposes` RENAME TO `purposes`;
--> statement-breakpoint
DROP TABLE `activity_terms`;
--> statement-breakpoint
DROP TABLE `activity_recipients`;
--> statement-breakpoint
DROP TABLE `activities`;
--> statement-breakpoint
DROP TABLE `terms`;
--> statement-breakpoint
DROP TABLE `recipients`;
--> statement-breakpoint
ALTER TABLE `__new_activities` RENAME TO `activities`;
--> statement-breakpoint
ALTER TABLE `__new_terms` RENAME TO `terms`;
--> statement-breakpoint
ALTER TABLE `__new_recipients` RENAME TO `recipients`;
--> statement-breakpoint
ALTER TABLE `__new_activity_terms` RENAME TO `activity_terms`;
--> statement-breakpoint
ALTER TABLE `__new_activity_recipients` RENAME TO `activity_recipients`;
--> statement-breakpoint
CREATE INDEX `activity_recipients_recipient` ON `activity_recipients` (`recipient_ref`);
--> statement-breakpoint
CREATE INDEX `activity_terms_term` ON `activity_terms` (`term_ref`);
--> statement-breakpoint
CREATE UNIQUE INDEX `activities_id_unique` ON `activities` (`id`);
--> statement-breakpoint
CREATE INDEX `activities_organisation` ON `activities` (`organisation_id`);
--> statement-breakpoint
CREATE UNIQUE INDEX `recipients_id_unique` ON `recipients` (`id`);
--> statement-breakpoint
CREATE UNIQUE INDEX `terms_id_unique` ON `terms` (`id`);
--> statement-breakpoint
CREATE UNIQUE INDEX `terms_kind_code` ON `terms` (`kind`,`code`);
