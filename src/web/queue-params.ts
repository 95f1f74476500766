/**
 * The queue's state lives in the URL (tab, filters, search, cursor) so that every view can be
 * bookmarked, shared and reached with back/forward. French parameter names, as users see them.
 */

import { FORM_KEYS, QUEUE_TABS, type QueueCursor, type QueueForm, type QueueTab } from "../domain/queue";

export interface QueueView {
  readonly tab: QueueTab;
  readonly form: QueueForm;
  readonly cursor: QueueCursor | undefined;
}

export function parseQueueView(query: URLSearchParams): QueueView {
  const tab = QUEUE_TABS.find((candidate) => candidate.key === query.get("onglet")) ?? QUEUE_TABS[0]!;
  const form = Object.fromEntries(
    FORM_KEYS.map((key) => [key, (query.get(key) ?? "").trim().slice(0, 200)]),
  ) as unknown as QueueForm;
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(query.get("apres") ?? "");
  return { tab, form, cursor: match ? { submittedAt: Number(match[1]), id: Number(match[2]) } : undefined };
}

/** The query string for a view (tab + filters + optional cursor), without empty fields. */
export function queueQuery(tabKey: string, form: QueueForm, after?: QueueCursor): string {
  const params = new URLSearchParams({ onglet: tabKey });
  for (const key of FORM_KEYS) if (form[key]) params.set(key, form[key]);
  if (after) params.set("apres", `${after.submittedAt}.${after.id}`);
  return params.toString();
}
