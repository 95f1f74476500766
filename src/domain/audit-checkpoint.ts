/**
 * A checkpoint: the head of the audit chain (its last seal, how many events it covers, when,
 * under which kid), published outside the database each time sealing advances. Someone who
 * can write the database can delete the last events and their seals, or re-seal from an old
 * point; the checkpoint, kept elsewhere, is what shows it.
 */

export interface AuditCheckpoint {
  readonly head: string;
  readonly count: number;
  readonly lastEventId: number;
  readonly kid: string;
  /** ISO 8601, UTC. */
  readonly at: string;
}

/** Where checkpoints are published: a file on Node, KV on Workers. */
export interface CheckpointStore {
  /** Said in messages: the file's path, the KV binding. */
  readonly where: string;
  latest(): Promise<AuditCheckpoint | null>;
  publish(checkpoint: AuditCheckpoint): Promise<void>;
}

/** One line of JSON, the same in the file, in KV and in the webhook. */
export const checkpointLine = (checkpoint: AuditCheckpoint): string =>
  JSON.stringify({
    head: checkpoint.head,
    count: checkpoint.count,
    lastEventId: checkpoint.lastEventId,
    kid: checkpoint.kid,
    at: checkpoint.at,
  });

/** Reads a checkpoint back; a line that is not one is refused, never guessed at. */
export function parseCheckpoint(line: string): AuditCheckpoint {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error("point de contrôle illisible (JSON invalide)");
  }
  const fields = value as Record<string, unknown> | null;
  if (
    !fields ||
    typeof fields.head !== "string" ||
    !/^[0-9a-f]{64}$/.test(fields.head) ||
    !Number.isInteger(fields.count) ||
    !Number.isInteger(fields.lastEventId) ||
    typeof fields.kid !== "string" ||
    typeof fields.at !== "string"
  ) {
    throw new Error("point de contrôle incomplet (head, count, lastEventId, kid et at attendus)");
  }
  return {
    head: fields.head,
    count: fields.count as number,
    lastEventId: fields.lastEventId as number,
    kid: fields.kid,
    at: fields.at,
  };
}
