/** The health check's one question: does the database answer? */

import { databaseAnswers, type Database } from "../storage/database";

export function checkHealth(db: Database): Promise<boolean> {
  return databaseAnswers(db);
}
