CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`organisation_id` text NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`purposes` text DEFAULT '[]' NOT NULL,
	`role` text NOT NULL,
	`department` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`end_date` text,
	`legal_bases` text DEFAULT '[]' NOT NULL,
	`legitimate_interest` text DEFAULT '' NOT NULL,
	`art9_condition` text,
	`art10_basis` text DEFAULT '' NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	`security_description` text DEFAULT '' NOT NULL,
	`dpia` text NOT NULL,
	`dpia_link` text DEFAULT '' NOT NULL,
	`automated_decision` integer DEFAULT false NOT NULL,
	`automated_decision_details` text DEFAULT '' NOT NULL,
	`review_date` text,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activities_organisation` ON `activities` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `activities_name` ON `activities` (`name`);--> statement-breakpoint
CREATE TABLE `activity_controllers` (
	`activity_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`activity_id`, `organisation_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `activity_recipients` (
	`activity_id` text NOT NULL,
	`recipient_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`activity_id`, `recipient_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recipient_id`) REFERENCES `recipients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_recipients_recipient` ON `activity_recipients` (`recipient_id`);--> statement-breakpoint
CREATE TABLE `activity_terms` (
	`activity_id` text NOT NULL,
	`term_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`activity_id`, `term_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`term_id`) REFERENCES `terms`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_terms_term` ON `activity_terms` (`term_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`kind` text DEFAULT 'own' NOT NULL,
	`name` text NOT NULL,
	`enterprise_number` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`country` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`website` text DEFAULT '' NOT NULL,
	`representative_name` text DEFAULT '' NOT NULL,
	`representative_contact` text DEFAULT '' NOT NULL,
	`dpo_name` text DEFAULT '' NOT NULL,
	`dpo_email` text DEFAULT '' NOT NULL,
	`dpo_phone` text DEFAULT '' NOT NULL,
	`dpo_address` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `recipients` (
	`id` text PRIMARY KEY NOT NULL,
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
	`notes` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `register_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `retention_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`activity_id` text NOT NULL,
	`duration_value` integer,
	`duration_unit` text,
	`criterion` text DEFAULT '' NOT NULL,
	`trigger` text DEFAULT '' NOT NULL,
	`data_category_id` text,
	`data_subject_id` text,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`data_category_id`) REFERENCES `terms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`data_subject_id`) REFERENCES `terms`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `retention_rules_activity` ON `retention_rules` (`activity_id`);--> statement-breakpoint
CREATE TABLE `terms` (
	`id` text PRIMARY KEY NOT NULL,
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
CREATE UNIQUE INDEX `terms_kind_code` ON `terms` (`kind`,`code`);--> statement-breakpoint
CREATE TABLE `transfers` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`activity_id` text NOT NULL,
	`country` text NOT NULL,
	`recipient_id` text,
	`safeguard` text NOT NULL,
	`safeguard_details` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recipient_id`) REFERENCES `recipients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `transfers_activity` ON `transfers` (`activity_id`);