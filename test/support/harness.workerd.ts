/// <reference path="../../node_modules/@cloudflare/vitest-plugin/types/cloudflare-test.d.ts" />
/** workerd flavour of the harness: the D1 binding, migrated by the setup file. */

import { env } from "cloudflare:test";
import type { AppConfig } from "../../src/config";
import { openD1 } from "../../src/storage/d1";
import { kvCheckpointStore } from "../../src/entry/checkpoint-kv";
import { extractDocument } from "../../src/documents/extract";
import { createHarnessFor, type Harness, type HarnessDeps } from "./harness-core";

export const RUNTIME = "workerd";

export async function createHarness(config: Partial<AppConfig> = {}, deps: HarnessDeps = {}): Promise<Harness> {
  const bindings = env as unknown as { DB: D1Database; AUDIT_CHECKPOINTS: KVNamespace };
  return createHarnessFor(
    openD1(bindings.DB),
    (bytes: Uint8Array) => extractDocument(bytes, { allowOcr: false }),
    config,
    // The KV binding of wrangler.toml; a prefix per harness, so files never read each other's.
    kvCheckpointStore(bindings.AUDIT_CHECKPOINTS, `harness-${Math.random().toString(36).slice(2)}/`),
    deps,
  );
}
