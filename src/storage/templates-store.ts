/** Motivation templates. */

import { asc, eq } from "drizzle-orm";
import type { Database } from "./database";
import { messageTemplates } from "./schema";

export type TemplateRow = typeof messageTemplates.$inferSelect;

export const listTemplates = (db: Database): Promise<TemplateRow[]> =>
  db.select().from(messageTemplates).orderBy(asc(messageTemplates.decision), asc(messageTemplates.name));

export const findTemplate = (db: Database, id: number): Promise<TemplateRow | undefined> =>
  db.select().from(messageTemplates).where(eq(messageTemplates.id, id)).get();

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

export async function deleteTemplate(db: Database, id: number): Promise<void> {
  await db.delete(messageTemplates).where(eq(messageTemplates.id, id));
}
