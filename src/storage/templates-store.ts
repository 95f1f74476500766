/** Motivation templates. */

import { asc, eq, type SQL } from "drizzle-orm";
import type { Database, Statement } from "./database";
import { newestId } from "./ids";
import { preparedFor } from "./prepared";
import { messageTemplates } from "./schema";

export type TemplateRow = typeof messageTemplates.$inferSelect;

const allTemplates = preparedFor((db) =>
  db.select().from(messageTemplates).orderBy(asc(messageTemplates.decision), asc(messageTemplates.name)).prepare(),
);

export const listTemplates = (db: Database): Promise<TemplateRow[]> => allTemplates(db).all();

export const findTemplate = (db: Database, id: number): Promise<TemplateRow | undefined> =>
  db.select().from(messageTemplates).where(eq(messageTemplates.id, id)).get();

/** Insert or update, as a statement for the caller's batch; `id` is the row's id inside that batch. */
export function templateSaveStatement(
  db: Database,
  values: { id?: number; name: string; decision: string; body: string },
  now: number,
): { statement: Statement; id: number | SQL<number> } {
  const { id, ...fields } = values;
  if (id) {
    const statement = db
      .update(messageTemplates)
      .set({ ...fields, updatedAt: now })
      .where(eq(messageTemplates.id, id));
    return { statement, id };
  }
  const statement = db.insert(messageTemplates).values({ ...fields, createdAt: now, updatedAt: now });
  return { statement, id: newestId(messageTemplates) };
}

export function templateDeleteStatement(db: Database, id: number): Statement {
  return db.delete(messageTemplates).where(eq(messageTemplates.id, id));
}

export async function saveTemplate(
  db: Database,
  values: { id?: number; name: string; decision: string; body: string },
  now: number,
): Promise<void> {
  if (values.id) {
    await db
      .update(messageTemplates)
      .set({ name: values.name, decision: values.decision, body: values.body, updatedAt: now })
      .where(eq(messageTemplates.id, values.id));
  } else {
    await db
      .insert(messageTemplates)
      .values({ name: values.name, decision: values.decision, body: values.body, createdAt: now, updatedAt: now });
  }
}
