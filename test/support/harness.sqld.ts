/** sqld flavour of the harness: a fresh libSQL server per harness, over HTTP, migrated. */

import { inject } from "vitest";
import type { AppConfig } from "../../src/config";
import type { Harness, HarnessDeps } from "./harness-core";
import { libsqlHarness } from "./libsql-harness";
import { startSqld } from "./sqld";

export const RUNTIME = "sqld";

export async function createHarness(config: Partial<AppConfig> = {}, deps: HarnessDeps = {}): Promise<Harness> {
  const server = await startSqld(inject("sqldBinary"), inject("sqldRoot"));
  return libsqlHarness(server.url, config, deps);
}
