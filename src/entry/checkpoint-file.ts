/**
 * Audit checkpoints on Node: one JSON line appended per checkpoint to a file outside the
 * database (AUDIT_CHECKPOINT_FILE, data/audit-checkpoints.jsonl by default). The file only grows;
 * copy it elsewhere (another machine, a log collector) so that whoever can write the database
 * cannot also rewrite it. Only its tail is read: the latest checkpoint is its last line.
 */

import { appendFile, mkdir, open } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { checkpointLine, parseCheckpoint, type CheckpointStore } from "../domain/audit-checkpoint";

const TAIL_BYTES = 4096;

export const checkpointFileFrom = (env: NodeJS.ProcessEnv): string =>
  resolve(env.AUDIT_CHECKPOINT_FILE || "data/audit-checkpoints.jsonl");

export function fileCheckpointStore(path: string): CheckpointStore {
  return {
    where: path,
    async latest() {
      let handle;
      try {
        handle = await open(path, "r");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
      try {
        const { size } = await handle.stat();
        const length = Math.min(size, TAIL_BYTES);
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, size - length);
        const line = buffer.toString("utf8").trimEnd().split("\n").at(-1) ?? "";
        if (!line) return null;
        try {
          return parseCheckpoint(line);
        } catch (error) {
          throw new Error(`${path} : ${(error as Error).message}`);
        }
      } finally {
        await handle.close();
      }
    },
    async publish(checkpoint) {
      await mkdir(dirname(path), { recursive: true });
      await appendFile(path, `${checkpointLine(checkpoint)}\n`, { flag: "a" });
    },
  };
}
