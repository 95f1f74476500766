/** Audit checkpoints in a file on Node: one JSON line appended per checkpoint, the last line read back. */

import { appendFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AuditCheckpoint } from "../../src/domain/audit-checkpoint";
import { checkpointFileFrom, fileCheckpointStore } from "../../src/entry/checkpoint-file";

const checkpoint = (n: number): AuditCheckpoint => ({
  head: n.toString(16).padStart(64, "0"),
  count: n,
  lastEventId: n,
  kid: "k1",
  at: new Date(Date.UTC(2026, 10, 2) + n * 1000).toISOString(),
});

describe("file checkpoint store", () => {
  const dir = mkdtempSync(join(tmpdir(), "cadre-checkpoint-file-"));

  it("has no checkpoint before the first one, and creates its folder", async () => {
    const store = fileCheckpointStore(join(dir, "neuf", "audit.jsonl"));
    expect(await store.latest()).toBeNull();
    await store.publish(checkpoint(1));
    expect(await store.latest()).toEqual(checkpoint(1));
  });

  it("only appends, and reads the last line of a file longer than what it reads", async () => {
    const path = join(dir, "long.jsonl");
    const store = fileCheckpointStore(path);
    for (let n = 1; n <= 200; n++) await store.publish(checkpoint(n));
    const lines = readFileSync(path, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(200);
    expect(JSON.parse(lines[0]!)).toEqual(checkpoint(1));
    expect(await store.latest()).toEqual(checkpoint(200));
  });

  it("refuses a last line that is not a checkpoint, naming the file", async () => {
    const path = join(dir, "abime.jsonl");
    const store = fileCheckpointStore(path);
    await store.publish(checkpoint(1));
    appendFileSync(path, '{"head": "pas un sceau"}\n');
    await expect(store.latest()).rejects.toThrow(`${path} : point de contrôle incomplet`);
  });

  it("lives under data/ unless AUDIT_CHECKPOINT_FILE says otherwise", () => {
    expect(checkpointFileFrom({})).toBe(join(process.cwd(), "data", "audit-checkpoints.jsonl"));
    expect(checkpointFileFrom({ AUDIT_CHECKPOINT_FILE: "/var/lib/cadre/points.jsonl" })).toBe(
      "/var/lib/cadre/points.jsonl",
    );
  });
});
