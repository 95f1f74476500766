CREATE TABLE `admin_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer NOT NULL,
	`type` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` integer NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `admin_events_created_idx` ON `admin_events` (`created_at`);--> statement-breakpoint
-- Append-only, like `events`: the audit of admin actions is read as written.
CREATE TRIGGER `admin_events_no_update` BEFORE UPDATE ON `admin_events`
BEGIN
  SELECT RAISE(ABORT, 'admin events are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `admin_events_no_delete` BEFORE DELETE ON `admin_events`
BEGIN
  SELECT RAISE(ABORT, 'admin events are append-only');
END;
