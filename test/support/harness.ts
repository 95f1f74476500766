/** Node flavour of the harness: libSQL in memory with the real migrations. */

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileCheckpointStore } from "../../src/entry/checkpoint-file";
import type { AppConfig } from "../../src/config";
import { migrateLibsql, openLibsql } from "../../src/storage/libsql";
import { extractDocument } from "../../src/documents/extract";
import { createHarnessFor, type Harness, type HarnessDeps } from "./harness-core";

export const RUNTIME = "node";

export async function createHarness(config: Partial<AppConfig> = {}, deps: HarnessDeps = {}): Promise<Harness> {
  const handle = openLibsql({ url: ":memory:" });
  await migrateLibsql(handle);
  return createHarnessFor(
    handle.db,
    (bytes: Uint8Array) => extractDocument(bytes, { allowOcr: false }),
    config,
    // A file outside the database, as on a server.
    fileCheckpointStore(join(mkdtempSync(join(tmpdir(), "cadre-checkpoints-")), "audit.jsonl")),
    deps,
  );
}
