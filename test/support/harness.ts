/** Node flavour of the harness: libSQL in memory with the real migrations. */

import type { AppConfig } from "../../src/config";
import type { Harness, HarnessDeps } from "./harness-core";
import { libsqlHarness } from "./libsql-harness";

export const RUNTIME = "node";

export async function createHarness(config: Partial<AppConfig> = {}, deps: HarnessDeps = {}): Promise<Harness> {
  return libsqlHarness(":memory:", config, deps);
}
