/**
 * Rows for exports, read in keyset batches so memory stays flat whatever the period: the
 * writer pulls a batch only when the download has taken the previous one.
 */

import { Placeholder, sql } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import type { Database } from "./database";
import { batchedRows, type BatchedRows } from "./row-batches";

// A batch's text stays under V8's large-object size (128 KB): larger strings go to the
// large-object space, freed only by a full collection, so the heap grew by 100 MB over a million
// rows with 5,000-row batches (1.2 MB of text each) and still swung by 50 MB between exports
// with 1,000 rows (240 KB). At 400 rows (about 100 KB) they die young; same time.
const BATCH = 400;

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
 * Requests created in the period (optionally only some states), oldest first.
 *
 * At a million rows the libSQL client's conversion of each value into JS costs more than writing
 * the file, so SQLite hands over a whole batch as ONE string (group_concat): fields joined
 * by a unit separator, rows by a record separator, like `sqlite3 -csv` writing its output in C.
 * JS splits it back into the same rows the writers always got. A batch whose text holds one of
 * those separators (counted, so never misread) is read again the slower way, one JSON array per
 * row. The row source changes, not the writers: the CSV, XLSX and ODS stay the reference code.
 */
export function requestRows(
  db: Database,
  period: ExportPeriod,
  states?: readonly string[],
): BatchedRows<RequestExportRow> {
  return decodeTextBatches(db, period, states, () => inThreadTextBatches(db, period, states));
}

/**
 * Where the export rows come from. The default reads them on the request's thread
 * (`requestRows`); the Node entry may pass one that reads the batches on another thread
 * (src/entry/export-reader.ts). Both give the same rows.
 */
export type RequestRowSource = (period: ExportPeriod, states?: readonly string[]) => BatchedRows<RequestExportRow>;

/** One batch's text as SQLite wrote it, and the id the batch started after. */
export interface TextBatch {
  readonly after: number;
  readonly kept: number;
  readonly last: number | null;
  readonly text: string | null;
}

/** The batches read here, one query at a time, on the caller's thread. */
async function* inThreadTextBatches(
  db: Database,
  period: ExportPeriod,
  states?: readonly string[],
): AsyncGenerator<TextBatch> {
  let rows = BATCH;
  for (let after = 0; ;) {
    let batch: Omit<TextBatch, "after"> | undefined;
    try {
      batch = (await db.all(textBatchQuery(after, rows, period, states)))[0] as Omit<TextBatch, "after"> | undefined;
    } catch (error) {
      // D1 refuses a value over 2,000,000 bytes ("string or blob too big"): long texts, fewer rows.
      if (rows > 1 && /too big/i.test(errorChain(error))) {
        rows = Math.ceil(rows / 2);
        continue;
      }
      throw error;
    }
    if (!batch || batch.kept === 0 || batch.text === null) return;
    yield { after, ...batch };
    if (batch.kept < rows) return;
    after = batch.last!;
  }
}

/**
 * The batch query as SQL text and parameters, the id to start after left as a placeholder: what a
 * reader on another connection runs, so that it reads exactly what `requestRows` would.
 */
export function textBatchStatement(
  period: ExportPeriod,
  states?: readonly string[],
): { sql: string; params: unknown[]; afterIndex: number; rows: number } {
  const query = new SQLiteAsyncDialect().sqlToQuery(textBatchQuery(sql.placeholder("after"), BATCH, period, states));
  const afterIndex = query.params.findIndex((param) => param instanceof Placeholder);
  return {
    sql: query.sql,
    params: query.params.map((param, index) => (index === afterIndex ? 0 : param)),
    afterIndex,
    rows: BATCH,
  };
}

/** Rows from batches of text (read here or elsewhere): split, or read again as JSON when needed. */
export function decodeTextBatches(
  db: Database,
  period: ExportPeriod,
  states: readonly string[] | undefined,
  batches: () => AsyncIterable<TextBatch>,
): BatchedRows<RequestExportRow> {
  return batchedRows(async function* () {
    for await (const batch of batches()) {
      yield decodeBatch(batch.text!, batch.kept) ?? (await jsonBatch(db, batch.after, batch.last!, period, states));
    }
  });
}

function textBatchQuery(after: number | Placeholder, rows: number, period: ExportPeriod, states?: readonly string[]) {
  return sql`
        with batch as (${requestBatchSelect(after, rows, period, states)})
        select count(*) as kept, max(id) as last, group_concat(${sql.raw(BATCH_LINE)}, char(30)) as text from batch`;
}

function requestBatchSelect(
  after: number | Placeholder,
  rows: number,
  period: ExportPeriod,
  states?: readonly string[],
) {
  return sql`select r.id, o.name, o.siret, o.kind, o.departement, r.use_case,
      (select group_concat(scope, ',') from (select scope from request_scopes s where s.request_id = r.id order by scope)) as scopes,
      r.state, r.legal_framework_text, r.legal_framework_url, r.created_at, r.first_submitted_at, r.decided_at,
      d.decision, d.motivation
    from requests r
    join organisations o on o.id = r.organisation_id
    left join decisions d on d.id = (select max(id) from decisions where request_id = r.id)
    where r.id > ${after} and r.created_at >= ${period.from} and r.created_at < ${period.to} ${stateFilter(states)}
    order by r.id
    limit ${rows}`;
}

// The id, then REQUEST_FIELDS in order. A text field is its text ('' for NULL: every writer shows
// both as an empty cell); a number field is its decimal text, '' for NULL (kept apart from 0).
const BATCH_COLUMNS = [
  "id",
  "name",
  "siret",
  "kind",
  "departement",
  "use_case",
  "scopes",
  "state",
  "legal_framework_text",
  "legal_framework_url",
  "created_at",
  "first_submitted_at",
  "decided_at",
  "decision",
  "motivation",
];
const FIELD_SEPARATOR = "\u001f";
const ROW_SEPARATOR = "\u001e";
// One printf per row (%s writes NULL as ''): a chain of `ifnull(c, '') || char(31) || …` copies
// the line once per column, and took 5.6 s of SQLite's time for a million rows where printf
// takes 3.3 s, the same text (measured with sqlite3 on the bench base). The separator is written
// in the format itself.
const BATCH_LINE = `printf('${BATCH_COLUMNS.map(() => "%s").join(FIELD_SEPARATOR)}', ${BATCH_COLUMNS.join(", ")})`;

/**
 * The rows of one batch's text, or null when a separator appears inside the data: SQLite put
 * exactly kept - 1 row separators and kept × 14 field separators, so any other count means a value
 * holds one (counts only grow), and splitting would be wrong.
 */
function decodeBatch(text: string, kept: number): RequestExportRow[] | null {
  const lines = text.split(ROW_SEPARATOR);
  if (lines.length !== kept) return null;
  const result: RequestExportRow[] = [];
  let previous = 0;
  let ordered = true;
  for (const line of lines) {
    const values = line.split(FIELD_SEPARATOR);
    if (values.length !== REQUEST_FIELDS.length + 1) return null;
    const id = Number(values[0]);
    // One literal in REQUEST_FIELDS order: every row gets the same object shape, which V8 builds
    // and reads far faster than keys added one by one (this runs a million times).
    result.push({
      id,
      organisation: values[1]!,
      siret: values[2]!,
      kind: values[3]!,
      departement: values[4]!,
      useCase: values[5]!,
      scopes: values[6]!,
      state: values[7]!,
      legalFrameworkText: values[8]!,
      legalFrameworkUrl: values[9]!,
      createdAt: optionalNumber(values[10]!) as number,
      firstSubmittedAt: optionalNumber(values[11]!),
      decidedAt: optionalNumber(values[12]!),
      lastDecision: values[13]!,
      lastMotivation: values[14]!,
    });
    if (id < previous) ordered = false;
    previous = id;
  }
  // group_concat follows the subquery's order in practice, but SQLite does not promise it.
  return ordered ? result : result.sort((a, b) => a.id - b.id);
}

// A number field is its decimal text, or '' for NULL (kept apart from 0).
const optionalNumber = (value: string): number | null => (value === "" ? null : Number(value));

/** The rows of (after, last] one JSON array each: slower, but no separator can be misread. */
async function jsonBatch(
  db: Database,
  after: number,
  last: number,
  period: ExportPeriod,
  states?: readonly string[],
): Promise<RequestExportRow[]> {
  const rows = (await db.all(sql`
    select id, json_array(${sql.raw(BATCH_COLUMNS.slice(1).join(", "))}) as data
    from (${requestBatchSelect(after, last - after, period, states)}) where id <= ${last}`)) as {
    id: number;
    data: string;
  }[];
  return rows.map((row) => {
    const values = JSON.parse(row.data) as unknown[];
    const record: Record<string, unknown> = { id: row.id };
    for (let index = 0; index < REQUEST_FIELDS.length; index++) record[REQUEST_FIELDS[index]!] = values[index];
    return record as unknown as RequestExportRow;
  });
}

function errorChain(error: unknown): string {
  const messages: string[] = [];
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    messages.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return messages.join(" | ");
}

/** Drafts are never exported: a draft belongs to its organisation until it is submitted. */
function stateFilter(states: readonly string[] | undefined) {
  return states
    ? sql`and r.state <> 'draft' and r.state in (${sql.join(
        states.map((state) => sql`${state}`),
        sql`, `,
      )})`
    : sql`and r.state <> 'draft'`;
}

/** How many requests an export will hold: counted before streaming, for the progress bar. */
export async function countRequestRows(
  db: Database,
  period: ExportPeriod,
  states?: readonly string[],
): Promise<number> {
  const [row] = (await db.all(sql`
    select count(*) as rows from requests r
    where r.created_at >= ${period.from} and r.created_at < ${period.to} ${stateFilter(states)}`)) as {
    rows: number;
  }[];
  return row?.rows ?? 0;
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

/** How many decisions the decisions' export will hold. */
export async function countDecisionRows(db: Database, period: ExportPeriod): Promise<number> {
  const [row] = (await db.all(sql`
    select count(*) as rows from decisions d
    where d.created_at >= ${period.from} and d.created_at < ${period.to}`)) as { rows: number }[];
  return row?.rows ?? 0;
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
