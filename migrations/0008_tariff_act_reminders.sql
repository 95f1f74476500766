-- Hand-written: drizzle-kit 0.31 mangles expression indexes (it quoted the json_extract call as a
-- column name), so the statement generated from schema.ts is written out here as SQLite needs it.
-- One tariff-act reminder per request and round (the request version the reminder follows up).
CREATE UNIQUE INDEX `events_reminder_round_idx` ON `events` (`request_id`, json_extract(`payload`, '$.round')) WHERE `type` = 'tariff_act_reminder';
