/**
 * Rows for exports, read in keyset batches so memory stays flat whatever the period: the
 * writer pulls a batch only when the download has taken the previous one.
 */

import { sql } from "drizzle-orm";
import type { Database } from "./database";

const BATCH = 5_000;

export interface ExportPeriod {
  readonly from: number;
  readonly to: number;
}

export interface RequestExportRow {
  readonly id: number;
  readonly organisation: string;
  readonly siret: string;
  readonly kind: string;
  readonly departement: string;
  readonly useCase: string;
  readonly scopes: string;
  readonly state: string;
  readonly legalFrameworkText: string;
  readonly legalFrameworkUrl: string | null;
  readonly createdAt: number;
  readonly firstSubmittedAt: number | null;
  readonly decidedAt: number | null;
  readonly lastDecision: string | null;
  readonly lastMotivation: string | null;
}

/**
 * Requests created in the period (optionally only some states), oldest first. Each row comes
 * back as one JSON array: the libSQL client converts one value per row instead of fifteen,
 * which is most of an export's time at a million rows (measured: ~3× faster transfer).
 */
export async function* requestRows(
  db: Database,
  period: ExportPeriod,
  states?: readonly string[],
): AsyncGenerator<RequestExportRow> {
  const stateFilter = states
    ? sql`and r.state in (${sql.join(
        states.map((state) => sql`${state}`),
        sql`, `,
      )})`
    : sql``;
  const batches = keysetBatches(
    async (after) =>
      (await db.all(sql`
      select r.id, json_array(o.name, o.siret, o.kind, o.departement, r.use_case,
        (select group_concat(scope, ',') from (select scope from request_scopes s where s.request_id = r.id order by scope)),
        r.state, r.legal_framework_text, r.legal_framework_url, r.created_at, r.first_submitted_at, r.decided_at,
        d.decision, d.motivation) as data
      from requests r
      join organisations o on o.id = r.organisation_id
      left join decisions d on d.id = (select max(id) from decisions where request_id = r.id)
      where r.id > ${after} and r.created_at >= ${period.from} and r.created_at < ${period.to} ${stateFilter}
      order by r.id
      limit ${BATCH}`)) as { id: number; data: string }[],
  );
  for await (const row of batches) {
    const values = JSON.parse(row.data) as unknown[];
    // The JSON array holds REQUEST_FIELDS in order; a plain loop keeps this hot path cheap.
    const record: Record<string, unknown> = { id: row.id };
    for (let index = 0; index < REQUEST_FIELDS.length; index++) record[REQUEST_FIELDS[index]!] = values[index];
    yield record as unknown as RequestExportRow;
  }
}

const REQUEST_FIELDS = [
  "organisation",
  "siret",
  "kind",
  "departement",
  "useCase",
  "scopes",
  "state",
  "legalFrameworkText",
  "legalFrameworkUrl",
  "createdAt",
  "firstSubmittedAt",
  "decidedAt",
  "lastDecision",
  "lastMotivation",
] as const satisfies readonly Exclude<keyof RequestExportRow, "id">[];

export interface DecisionExportRow {
  readonly id: number;
  readonly requestId: number;
  readonly organisation: string;
  readonly siret: string;
  readonly useCase: string;
  readonly decision: string;
  readonly motivation: string;
  readonly author: string;
  readonly createdAt: number;
}

/** Decisions taken in the period, in the order they were taken. */
export function decisionRows(db: Database, period: ExportPeriod): AsyncGenerator<DecisionExportRow> {
  return keysetBatches(
    async (after) =>
      (await db.all(sql`
      select d.id, d.request_id as requestId, o.name as organisation, o.siret, r.use_case as useCase,
        d.decision, d.motivation, u.name as author, d.created_at as createdAt
      from decisions d
      join requests r on r.id = d.request_id
      join organisations o on o.id = r.organisation_id
      join users u on u.id = d.author_id
      where d.id > ${after} and d.created_at >= ${period.from} and d.created_at < ${period.to}
      order by d.id
      limit ${BATCH}`)) as DecisionExportRow[],
  );
}

/** Rows by increasing id, one batch of BATCH at a time: the next is read when the last is consumed. */
async function* keysetBatches<T extends { id: number }>(read: (after: number) => Promise<T[]>): AsyncGenerator<T> {
  for (let after = 0; ;) {
    const rows = await read(after);
    yield* rows;
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.id;
  }
}
