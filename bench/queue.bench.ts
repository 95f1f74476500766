/**
 * The instruction queue and the review page as an instructor gets them (the whole HTTP handler:
 * session, queries, rendering), against physical floors: for a queue page, the indexed query a
 * careful engineer would write for the same 50 rows, without rendering; for the search, FTS5's
 * MATCH read in rowid order, LIMIT 50; for the review page, the request, its documents, findings
 * and events read by key. Measured in alternation on the same database in the same run.
 */

import type { Client } from "@libsql/client";
import { serializeSigned } from "hono/utils/cookie";
import { migrateLibsql, openLibsql } from "../src/storage/libsql";
import { createApp } from "../src/web/app";
import { type Benchmark, type Measured, pairedMedianMs, round } from "./harness";
import { scaleDatabase } from "./scale-db";

const SECRET = "bench-secret-bench-secret-bench-secret-00";
// Pages cost milliseconds: enough warm-up for V8 to optimise the rendering and the queries'
// paths, as in a server that has been running (measured: 27 ms cold, 6 ms after 20 pages, 4 ms
// after 200), then enough runs for a stable median.
const RUNS = 101;
const WARMUP = 200;

async function setUp(size: number) {
  const handle = openLibsql({ url: `file:${scaleDatabase(size)}` });
  await migrateLibsql(handle);
  await handle.client.execute({
    sql: "insert or replace into sessions (id, user_id, created_at, expires_at) values ('bench', 1, 0, ?)",
    args: [Date.now() + 3_600_000],
  });
  const app = createApp({
    db: handle.db,
    config: { production: false, demo: false, sessionSecret: SECRET, publicUrl: null },
    log: () => {},
  });
  const cookie = (await serializeSigned("cadre_session", "bench", SECRET)).split(";")[0]!;
  const page = async (path: string) => {
    const response = await app.request(`http://bench${path}`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    await response.text();
  };
  return { client: handle.client, page };
}

// The columns a queue line shows. CROSS JOIN makes SQLite keep the order written: the floor is
// the plan chosen by hand, not the planner's.
const COLUMNS = `r.id, r.state, r.use_case, r.organisation_id, o.name, o.departement, r.submitted_at, r.updated_at,
  r.created_at, r.assigned_instructor_id`;
const TAB_SCAN = `select ${COLUMNS} from requests r cross join organisations o on o.id = r.organisation_id
  where r.state = 'submitted' %KEYSET% order by r.submitted_at, r.id limit 50`;
const FILTERED = `select ${COLUMNS} from organisations o cross join requests r on r.organisation_id = o.id
  where o.departement = ? and r.state = 'submitted'
    and exists (select 1 from request_scopes s where s.request_id = r.id and s.scope = ?)
    and exists (select 1 from findings f where f.request_id = r.id and f.rule_id = ? and f.status = 'fail')
  order by r.submitted_at, r.id limit 50`;
const SEARCH = "select rowid from request_search where request_search match ? order by rowid limit 50";

async function rows(client: Client, sql: string, args: (string | number)[] = []) {
  const result = await client.execute({ sql, args });
  return result.rows.length;
}

interface QueueCase {
  readonly name: string;
  readonly floor: string;
  readonly target: number;
  /** The page's path and the floor, given the open database. */
  prepare(client: Client): Promise<{ path: string; floor: () => Promise<number>; note?: string }>;
}

const CASES: QueueCase[] = [
  {
    name: "queue-first-page",
    floor: "un parcours d'index de 50 lignes dans l'ordre de l'onglet",
    target: 2,
    async prepare(client) {
      return { path: "/instruction", floor: () => rows(client, TAB_SCAN.replace("%KEYSET%", "")) };
    },
  },
  {
    name: "queue-deep-page",
    floor: "le même parcours à partir du curseur",
    target: 2,
    async prepare(client) {
      const size = Number((await client.execute("select count(*) as n from requests")).rows[0]!.n);
      const offset = Math.floor(size / 5);
      const deep = await client.execute({
        sql: "select submitted_at, id from requests where state = 'submitted' order by submitted_at, id limit 1 offset ?",
        args: [offset],
      });
      const row = deep.rows[0]!;
      const keyset = "and (r.submitted_at, r.id) > (?, ?)";
      return {
        path: `/instruction?apres=${row.submitted_at}.${row.id}`,
        floor: () => rows(client, TAB_SCAN.replace("%KEYSET%", keyset), [Number(row.submitted_at), Number(row.id)]),
        note: `curseur à la ${offset}e demande soumise`,
      };
    },
  },
  {
    name: "queue-filtered",
    floor: "le même parcours, colonnes filtrées indexées (département → demandes de ses collectivités)",
    target: 2,
    async prepare(client) {
      return {
        path: "/instruction?dept=13&donnee=cnaf_enfants&regle=scope-justification",
        floor: () => rows(client, FILTERED, ["13", "cnaf_enfants", "scope-justification"]),
        note: "département 13 + cnaf_enfants + règle en échec",
      };
    },
  },
  {
    name: "queue-search",
    floor: "FTS5 MATCH lu dans l'ordre des rowid, LIMIT 50",
    target: 3,
    async prepare(client) {
      return {
        path: "/instruction?q=commune",
        floor: () => rows(client, SEARCH, ['"commune"*']),
        note: "« commune », présent dans tous les documents",
      };
    },
  },
];

export const queueBenchmarks: Benchmark[] = [
  ...CASES.map((queueCase): Benchmark => ({
    name: queueCase.name,
    floor: queueCase.floor,
    target: queueCase.target,
    sized: true,
    async run(size): Promise<Measured> {
      const { client, page } = await setUp(size);
      try {
        const { path, floor, note } = await queueCase.prepare(client);
        const [ours, floorMs] = await pairedMedianMs(() => page(path), floor, RUNS, WARMUP);
        return { ours: round(ours), floor: round(floorMs), unit: "ms/page", ...(note ? { note } : {}) };
      } finally {
        client.close();
      }
    },
  })),
  {
    name: "review-page",
    floor: "la demande, ses documents, constats et événements lus par clé",
    target: 2,
    sized: true,
    async run(size) {
      const { client, page } = await setUp(size);
      try {
        // A submitted request in the middle of the base, with findings (id multiple of 5).
        const id = Number(
          (
            await client.execute({
              sql: "select id from requests where state = 'submitted' and id % 5 = 0 and id >= ? order by id limit 1",
              args: [Math.floor(size / 2)],
            })
          ).rows[0]!.id,
        );
        const [ours, floor] = await pairedMedianMs(
          () => page(`/instruction/demandes/${id}`),
          async () => {
            await rows(
              client,
              "select r.*, o.* from requests r join organisations o on o.id = r.organisation_id where r.id = ?",
              [id],
            );
            await rows(client, "select * from documents where request_id = ?", [id]);
            await rows(client, "select * from findings where request_id = ?", [id]);
            await rows(client, "select * from events where request_id = ? order by request_version", [id]);
          },
          RUNS,
          WARMUP,
        );
        return { ours: round(ours), floor: round(floor), unit: "ms/page", note: `demande ${id}` };
      } finally {
        client.close();
      }
    },
  },
];
