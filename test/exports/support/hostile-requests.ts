/**
 * Requests full of hostile values (quotes, separators, CR/LF, formula starts, accents, emoji,
 * NULLs, unknown codes, the batch separators themselves, dates around Paris's DST changes), and
 * the reference rows read value by value: shared by the batch tests (libSQL and D1) and the
 * worker-thread reader's tests (Node).
 */

import { sql } from "drizzle-orm";
import type { Database } from "../../../src/storage/database";
import type { ExportPeriod, RequestExportRow } from "../../../src/storage/export-store";

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
// the JSON way, the others as text (a batch is 400 rows).
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

export async function seedHostileRequests(
  db: Database,
  rows: number,
  longText = 0,
  separatorsFrom = Number.POSITIVE_INFINITY,
): Promise<void> {
  const hasSeparator = (id: number) => id >= separatorsFrom && id < separatorsFrom + 20;
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
  // No draft: drafts never reach an export (test/web/draft-privacy.test.ts).
  const states = ["submitted", "accepted", "rejected", "tariff_act_requested", "-étrange"];
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
}

/** The reference: the same rows read value by value through drizzle, no batching, no separators. */
export async function referenceRows(db: Database, period: ExportPeriod): Promise<RequestExportRow[]> {
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

export async function* each<T>(rows: readonly T[]): AsyncGenerator<T> {
  yield* rows;
}
