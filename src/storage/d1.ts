/** The D1 adapter (Workers). Migrations are applied by `wrangler d1 migrations apply`. */

import { drizzle } from "drizzle-orm/d1";
import type { Database } from "./database";
import { schema } from "./schema";

export function openD1(binding: D1Database): Database {
  return drizzle(binding, { schema }) as unknown as Database;
}
