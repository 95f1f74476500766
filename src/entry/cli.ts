/**
 * `npm run --silent cadre -- <command>`: operations on the same database as `npm start`.
 *   token create --role applicant|instructor|reporter|admin [--siret SIRET] [--email EMAIL]
 *       prints one API token on one line (the organisation and user are created if needed)
 *   read-pending
 *       reads every document still waiting (including scans left by a Worker for OCR)
 *   purge-documents [--days N]
 *       deletes the files and text of requests decided more than N days ago
 *       (default: RETENTION_DAYS, else 365); names, sizes and digests stay
 *   verify-events [--checkpoint FILE]
 *       checks the audit chain with AUDIT_KEYS, then against the latest checkpoint (the last line
 *       of FILE, AUDIT_CHECKPOINT_FILE by default); names the first broken event (exit 1).
 *       Read-only: it never seals (the server's scheduled job does) and never migrates.
 *   read-remote --url https://cadre.example.fr --token ADMIN_TOKEN
 *       reads the scans a Worker (D1) left waiting, through its API, with OCR here
 *   send-remote --url https://cadre.example.fr --token ADMIN_TOKEN
 *       sends by SMTP here (SMTP_URL, EMAIL_FROM) the e-mails a Worker (D1) left in its outbox,
 *       through its API, until none is due; exit 1 if some could not be sent (retried later)
 *   backup --out FILE
 *       copies the whole database (one consistent snapshot, documents included) into a new
 *       SQLite file, while the instances keep running
 *   restore --from FILE
 *       writes a backup into the database DATABASE_URL names, which must be empty
 * Errors: one French line on stderr, exit code 2 (Cadre unreachable, token refused…).
 */

import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DomainError } from "../domain/errors";
import { isRole } from "../domain/roles";
import { createApiToken } from "../services/create-api-token";
import { purgeDocuments } from "../services/purge-documents";
import { verifyEventChain } from "../services/verify-event-chain";
import { readAuditKeys } from "../config";
import { ConfigError } from "../domain/errors";
import { formatDateTime } from "../domain/format";
import { checkpointFileFrom, fileCheckpointStore } from "./checkpoint-file";
import { backupDatabase } from "./backup-database";
import { restoreDatabase } from "./restore-database";
import { libsqlOptionsFrom, migrateLibsql, openLibsql, type LibsqlDatabase } from "../storage/libsql";
import { createEmailTransport } from "./email-transport";
import { createNodeGuard } from "./node-outbound";
import { createCompanyDirectory } from "../outbound/company-directory";
import { DEFAULT_COMPANY_DIRECTORY_URL, readConfig } from "../config";
import { randomHex } from "../domain/digest";
import { readPendingDocuments, readRemoteDocuments } from "./node-reader";
import { sendRemoteEmails } from "./node-sender";

const USAGE =
  "usage : cadre token create --role applicant|instructor|reporter|admin [--siret SIRET] [--email EMAIL] | cadre read-pending | cadre purge-documents [--days N] | cadre verify-events [--checkpoint FICHIER] | cadre read-remote --url URL --token JETON | cadre send-remote --url URL --token JETON | cadre backup --out FICHIER | cadre restore --from FICHIER";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: "string" },
      siret: { type: "string" },
      email: { type: "string" },
      url: { type: "string" },
      token: { type: "string" },
      days: { type: "string" },
      out: { type: "string" },
      from: { type: "string" },
      checkpoint: { type: "string" },
    },
  });
  const command = positionals.join(" ");
  if (command === "read-remote") {
    if (!values.url || !values.token) return fail(`--url et --token sont obligatoires. ${USAGE}`);
    const count = await readRemoteDocuments(values.url, values.token);
    console.log(`${count} document(s) lu(s)`);
    return 0;
  }
  if (command === "send-remote") return sendRemote(values.url, values.token);
  if (command === "backup" || command === "restore") return copyDatabase(command, values.out, values.from);
  if (
    command !== "token create" &&
    command !== "read-pending" &&
    command !== "purge-documents" &&
    command !== "verify-events"
  )
    return fail(USAGE);
  if (command === "verify-events") return verifyEvents(values.checkpoint);
  return withDatabase(async (handle) => {
    await migrateLibsql(handle);
    if (command === "purge-documents") {
      const days = Number(values.days ?? process.env.RETENTION_DAYS ?? 365);
      if (!Number.isInteger(days) || days < 1) return fail("--days doit être un nombre entier de jours (1 au moins).");
      const purged = await purgeDocuments(handle.db, days, Date.now());
      console.log(
        `${purged.documents} document(s) purgé(s) sur ${purged.requests} demande(s) décidée(s) depuis plus de ${days} jours`,
      );
      return 0;
    }
    if (command === "read-pending") {
      const count = await readPendingDocuments(handle.db);
      console.log(`${count} document(s) lu(s)`);
      return 0;
    }
    if (!values.role || !isRole(values.role)) return fail(`Rôle manquant ou inconnu. ${USAGE}`);
    const token = await createApiToken(
      handle.db,
      { role: values.role, siret: values.siret, email: values.email },
      Date.now(),
      companyDirectory(),
    );
    console.log(token);
    return 0;
  });
}

/** A new organisation's name from the API Recherche d'entreprises, through the outgoing guard. */
function companyDirectory() {
  const config = readConfig(process.env, randomHex);
  const guard = createNodeGuard({ allowLoopback: config.outboundAllowLoopback ?? false });
  return createCompanyDirectory(guard.fetch, config.companyDirectoryUrl ?? DEFAULT_COMPANY_DIRECTORY_URL);
}

/** Exit 0 when the chain verifies and matches the latest checkpoint, 1 when it does not. */
async function verifyEvents(checkpointFile?: string): Promise<number> {
  let keys;
  try {
    keys = readAuditKeys(process.env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  if (keys.insecure)
    console.error("Attention : AUDIT_KEYS absent, vérification avec la clé de développement, publique.");
  const store = fileCheckpointStore(checkpointFile ? resolve(checkpointFile) : checkpointFileFrom(process.env));
  const checkpoint = await store.latest();
  return withDatabase(async (handle) => {
    const report = await verifyEventChain(handle.db, keys, checkpoint);
    if (!report.ok) {
      console.error(
        `Journal d'audit altéré : premier événement touché, n° ${report.eventId} : ${report.reason} (${report.checked} événement(s) intact(s) avant).`,
      );
      return 1;
    }
    if (!report.checkpoint && report.checked > 0) {
      console.error(
        `Aucun point de contrôle dans ${store.where} : les ${report.checked} événement(s) scellé(s) se vérifient, mais des derniers événements supprimés avec leurs sceaux ne se verraient pas. Indiquez le fichier des points de contrôle (--checkpoint).`,
      );
      return 1;
    }
    const against = report.checkpoint
      ? `, conforme au point de contrôle du ${formatDateTime(Date.parse(report.checkpoint.at))} (${report.checkpoint.count} événement(s))`
      : "";
    console.log(
      `Chaîne des événements intacte : ${report.checked} événement(s) vérifié(s)${against}` +
        (report.unsealed ? ` ; ${report.unsealed} en attente de scellement.` : "."),
    );
    return 0;
  });
}

/** Without SMTP_URL the e-mail transport only logs: here that would mark unsent e-mails as sent. */
async function sendRemote(url?: string, token?: string): Promise<number> {
  if (!url || !token) return fail(`--url et --token sont obligatoires. ${USAGE}`);
  if (!process.env.SMTP_URL) {
    return fail(
      "SMTP_URL est obligatoire pour send-remote (par exemple smtp://utilisateur:motdepasse@smtp.exemple.fr:587).",
    );
  }
  const report = await sendRemoteEmails(
    url,
    token,
    createEmailTransport(process.env, () => {}),
    {
      log: (line) => console.log(line),
    },
  );
  console.log(
    `${report.sent} courriel(s) envoyé(s), ${report.retried} à retenter plus tard, ${report.failed} abandonné(s)` +
      (report.takenOver ? `, ${report.takenOver} repris par un autre répartiteur` : ""),
  );
  return report.retried + report.failed > 0 ? 1 : 0;
}

/** Backup reads the database as it is (no migration run on it); restore migrates its empty target. */
async function copyDatabase(command: "backup" | "restore", out?: string, from?: string): Promise<number> {
  if (command === "backup" && !out) return fail(`--out est obligatoire. ${USAGE}`);
  if (command === "restore" && !from) return fail(`--from est obligatoire. ${USAGE}`);
  return withDatabase(async (handle) => {
    const report =
      command === "backup" ? await backupDatabase(handle.client, out!) : await restoreDatabase(from!, handle);
    const rows = Object.values(report.tables).reduce((sum, count) => sum + count, 0);
    const tables = Object.keys(report.tables).length;
    console.log(
      command === "backup"
        ? `Sauvegarde écrite dans ${resolve(out!)} : ${rows} ligne(s) dans ${tables} table(s).`
        : `Restauration terminée : ${rows} ligne(s) dans ${tables} table(s).`,
    );
    return 0;
  });
}

/** The database DATABASE_URL names, closed afterwards; a refusal from a service is one French line. */
async function withDatabase(run: (handle: LibsqlDatabase) => Promise<number>): Promise<number> {
  const handle = openLibsql(libsqlOptionsFrom(process.env));
  try {
    return await run(handle);
  } catch (error) {
    if (error instanceof DomainError) return fail(error.message);
    throw error;
  } finally {
    handle.client.close();
  }
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`cadre : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
