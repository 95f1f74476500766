/**
 * The queue's state lives in the URL (tab, filters, search, order, page and its cursor) so that
 * every view can be bookmarked, shared and reached with back/forward. French parameter names,
 * as users see them.
 */

import {
  FORM_KEYS,
  pageSizeOf,
  QUEUE_TABS,
  sortOf,
  type QueueCursor,
  type QueueForm,
  type QueuePosition,
  type QueueTab,
} from "../domain/queue";
import type { QueueSort } from "../domain/queue-order";

export interface QueueView {
  readonly tab: QueueTab;
  readonly form: QueueForm;
  readonly sort: QueueSort;
  readonly pageSize: number;
  readonly position: QueuePosition;
}

export function parseQueueView(query: URLSearchParams): QueueView {
  const tab = QUEUE_TABS.find((candidate) => candidate.key === query.get("onglet")) ?? QUEUE_TABS[0]!;
  const form = Object.fromEntries(
    FORM_KEYS.map((key) => [key, (query.get(key) ?? "").trim().slice(0, 200)]),
  ) as unknown as QueueForm;
  const after = parseCursor(query.get("apres"));
  const before = after ? undefined : parseCursor(query.get("avant"));
  const page = /^\d{1,6}$/.test(query.get("page") ?? "") ? Math.max(1, Number(query.get("page"))) : 1;
  return {
    tab,
    form,
    sort: sortOf(form),
    pageSize: pageSizeOf(form),
    position: { after, before, page: after || before ? page : 1 },
  };
}

function parseCursor(value: string | null): QueueCursor | undefined {
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(value ?? "");
  return match ? { at: Number(match[1]), id: Number(match[2]) } : undefined;
}

/** The query string for a view (tab + filters + order + optional page), without empty fields. */
export function queueQuery(tabKey: string, form: QueueForm, position?: QueuePosition): string {
  const params = new URLSearchParams({ onglet: tabKey });
  for (const key of FORM_KEYS) if (form[key]) params.set(key, form[key]);
  if (position?.after) params.set("apres", `${position.after.at}.${position.after.id}`);
  if (position?.before) params.set("avant", `${position.before.at}.${position.before.id}`);
  if (position && (position.after || position.before)) params.set("page", String(position.page));
  return params.toString();
}
