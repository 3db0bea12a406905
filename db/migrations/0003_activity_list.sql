CREATE TABLE `activity_list` (
	`activity_id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`name` text NOT NULL,
	`line` text NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `activity_list_order` ON `activity_list` ("reference" COLLATE NOCASE,"name" COLLATE NOCASE,`activity_id`);--> statement-breakpoint
CREATE TABLE `list_refs` (
	`ref` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `list_refs_id_unique` ON `list_refs` (`id`);