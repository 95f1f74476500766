/**
 * `npm run seed:scale -- --requests 100000 --file data/scale.db`: a realistic large database,
 * made inside SQLite with recursive CTEs (seconds, not hours): organisations, instructors,
 * requests over two years in every state, scopes, documents' text, events, decisions, findings.
 */

import { parseArgs } from "node:util";
import { rmSync } from "node:fs";
import { migrateLibsql, openLibsql } from "../src/storage/libsql";

const { values } = parseArgs({
  options: { requests: { type: "string", default: "100000" }, file: { type: "string", default: "data/scale.db" } },
});
const total = Number(values.requests);
const file = values.file!;
rmSync(file, { force: true });
rmSync(`${file}-wal`, { force: true });
rmSync(`${file}-shm`, { force: true });

const handle = openLibsql({ url: `file:${file}` });
await migrateLibsql(handle);
const { client } = handle;
const started = performance.now();
const now = Date.now();
const DAY = 86_400_000;
const ORGANISATIONS = Math.max(10, Math.min(5_000, Math.floor(total / 50)));

// A multiplicative hash gives well-spread, repeatable pseudo-random numbers per row.
const rnd = (expr: string, salt: number, modulo: number) =>
  `((((${expr}) * 2654435761 + ${salt}) % 4294967296) % ${modulo})`;
const seq = (n: number) => `with recursive n(i) as (select 1 union all select i + 1 from n where i < ${n})`;

const steps: [string, string][] = [
  [
    "organisations",
    `${seq(ORGANISATIONS)} insert into organisations (id, siret, name, kind, departement, created_at)
    select i, printf('21%06d%06d', i, i), printf('Commune n° %d', i), 'commune', printf('%02d', 1 + ${rnd("i", 7, 95)}), ${now} from n`,
  ],
  [
    "users",
    `${seq(ORGANISATIONS + 20)} insert into users (id, email, name, role, organisation_id, disabled, created_at)
    select i, printf('user%d@scale.local', i), printf('Agent %d', i),
      case when i <= 20 then 'instructor' else 'applicant' end, case when i <= 20 then null else i - 20 end, 0, ${now} from n`,
  ],
  [
    "requests",
    `${seq(total)} insert into requests (id, organisation_id, created_by_id, use_case, legal_framework_text, legal_framework_url, state, version,
      assigned_instructor_id, created_at, updated_at, first_submitted_at, submitted_at, decided_at)
    select i, 1 + (i % ${ORGANISATIONS}), 21 + (i % ${ORGANISATIONS}),
      case ${rnd("i", 3, 4)} when 0 then 'tarification-municipale-enfance' when 1 then 'aides-sociales-ccas' when 2 then 'tarification-transports' else 'tarification-cantines-colleges' end,
      printf('Délibération n° %d fixant les tarifs', i), null,
      case when ${rnd("i", 11, 100)} < 10 then 'draft' when ${rnd("i", 11, 100)} < 35 then 'submitted' when ${rnd("i", 11, 100)} < 43 then 'tariff_act_requested'
           when ${rnd("i", 11, 100)} < 88 then 'accepted' else 'rejected' end,
      case when ${rnd("i", 11, 100)} < 10 then 1 when ${rnd("i", 11, 100)} < 35 then 2 else 3 end,
      case when ${rnd("i", 5, 3)} = 0 then null else 1 + ${rnd("i", 13, 20)} end,
      ${now} - (${total} - i) * ${Math.floor((730 * DAY) / total)}, ${now} - (${total} - i) * ${Math.floor((730 * DAY) / total)},
      case when ${rnd("i", 11, 100)} < 10 then null else ${now} - (${total} - i) * ${Math.floor((730 * DAY) / total)} + 3600000 end,
      case when ${rnd("i", 11, 100)} < 10 then null else ${now} - (${total} - i) * ${Math.floor((730 * DAY) / total)} + 3600000 end,
      case when ${rnd("i", 11, 100)} >= 43 then ${now} - (${total} - i) * ${Math.floor((730 * DAY) / total)} + (1 + ${rnd("i", 17, 30)}) * ${DAY} else null end
    from n`,
  ],
  [
    "scopes",
    `insert into request_scopes (request_id, scope)
    select id, 'cnaf_quotient_familial' from requests union all
    select id, 'cnaf_adresse' from requests where id % 2 = 0 union all
    select id, 'cnaf_enfants' from requests where id % 5 = 0`,
  ],
  [
    "events",
    `insert into events (request_id, request_version, actor_id, type, from_state, to_state, payload, created_at)
    select id, 1, created_by_id, 'created', null, 'draft', '{}', created_at from requests union all
    select id, 2, created_by_id, 'submit', 'draft', 'submitted', '{}', submitted_at from requests where state <> 'draft' union all
    select id, 3, 1 + (id % 20), case state when 'accepted' then 'accept' when 'rejected' then 'reject' else 'request_tariff_act' end,
      'submitted', state, '{}', coalesce(decided_at, submitted_at + 86400000) from requests where state in ('accepted', 'rejected', 'tariff_act_requested')`,
  ],
  [
    "decisions",
    `insert into decisions (request_id, author_id, decision, motivation, request_version, created_at)
    select id, 1 + (id % 20), case state when 'accepted' then 'accept' when 'rejected' then 'reject' else 'request_tariff_act' end,
      case state when 'accepted' then '' else 'La délibération ne fixe pas de tarif selon le nombre d''enfants.' end, 3,
      coalesce(decided_at, submitted_at + 86400000) from requests where state in ('accepted', 'rejected', 'tariff_act_requested')`,
  ],
  [
    "findings",
    `insert into findings (request_id, rule_id, status, scope, message, evidence, created_at)
    select id, 'scope-justification', case when id % 3 = 0 then 'fail' else 'pass' end, 'cnaf_enfants', 'Identités enfants', '[]', created_at
    from requests where id % 5 = 0`,
  ],
  [
    "search text",
    `update request_search set documents = 'Le conseil municipal fixe les tarifs de la restauration scolaire selon le quotient familial '
      || case when rowid % 7 = 0 then 'et majore le tarif des familles domiciliées hors commune' else 'pour les familles de la commune' end`,
  ],
];

await client.execute("pragma synchronous = off");
for (const [name, statement] of steps) {
  const start = performance.now();
  await client.execute(statement);
  console.log(`${name.padEnd(14)} ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
await client.execute("analyze");
console.log(`${total} demandes dans ${file} en ${((performance.now() - started) / 1000).toFixed(1)} s`);
client.close();
