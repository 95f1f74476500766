CREATE TABLE `event_seals` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	`sealed_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TRIGGER `event_seals_no_update` BEFORE UPDATE ON `event_seals`
BEGIN
  SELECT RAISE(ABORT, 'event seals are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `event_seals_no_delete` BEFORE DELETE ON `event_seals`
BEGIN
  SELECT RAISE(ABORT, 'event seals are append-only');
END;
