/**
 * `npm run --silent first-admin:sql -- --email EMAIL --name "NOM" > premier-admin.sql`: the SQL
 * for the first administrator of a D1 database (stdout), and their API token (stderr, shown once).
 */

import { parseArgs } from "node:util";
import { randomHex, sha256Hex } from "../domain/digest";
import { firstAdminSql } from "../storage/first-admin-sql";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email) || !values.name?.trim()) {
  console.error('usage : first-admin:sql -- --email adresse@exemple.fr --name "Prénom Nom"');
  process.exit(2);
}
const token = `cadre_${randomHex(32)}`;
process.stdout.write(
  firstAdminSql({ email: values.email, name: values.name.trim(), tokenHash: await sha256Hex(token), now: Date.now() }),
);
console.error(
  `Jeton d'API de ${values.email} (affiché une seule fois, seule son empreinte est dans le SQL) :\n${token}`,
);
