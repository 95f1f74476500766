ALTER TABLE `outbox` ADD `request_id` integer REFERENCES requests(id);--> statement-breakpoint
ALTER TABLE `outbox` ADD `topic` text;--> statement-breakpoint
CREATE INDEX `outbox_request_idx` ON `outbox` (`request_id`,`topic`);--> statement-breakpoint
-- Items written before this migration: webhook payloads carry their request id, e-mail subjects start with "Demande n° <id> :".
UPDATE `outbox` SET `request_id` = json_extract(`body`, '$.request_id'), `topic` = 'transition' WHERE `kind` = 'webhook' AND json_valid(`body`) AND json_type(`body`, '$.request_id') = 'integer' AND json_extract(`body`, '$.request_id') IN (SELECT `id` FROM `requests`);--> statement-breakpoint
UPDATE `outbox` SET `request_id` = CAST(substr(`subject`, 12) AS INTEGER), `topic` = CASE WHEN `subject` LIKE '%: relance,%' THEN 'reminder' ELSE 'decision' END WHERE `kind` = 'email' AND `subject` LIKE 'Demande n° %' AND CAST(substr(`subject`, 12) AS INTEGER) IN (SELECT `id` FROM `requests`);
