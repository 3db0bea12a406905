-- Schema 9. How many activities and list lines the file holds, kept by triggers so that opening
-- reads one page to learn whether every activity has its list line, where counting both tables
-- read about a megabyte of a 10,000-activity register before the first screen (issue 16). Triggers
-- fire whoever writes the file, the sqlite3 shell included. Hand-written after the generated
-- CREATE TABLE: drizzle-kit cannot say triggers. An INSERT OR REPLACE does not fire the delete
-- trigger for the row it replaces (recursive_triggers is off), so a row is counted in before it is
-- inserted, and only when its id is new: a replaced row is neither counted out nor in again. A
-- count that drifted anyway (a writer replacing by rowid) is corrected when a list finds the two
-- numbers apart (core/activity-list.ts).
CREATE TABLE `list_counts` (
	`one` integer PRIMARY KEY NOT NULL,
	`activities` integer NOT NULL,
	`lines` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `list_counts` (`one`, `activities`, `lines`) VALUES (1, (SELECT count(*) FROM `activities`), (SELECT count(*) FROM `activity_list`));
--> statement-breakpoint
CREATE TRIGGER `list_counts_activity_in` BEFORE INSERT ON `activities` BEGIN UPDATE `list_counts` SET `activities` = `activities` + 1 WHERE NOT EXISTS (SELECT 1 FROM `activities` WHERE `id` = NEW.`id`); END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_activity_out` AFTER DELETE ON `activities` BEGIN UPDATE `list_counts` SET `activities` = `activities` - 1; END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_line_in` BEFORE INSERT ON `activity_list` BEGIN UPDATE `list_counts` SET `lines` = `lines` + 1 WHERE NOT EXISTS (SELECT 1 FROM `activity_list` WHERE `activity_id` = NEW.`activity_id`); END;
--> statement-breakpoint
CREATE TRIGGER `list_counts_line_out` AFTER DELETE ON `activity_list` BEGIN UPDATE `list_counts` SET `lines` = `lines` - 1; END;
