/**
 * The instruction queue at 100,000 requests, as an instructor gets it (the whole HTTP handler:
 * session, queries, rendering), against its floor: the same SQL statements run directly
 * through libSQL in the same process. Also one review page, same idea.
 */

import { serializeSigned } from "hono/utils/cookie";
import { migrateLibsql, openLibsql } from "../src/storage/libsql";
import { createApp } from "../src/web/app";
import { type Benchmark, pairedMedianMs, round } from "./harness";
import { scaleDatabase } from "./scale-db";

const SECRET = "bench-secret-bench-secret-bench-secret-00";
const REQUESTS = 100_000;

async function setUp() {
  const handle = openLibsql({ url: `file:${scaleDatabase(REQUESTS)}` });
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

// The statements the queue page runs, written out: listing, five tab counts, instructors, session.
const LIST = `select r.id, r.state, r.use_case, r.organisation_id, o.name, o.departement, r.submitted_at, r.updated_at, r.created_at, r.assigned_instructor_id
  from requests r join organisations o on o.id = r.organisation_id where r.state in (?) %WHERE% order by r.submitted_at, r.id limit 51`;
const COUNT = "select count(*) from requests r %JOIN% where r.state in (%STATES%) %WHERE%";
const TABS = [
  ["'submitted'"],
  ["'tariff_act_requested'"],
  ["'submitted'", "'tariff_act_requested'"],
  ["'accepted'", "'rejected'"],
  ["'submitted'", "'tariff_act_requested'", "'accepted'", "'rejected'"],
];

function floor(
  client: Awaited<ReturnType<typeof setUp>>["client"],
  where: string,
  args: (string | number)[],
  join = "",
) {
  return async () => {
    await client.execute({
      sql: "select u.* from sessions s join users u on u.id = s.user_id where s.id = 'bench' and s.expires_at > ?",
      args: [Date.now()],
    });
    await client.execute({ sql: LIST.replace("%WHERE%", where), args: ["submitted", ...args] });
    for (const states of TABS) {
      await client.execute({
        sql: COUNT.replace("%STATES%", states.join(", ")).replace("%WHERE%", where).replace("%JOIN%", join),
        args,
      });
    }
    await client.execute("select * from users where role = 'instructor' order by name");
  };
}

const ORG_JOIN = "join organisations o on o.id = r.organisation_id";

export const queueBenchmarks: Benchmark[] = [
  ...[
    { name: "queue-first-page", path: "/instruction", where: "", args: [], join: "" },
    {
      name: "queue-filtered",
      path: "/instruction?dept=13&donnee=cnaf_enfants",
      where:
        "and o.departement = ? and exists (select 1 from request_scopes s where s.request_id = r.id and s.scope = ?)",
      args: ["13", "cnaf_enfants"],
      join: ORG_JOIN,
    },
    {
      name: "queue-search",
      path: "/instruction?q=hors%20commune",
      where: "and r.id in (select rowid from request_search where request_search match ?)",
      args: ['"hors"* "commune"*'],
      join: "",
    },
  ].map(({ name, path, where, args, join }): Benchmark => ({
    name,
    async run() {
      const { client, page } = await setUp();
      const [ours, baseline] = await pairedMedianMs(() => page(path), floor(client, where, args, join));
      client.close();
      return { name, ours: round(ours), baseline: round(baseline), unit: "ms/page", note: `${REQUESTS} demandes` };
    },
  })),
  {
    name: "queue-deep-page",
    async run() {
      const { client, page } = await setUp();
      // A cursor deep in the tab: the 20,000th submitted request.
      const deep = await client.execute(
        "select submitted_at, id from requests where state = 'submitted' order by submitted_at, id limit 1 offset 20000",
      );
      const row = deep.rows[0]!;
      const cursor = `${row.submitted_at}.${row.id}`;
      const [ours, baseline] = await pairedMedianMs(
        () => page(`/instruction?apres=${cursor}`),
        floor(client, "and (r.submitted_at > ? or (r.submitted_at = ? and r.id > ?))", [
          Number(row.submitted_at),
          Number(row.submitted_at),
          Number(row.id),
        ]),
      );
      client.close();
      return {
        name: this.name,
        ours: round(ours),
        baseline: round(baseline),
        unit: "ms/page",
        note: "curseur à la 20 000e demande",
      };
    },
  },
  {
    name: "review-page",
    async run() {
      const { client, page } = await setUp();
      const [ours, baseline] = await pairedMedianMs(
        () => page("/instruction/demandes/50000"),
        async () => {
          await client.execute({
            sql: "select u.* from sessions s join users u on u.id = s.user_id where s.id = 'bench' and s.expires_at > ?",
            args: [Date.now()],
          });
          await client.execute("select * from users where role = 'instructor' order by name");
          // The previous and next requests in the queue.
          await client.execute(
            LIST.replace("%WHERE%", "and (r.submitted_at < (select submitted_at from requests where id = 50000))")
              .replace("order by r.submitted_at, r.id limit 51", "order by r.submitted_at desc, r.id desc limit 1")
              .replace("(?)", "('submitted')"),
          );
          await client.execute(
            LIST.replace("%WHERE%", "and (r.submitted_at > (select submitted_at from requests where id = 50000))")
              .replace("limit 51", "limit 1")
              .replace("(?)", "('submitted')"),
          );
          await client.execute("select * from messages where request_id = 50000");
          await client.execute("select * from decisions where request_id = 50000 order by id desc limit 1");
          await client.execute(
            "select * from document_texts t join documents d on d.id = t.document_id where d.request_id = 50000",
          );
          await client.execute("select * from requests where id = 50000");
          await client.execute("select scope from request_scopes where request_id = 50000");
          await client.execute(
            "select * from organisations where id = (select organisation_id from requests where id = 50000)",
          );
          await client.execute(
            "select * from events e left join users u on u.id = e.actor_id where e.request_id = 50000 order by e.created_at, e.id",
          );
          await client.execute("select * from documents where request_id = 50000");
          await client.execute("select * from request_annotations where request_id = 50000");
        },
        15,
        3,
      );
      client.close();
      return { name: this.name, ours: round(ours), baseline: round(baseline), unit: "ms/page" };
    },
  },
];
