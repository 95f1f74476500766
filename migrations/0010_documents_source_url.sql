ALTER TABLE `documents` ADD `source_url` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `fetched_at` integer;