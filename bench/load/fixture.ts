/**
 * The load test's world: a copy of the scale database with its events sealed (as a running
 * instance has them), sessions for its 20 instructors and 20 applicants (as signing in would
 * write them: the identity provider is not what is measured), and the targets of each kind of
 * request, read from the database so that every path names something that exists.
 */

import { copyFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serializeSigned } from "hono/utils/cookie";
import { sealEvents } from "../../src/services/seal-events";
import { loadAudit } from "./audit";
import { migrateLibsql, openLibsql } from "../../src/storage/libsql";
import { scaleDatabase, schemaTag } from "../scale-db";

export const SESSION_SECRET = "load-test-secret-load-test-secret-000000";
const COOKIE = "__Host-cadre_session";
const INSTRUCTORS = 20; // users 1..20 of the scale database
const APPLICANTS = 20; // users 21..40, each the agent of organisation (id - 20)

export interface LoadWorld {
  readonly file: string;
  readonly instructorCookies: readonly string[];
  /** Requests an applicant may open, each with the cookie of an agent of its organisation. */
  readonly applicantPages: readonly { readonly path: string; readonly cookie: string }[];
  /** Submitted requests with their versions, each decided at most once. */
  readonly submitted: { id: number; version: number }[];
  readonly reviewIds: readonly number[];
  readonly deepCursors: readonly string[];
  readonly eventsBefore: number;
}

async function baseDatabase(requests: number, say: (line: string) => void): Promise<string> {
  const base = join(tmpdir(), `cadre-load-base-${requests}-${schemaTag()}.db`);
  if (existsSync(base)) return base;
  say(`préparation de la base (${requests} demandes, événements scellés)…`);
  const making = `${base}.making`;
  copyFileSync(scaleDatabase(requests), making);
  const handle = openLibsql({ url: `file:${making}` });
  await migrateLibsql(handle);
  await sealEvents({ db: handle.db, ...loadAudit, now: Date.now() });
  await handle.client.execute("pragma wal_checkpoint(truncate)");
  handle.client.close();
  copyFileSync(making, base);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${making}${suffix}`, { force: true });
  return base;
}

export const sessionCookie = async (sessionId: string) =>
  (await serializeSigned(COOKIE, sessionId, SESSION_SECRET, { secure: true, path: "/" })).split(";")[0]!;

export async function prepareWorld(requests: number, say: (line: string) => void): Promise<LoadWorld> {
  const file = join(tmpdir(), `cadre-load-run-${process.pid}.db`);
  copyFileSync(await baseDatabase(requests, say), file);
  const handle = openLibsql({ url: `file:${file}` });
  // The copy may predate a migration of this branch: bring it up to date before the server does.
  await migrateLibsql(handle);
  const { client } = handle;
  const now = Date.now();
  const instructorCookies: string[] = [];
  for (let user = 1; user <= INSTRUCTORS + APPLICANTS; user++) {
    await client.execute({
      sql: "insert into sessions (id, user_id, created_at, expires_at) values (?, ?, ?, ?)",
      args: [`load-${user}`, user, now, now + 3_600_000],
    });
    if (user <= INSTRUCTORS) instructorCookies.push(await sessionCookie(`load-${user}`));
  }
  const applicantRows = (
    await client.execute({
      sql: "select id, organisation_id from requests where organisation_id <= ? order by id limit 400",
      args: [APPLICANTS],
    })
  ).rows;
  const applicantPages = await Promise.all(
    applicantRows.map(async (row) => ({
      path: `/demandes/${row.id}`,
      cookie: await sessionCookie(`load-${INSTRUCTORS + Number(row.organisation_id)}`),
    })),
  );
  const submitted = (
    await client.execute("select id, version from requests where state = 'submitted' order by id desc")
  ).rows.map((row) => ({ id: Number(row.id), version: Number(row.version) }));
  const reviewIds = (
    await client.execute("select id from requests where state <> 'draft' order by id limit 500")
  ).rows.map((row) => Number(row.id));
  const deepCursors = (
    await client.execute(
      "select submitted_at, id from requests where state = 'submitted' order by submitted_at, id limit 40 offset 5000",
    )
  ).rows.map((row) => `${row.submitted_at}.${row.id}`);
  const eventsBefore = Number((await client.execute("select count(*) as n from events")).rows[0]!.n);
  await client.execute("pragma wal_checkpoint(truncate)");
  client.close();
  return { file, instructorCookies, applicantPages, submitted, reviewIds, deepCursors, eventsBefore };
}

export function removeWorld(world: Pick<LoadWorld, "file">): void {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${world.file}${suffix}`, { force: true });
}
