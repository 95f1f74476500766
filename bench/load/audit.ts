/**
 * The audit keys and checkpoint file of a load run: the server runs in production mode, which
 * requires AUDIT_KEYS, and the checks verify the chain against the same key and checkpoints.
 */

import { tmpdir } from "node:os";
import { join } from "node:path";
import { readAuditKeys } from "../../src/config";
import { fileCheckpointStore } from "../../src/entry/checkpoint-file";

// A key for this benchmark only (32 bytes, base64): the load database is thrown away after the run.
export const LOAD_AUDIT_KEYS = `k-load:${Buffer.from("cadre-load-test-key-not-a-secret").toString("base64")}`;
export const LOAD_CHECKPOINT_FILE = join(tmpdir(), `cadre-load-checkpoints-${process.pid}.jsonl`);

export const loadAudit = {
  keys: readAuditKeys({ AUDIT_KEYS: LOAD_AUDIT_KEYS }),
  checkpoints: fileCheckpointStore(LOAD_CHECKPOINT_FILE),
};
