/**
 * Audit checkpoints on Workers: the KV namespace bound as AUDIT_CHECKPOINTS (wrangler.toml),
 * apart from D1. "latest" holds the latest checkpoint; every checkpoint is also kept under
 * "checkpoint/<last event id, 12 digits>" so their history can be listed in order.
 */

import { checkpointLine, parseCheckpoint, type CheckpointStore } from "../domain/audit-checkpoint";

export function kvCheckpointStore(kv: KVNamespace, prefix = ""): CheckpointStore {
  return {
    where: "KV AUDIT_CHECKPOINTS",
    async latest() {
      const line = await kv.get(`${prefix}latest`);
      return line ? parseCheckpoint(line) : null;
    },
    async publish(checkpoint) {
      const line = checkpointLine(checkpoint);
      await kv.put(`${prefix}checkpoint/${String(checkpoint.lastEventId).padStart(12, "0")}`, line);
      await kv.put(`${prefix}latest`, line);
    },
  };
}
