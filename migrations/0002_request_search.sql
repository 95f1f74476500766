-- Full-text search over what an instructor types in the queue's search box: organisation
-- name, SIRET, request number and the text read from the request's documents. Accents are
-- ignored ("deliberation" finds "délibération"). Triggers keep it in step with the tables,
-- inside the same batch as the write, on libSQL and D1 alike.
CREATE VIRTUAL TABLE `request_search` USING fts5(
  `number`, `organisation`, `siret`, `documents`,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `request_search_on_request` AFTER INSERT ON `requests`
BEGIN
  INSERT INTO `request_search` (rowid, `number`, `organisation`, `siret`, `documents`)
  SELECT NEW.id, NEW.id, o.name, o.siret, '' FROM organisations o WHERE o.id = NEW.organisation_id;
END;
--> statement-breakpoint
CREATE TRIGGER `request_search_on_text` AFTER UPDATE OF `text` ON `document_texts`
BEGIN
  UPDATE `request_search`
  SET `documents` = (
    SELECT coalesce(group_concat(t.text, ' '), '')
    FROM document_texts t JOIN documents d ON d.id = t.document_id
    WHERE d.request_id = (SELECT request_id FROM documents WHERE id = NEW.document_id)
  )
  WHERE rowid = (SELECT request_id FROM documents WHERE id = NEW.document_id);
END;
--> statement-breakpoint
CREATE TRIGGER `request_search_on_organisation` AFTER UPDATE OF `name`, `siret` ON `organisations`
BEGIN
  UPDATE `request_search` SET `organisation` = NEW.name, `siret` = NEW.siret
  WHERE rowid IN (SELECT id FROM requests WHERE organisation_id = NEW.id);
END;
