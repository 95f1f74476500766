-- Seals become HMACs under a key named by kid (AUDIT_KEYS). The seals already written stay as
-- they are, kid "sha256" (plain SHA-256): the verifier accepts them before the first keyed seal.
ALTER TABLE `event_seals` ADD `kid` text DEFAULT 'sha256' NOT NULL;
