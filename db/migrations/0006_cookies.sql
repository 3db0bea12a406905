CREATE TABLE `cookies` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`name` text NOT NULL,
	`domain` text DEFAULT '' NOT NULL,
	`provider_id` text,
	`category_id` text,
	`purpose` text DEFAULT '' NOT NULL,
	`expiry` text,
	`expiry_value` integer,
	`expiry_unit` text,
	`kind` text DEFAULT 'http_cookie' NOT NULL,
	`party` text DEFAULT 'first' NOT NULL,
	`activity_id` text,
	`notes` text DEFAULT '' NOT NULL,
	`translations` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `recipients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `terms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `cookies_activity` ON `cookies` (`activity_id`);--> statement-breakpoint
CREATE INDEX `cookies_name` ON `cookies` (`name`);