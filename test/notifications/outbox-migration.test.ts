/**
 * Migration 0012 names the request and the reason of every item already in the outbox: webhook
 * payloads carry their request id, e-mail subjects start with "Demande n° <id> :". Items that
 * name no known request stay unnamed (an admin cannot retry them: no history to audit them on).
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createClient, type Client } from "@libsql/client";
import { describe, expect, it } from "vitest";

const MIGRATIONS = join(__dirname, "../../migrations");

async function apply(client: Client, file: string): Promise<void> {
  for (const statement of readFileSync(join(MIGRATIONS, file), "utf8").split("--> statement-breakpoint")) {
    if (statement.trim()) await client.execute(statement);
  }
}

describe("migration 0012 (outbox request and topic)", () => {
  it("names the request and topic of the items written before it", async () => {
    const client = createClient({ url: ":memory:" });
    const files = readdirSync(MIGRATIONS)
      .filter((file) => file.endsWith(".sql"))
      .sort();
    const target = files.findIndex((file) => file.startsWith("0012_"));
    expect(target).toBeGreaterThan(0);
    for (const file of files.slice(0, target)) await apply(client, file);

    await client.execute(
      "insert into organisations (id, siret, name, kind, departement, created_at) values (1, '21350001600019', 'Commune', 'commune', '35', 0)",
    );
    await client.execute(
      "insert into users (id, email, name, role, organisation_id, created_at) values (1, 'agent@exemple.fr', 'Agent', 'applicant', 1, 0)",
    );
    await client.execute(
      "insert into requests (id, organisation_id, created_by_id, use_case, state, version, created_at, updated_at) values (42, 1, 1, 'demande-libre', 'accepted', 3, 0, 0)",
    );
    const items: [string, string, string][] = [
      ["email", "Demande n° 42 : validée", "Bonjour"],
      ["email", "Demande n° 42 : relance, acte tarifaire toujours attendu", "Bonjour"],
      ["webhook", "", JSON.stringify({ event: "accept", request_id: 42 })],
      ["email", "Demande n° 7 : refusée", "Bonjour"], // no such request
      ["email", "Bienvenue", "Bonjour"],
      ["webhook", "", "pas du JSON"],
    ];
    for (const [kind, subject, body] of items) {
      await client.execute({
        sql: "insert into outbox (kind, recipient, subject, body, next_attempt_at, created_at) values (?, 'x', ?, ?, 0, 0)",
        args: [kind, subject, body],
      });
    }

    await apply(client, files[target]!);
    const { rows } = await client.execute("select request_id, topic from outbox order by id");
    expect(rows.map((row) => [row.request_id, row.topic])).toEqual([
      [42, "decision"],
      [42, "reminder"],
      [42, "transition"],
      [null, null],
      [null, null],
      [null, null],
    ]);
    client.close();
  });
});
