/** The health check's one question: does the database answer? */

import { sql } from "drizzle-orm";
import type { Database } from "../storage/database";

export async function databaseAnswers(db: Database): Promise<boolean> {
  try {
    await db.run(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
