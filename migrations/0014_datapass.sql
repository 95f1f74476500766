CREATE TABLE `datapass_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`datapass_id` integer NOT NULL,
	`event` text NOT NULL,
	`fired_at` integer NOT NULL,
	`request_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `datapass_deliveries_once_idx` ON `datapass_deliveries` (`datapass_id`,`event`,`fired_at`);--> statement-breakpoint
CREATE TABLE `datapass_links` (
	`request_id` integer PRIMARY KEY NOT NULL,
	`datapass_id` integer NOT NULL,
	`public_id` text,
	`form_uid` text NOT NULL,
	`state` text NOT NULL,
	`url` text NOT NULL,
	`last_fired_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `datapass_links_datapass_id_unique` ON `datapass_links` (`datapass_id`);