CREATE TABLE `organisation_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`actor_id` integer,
	`type` text NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organisation_events_organisation_idx` ON `organisation_events` (`organisation_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `requests_state_updated_idx` ON `requests` (`state`,`updated_at`,`id`);
--> statement-breakpoint
-- Append-only, like `events` and `admin_events`: an organisation's naming is read as written.
CREATE TRIGGER `organisation_events_no_update` BEFORE UPDATE ON `organisation_events`
BEGIN
  SELECT RAISE(ABORT, 'organisation events are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_events_no_delete` BEFORE DELETE ON `organisation_events`
BEGIN
  SELECT RAISE(ABORT, 'organisation events are append-only');
END;
