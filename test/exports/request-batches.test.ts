/**
 * requestRows reads a batch of requests as ONE string from SQLite (fields and rows joined by
 * separator characters) and splits it back. The CSV written from those rows must be byte-identical
 * to the CSV written from the same rows read value by value, on hostile values: quotes,
 * separators, CR/LF, formula starts (also after a tab or CR), accents, emoji, NULLs, unknown codes,
 * the unit and record separators themselves (those batches take the JSON path), dates around
 * Paris's DST changes, several batches, and texts long enough to make D1 refuse a batch (it then
 * halves it). Runs on libSQL and, with the same file, on D1 in workerd.
 */

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mapRows, REQUEST_COLUMNS, requestRow } from "../../src/exports/catalogue";
import { csvStream } from "../../src/exports/csv";
import type { Database } from "../../src/storage/database";
import {
  countRequestRows,
  requestRows,
  type ExportPeriod,
  type RequestExportRow,
} from "../../src/storage/export-store";
import { createHarness } from "../support/harness";
import { collect } from "./support/streams";

const HOSTILE = [
  "Mairie de Évreux",
  'Il a dit "oui"',
  "a;b",
  "a,b",
  "ligne 1\nligne 2",
  "retour\rchariot",
  "fin\r\n",
  '=HYPERLINK("http://x";"clic")',
  "+33 1 23",
  "-12",
  "@SUM(A1)",
  "\t=1+1",
  "\r=1+1",
  "'déjà neutralisé",
  "Ünïcödé ñ 中文 🎉👩‍👩‍👧",
  "",
  " espace devant",
  "=",
  "x-y",
  "[crochets] * ? \\ ] [",
  "tab\tau milieu",
  '"',
  'é;"\n=',
];

// Around the 2024 and 2025 changes (31 March 2024 01:00 UTC, 27 October 2024 01:00 UTC…).
const INSTANTS = [
  Date.UTC(2024, 2, 31, 0, 59, 59, 999),
  Date.UTC(2024, 2, 31, 1, 0, 0, 0),
  Date.UTC(2024, 9, 27, 0, 59, 59, 500),
  Date.UTC(2024, 9, 27, 1, 0, 0, 1),
  Date.UTC(2025, 2, 30, 1, 0, 0),
  Date.UTC(2025, 9, 26, 0, 30, 0),
  Date.UTC(2025, 11, 31, 23, 0, 0),
  Date.UTC(1999, 11, 31, 23, 59, 59),
  Date.UTC(1976, 5, 1, 12, 0, 0),
  0,
];

// The separators the batches are joined with, inside the data: the batch holding them must be read
// the JSON way, the others as text (a batch is 5 000 rows).
const SEPARATORS = ["a\u001fb", "\u001f=1", "rec\u001esep", "\u001e", "\u001e\u001f"];

const pick = <T>(values: readonly T[], index: number): T => values[index % values.length]!;
// Hostile in one row out of four, a plain value otherwise: most rows then have one hostile field
// among clean ones, which is what the SQL's whole-row fast check must catch.
const sparse = (index: number, field: number): string =>
  (index + field) % 4 === 0 ? pick(HOSTILE, index * 3 + field) : `Valeur ${index} ${field}`;

// Test values as SQL literals, many rows per statement: D1 allows 100 bound parameters per query,
// and thousands of one-row statements would make the workerd run slow.
const literal = (value: string | number | null): string =>
  value === null ? "null" : typeof value === "number" ? String(value) : `'${value.replace(/'/g, "''")}'`;

async function insertRows(db: Database, head: string, rows: (string | number | null)[][]): Promise<void> {
  // D1 also refuses a statement over 100 KB: cut by length too.
  let values: string[] = [];
  let length = 0;
  const flush = async () => {
    if (values.length > 0) await db.run(sql.raw(`${head} values ${values.join(", ")}`));
    values = [];
    length = 0;
  };
  for (const row of rows) {
    const tuple = `(${row.map(literal).join(", ")})`;
    if (values.length >= 200 || length + tuple.length > 40_000) await flush();
    values.push(tuple);
    length += tuple.length;
  }
  await flush();
}

async function seed(rows: number, longText = 0, separatorsFrom = Number.POSITIVE_INFINITY) {
  const hasSeparator = (id: number) => id >= separatorsFrom && id < separatorsFrom + 20;
  const harness = await createHarness();
  const { db } = harness;
  // In workerd the tests of a file share one D1 database: start from empty tables.
  for (const table of ["decisions", "request_scopes", "request_search", "requests", "users", "organisations"]) {
    await db.run(sql.raw(`delete from ${table}`));
  }
  await insertRows(
    db,
    "insert into organisations (id, siret, name, kind, departement, created_at)",
    HOSTILE.map((_, index) => [
      index + 1,
      sparse(index, 1) + index,
      sparse(index, 2),
      sparse(index, 3),
      sparse(index, 0),
      0,
    ]),
  );
  await db.run(
    sql`insert into users (id, email, name, role, created_at) values (1, 'a@example.fr', 'Agent', 'instructor', 0)`,
  );
  const useCases = ["tarification-municipale-enfance", "aides-sociales-ccas", "=inconnu", "cas;inconnu", ""];
  const states = ["draft", "submitted", "accepted", "rejected", "tariff_act_requested", "-étrange"];
  const decisions = ["accept", "reject", "request_tariff_act", "reopen", "@autre", ""];
  const requests: (string | number | null)[][] = [];
  const scopes: (string | number | null)[][] = [];
  const decided: (string | number | null)[][] = [];
  for (let id = 1; id <= rows; id++) {
    const at = (offset: number) => pick(INSTANTS, id + offset);
    const legalText = longText
      ? "é".repeat(longText) + pick(HOSTILE, id)
      : hasSeparator(id)
        ? pick(SEPARATORS, id)
        : sparse(id, 5);
    requests.push([
      id,
      (id % HOSTILE.length) + 1,
      1,
      pick(useCases, id),
      legalText,
      id % 3 === 0 ? null : sparse(id, 6),
      pick(states, id),
      1,
      at(0),
      at(0),
      id % 4 === 0 ? null : at(1),
      id % 5 === 0 ? null : at(2),
    ]);
    for (const scope of id % 3 === 0 ? [] : [sparse(id, 7), `scope_${id % 4}`]) scopes.push([id, scope]);
    if (id % 2 === 0) {
      for (const offset of [0, 1]) decided.push([id, 1, pick(decisions, id + offset), sparse(id, offset * 3), 1, 0]);
    }
  }
  await insertRows(
    db,
    `insert into requests (id, organisation_id, created_by_id, use_case, legal_framework_text, legal_framework_url,
      state, version, created_at, updated_at, first_submitted_at, decided_at)`,
    requests,
  );
  await insertRows(db, "insert or ignore into request_scopes (request_id, scope)", scopes);
  await insertRows(
    db,
    "insert into decisions (request_id, author_id, decision, motivation, request_version, created_at)",
    decided,
  );
  return harness;
}

/** The reference: the same rows read value by value through drizzle, no batching, no separators. */
async function referenceRows(db: Database, period: ExportPeriod): Promise<RequestExportRow[]> {
  return (await db.all(sql`
    select r.id, o.name as organisation, o.siret, o.kind, o.departement, r.use_case as useCase,
      (select group_concat(scope, ',') from (select scope from request_scopes s where s.request_id = r.id order by scope)) as scopes,
      r.state, r.legal_framework_text as legalFrameworkText, r.legal_framework_url as legalFrameworkUrl,
      r.created_at as createdAt, r.first_submitted_at as firstSubmittedAt, r.decided_at as decidedAt,
      d.decision as lastDecision, d.motivation as lastMotivation
    from requests r join organisations o on o.id = r.organisation_id
    left join decisions d on d.id = (select max(id) from decisions where request_id = r.id)
    where r.created_at >= ${period.from} and r.created_at < ${period.to}
    order by r.id`)) as RequestExportRow[];
}

async function* each<T>(rows: readonly T[]): AsyncGenerator<T> {
  yield* rows;
}

async function bothWays(
  rows: number,
  period: ExportPeriod,
  separator: "," | ";",
  longText = 0,
  separatorsFrom?: number,
) {
  const { db } = await seed(rows, longText, separatorsFrom);
  const options = { separator, bom: true } as const;
  const batched = await collect(csvStream(REQUEST_COLUMNS, mapRows(requestRows(db, period), requestRow), options));
  const reference = await referenceRows(db, period);
  const expected = await collect(csvStream(REQUEST_COLUMNS, mapRows(each(reference), requestRow), options));
  const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true, fatal: true }).decode(bytes);
  expect(batched.bytes.length).toBe(expected.bytes.length);
  return {
    count: await countRequestRows(db, period),
    reference,
    batched: text(batched.bytes),
    expected: text(expected.bytes),
  };
}

const ALL: ExportPeriod = { from: 0, to: Number.MAX_SAFE_INTEGER };

describe("requests read for exports in text batches", () => {
  it.each([";", ","] as const)(
    "give byte for byte the reference CSV on hostile values (separator %s)",
    async (separator) => {
      const { count, reference, batched, expected } = await bothWays(2_300, ALL, separator);
      expect(count).toBe(2_300);
      expect(reference).toHaveLength(2_300);
      expect(expected.split("\r\n").length).toBeGreaterThan(2_300);
      expect(batched).toBe(expected);
    },
  );

  it("give the reference CSV for a period, with long texts", async () => {
    const period = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2025, 0, 1) };
    const { count, reference, batched, expected } = await bothWays(120, period, ";", 20_000);
    expect(count).toBe(reference.length);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(120);
    expect(batched).toBe(expected);
  });
});
