-- The queue's tab counts, kept instead of counted: requests per state and per instructor they
-- are assigned to (0: nobody). The triggers run inside the statement that changes a request,
-- hence inside its batch, on libSQL and D1 alike; the first fill counts what is already there.
-- With two indexes for the département filter and the organisation's requests.
CREATE TABLE `queue_counters` (
	`state` text NOT NULL,
	`assigned_instructor_id` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`state`, `assigned_instructor_id`)
);
--> statement-breakpoint
CREATE INDEX `organisations_departement_idx` ON `organisations` (`departement`);--> statement-breakpoint
CREATE INDEX `requests_organisation_state_idx` ON `requests` (`organisation_id`,`state`,`submitted_at`,`id`);
--> statement-breakpoint
INSERT INTO `queue_counters` (`state`, `assigned_instructor_id`, `count`)
SELECT `state`, coalesce(`assigned_instructor_id`, 0), count(*) FROM `requests` GROUP BY 1, 2;
--> statement-breakpoint
CREATE TRIGGER `queue_counters_on_insert` AFTER INSERT ON `requests`
BEGIN
  INSERT INTO `queue_counters` (`state`, `assigned_instructor_id`, `count`)
  VALUES (NEW.state, coalesce(NEW.assigned_instructor_id, 0), 1)
  ON CONFLICT (`state`, `assigned_instructor_id`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `queue_counters_on_update` AFTER UPDATE OF `state`, `assigned_instructor_id` ON `requests`
WHEN OLD.state IS NOT NEW.state OR OLD.assigned_instructor_id IS NOT NEW.assigned_instructor_id
BEGIN
  UPDATE `queue_counters` SET `count` = `count` - 1
  WHERE `state` = OLD.state AND `assigned_instructor_id` = coalesce(OLD.assigned_instructor_id, 0);
  INSERT INTO `queue_counters` (`state`, `assigned_instructor_id`, `count`)
  VALUES (NEW.state, coalesce(NEW.assigned_instructor_id, 0), 1)
  ON CONFLICT (`state`, `assigned_instructor_id`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `queue_counters_on_delete` AFTER DELETE ON `requests`
BEGIN
  UPDATE `queue_counters` SET `count` = `count` - 1
  WHERE `state` = OLD.state AND `assigned_instructor_id` = coalesce(OLD.assigned_instructor_id, 0);
END;
