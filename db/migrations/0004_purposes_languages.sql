CREATE TABLE `purposes` (
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
);
--> statement-breakpoint
ALTER TABLE `activities` ADD `art9_conditions` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `activities` ADD `translations` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `activities` DROP COLUMN `purposes`;--> statement-breakpoint
ALTER TABLE `activities` DROP COLUMN `legitimate_interest`;--> statement-breakpoint
ALTER TABLE `activities` DROP COLUMN `art9_condition`;--> statement-breakpoint
ALTER TABLE `organisations` ADD `translations` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `recipients` ADD `translations` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `retention_rules` ADD `translations` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `transfers` ADD `translations` text DEFAULT '{}' NOT NULL;