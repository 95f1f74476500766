/**
 * A harness on a libSQL database at `url` (a file, memory or a server), migrated, with the
 * audit checkpoints in a file outside the database, as on a server: the Node and sqld flavours.
 */

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AppConfig } from "../../src/config";
import { extractDocument } from "../../src/documents/extract";
import { fileCheckpointStore } from "../../src/entry/checkpoint-file";
import { migrateLibsql, openLibsql } from "../../src/storage/libsql";
import { createHarnessFor, type Harness, type HarnessDeps } from "./harness-core";

export async function libsqlHarness(url: string, config: Partial<AppConfig>, deps: HarnessDeps): Promise<Harness> {
  const handle = openLibsql({ url });
  await migrateLibsql(handle);
  return createHarnessFor(
    handle.db,
    (bytes: Uint8Array) => extractDocument(bytes, { allowOcr: false }),
    config,
    fileCheckpointStore(join(mkdtempSync(join(tmpdir(), "cadre-checkpoints-")), "audit.jsonl")),
    deps,
  );
}
