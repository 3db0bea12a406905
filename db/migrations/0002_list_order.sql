DROP INDEX `retention_rules_activity`;--> statement-breakpoint
CREATE INDEX `retention_rules_activity` ON `retention_rules` (`activity_id`,`position`);--> statement-breakpoint
CREATE INDEX `activity_recipients_order` ON `activity_recipients` (`activity_id`,`position`,`recipient_id`);--> statement-breakpoint
CREATE INDEX `activity_terms_order` ON `activity_terms` (`activity_id`,`position`,`term_id`);