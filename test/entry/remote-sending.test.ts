/**
 * The Node dispatcher for a Worker's e-mails, end to end: Cadre served over real HTTP on
 * loopback, on a libSQL database file, with no dispatcher of its own (as on Workers); a real
 * SMTP server (smtp-server). `sendRemoteEmails` (what `cadre send-remote` runs) claims the
 * e-mails through the API and sends them by SMTP; with the SMTP server down, the failure is
 * recorded and the e-mail goes out on a later run. The CLI itself is run once for its summary
 * and once with a refused token, for its exit codes.
 */

import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/documents/extract";
import { createEmailTransport } from "../../src/entry/email-transport";
import { RemoteSendingError, sendRemoteEmails } from "../../src/entry/node-sender";
import { RETRY_DELAYS_MS } from "../../src/notifications/outbox-claims";
import { createApiToken } from "../../src/services/create-api-token";
import { migrateLibsql, openLibsql } from "../../src/storage/libsql";
import { outbox } from "../../src/storage/schema";
import { createApp } from "../../src/web/app";
import { createHarnessFor, SECRET } from "../support/harness-core";
import { decisionForm, submittedRequest } from "../support/requests";
import { runCli } from "../support/run-cli";

interface Received {
  readonly to: string;
  readonly raw: string;
}

/** The body as a mail client shows it: quoted-printable soft breaks and bytes decoded (UTF-8). */
function bodyText(raw: string): string {
  const body = raw.slice(raw.indexOf("\r\n\r\n") + 4).replace(/=\r?\n/g, "");
  const bytes = body.replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return new TextDecoder().decode(Uint8Array.from(bytes, (char) => char.charCodeAt(0)));
}

/** RFC 2047 "Q" encoded-words of the subject, decoded. */
function subject(raw: string): string {
  const value = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? "";
  return value.replace(/=\?UTF-8\?Q\?(.*?)\?=\s*/gi, (_, encoded: string) => {
    const bytes = encoded
      .replace(/_/g, " ")
      .replace(/=([0-9A-F]{2})/gi, (_match: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return new TextDecoder().decode(Uint8Array.from(bytes, (char) => char.charCodeAt(0)));
  });
}

function smtpServer(received: Received[]): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((address) => address.address).join(","), raw });
        callback();
      });
    },
  });
}

function listenSmtp(server: SMTPServer, port: number): Promise<void> {
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done()));
}

function closeSmtp(server: SMTPServer): Promise<void> {
  return new Promise((done) => server.close(() => done()));
}

describe("cadre send-remote against a Cadre without SMTP", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cadre-send-remote-"));
  const handle = openLibsql({ url: `file:${join(dir, "cadre.db")}` });
  await migrateLibsql(handle);
  const harness = createHarnessFor(handle.db, (bytes) => extractDocument(bytes, { allowOcr: false }));
  const app = createApp({
    db: handle.db,
    config: { production: false, demo: false, sessionSecret: SECRET, publicUrl: null },
    now: () => harness.clock.now,
    log: () => {},
    clientAddress: () => "127.0.0.1",
  });
  const listener = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((done) => listener.once("listening", () => done()));
  const baseUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  const admin = await createApiToken(handle.db, { role: "admin" }, harness.clock.now);
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const smtpPort = 20_000 + Math.floor(Math.random() * 20_000);
  const email = createEmailTransport({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}` }, () => {});
  const emails = () => handle.db.select().from(outbox).where(eq(outbox.kind, "email")).orderBy(outbox.id);
  const received: Received[] = [];
  let smtp: SMTPServer | null = null;

  afterAll(async () => {
    if (smtp) await closeSmtp(smtp);
    await new Promise<void>((done) => listener.close(() => done()));
    handle.client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function decide(action: "valider" | "refuser", motivation = ""): Promise<number> {
    const id = await submittedRequest(harness, applicant);
    const decided = await harness.request(`/instruction/demandes/${id}/${action}`, {
      method: "POST",
      body: decisionForm(2, motivation),
      as: instructor,
    });
    expect(decided.status).toBe(303);
    return id;
  }

  it("sends a decision's e-mail by SMTP and marks it sent", async () => {
    smtp = smtpServer(received);
    await listenSmtp(smtp, smtpPort);
    const id = await decide("refuser", "Aucun tarif selon le quotient familial.");
    const lines: string[] = [];
    const report = await sendRemoteEmails(baseUrl, admin, email, { log: (line) => lines.push(line) });
    expect(report).toEqual({ sent: 1, retried: 0, failed: 0, takenOver: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toBe(applicant.email);
    expect(bodyText(received[0]!.raw)).toContain("Aucun tarif selon le quotient familial.");
    expect(subject(received[0]!.raw)).toBe(`Demande n° ${id} : refusée`);
    const [row] = await emails();
    expect(row).toMatchObject({ status: "sent", sentAt: harness.clock.now, attempts: 0 });
    expect(lines).toEqual([`courriel n° ${row!.id} : envoyé`]);
    // Nothing is due any more: a second run sends nothing twice.
    expect(await sendRemoteEmails(baseUrl, admin, email)).toEqual({ sent: 0, retried: 0, failed: 0, takenOver: 0 });
    expect(received).toHaveLength(1);
  });

  it("records the failure while SMTP is down, and sends the e-mail on a later run", async () => {
    await closeSmtp(smtp!);
    smtp = null;
    await decide("valider");
    const [, waiting] = await emails();
    const down = await sendRemoteEmails(baseUrl, admin, email);
    expect(down).toEqual({ sent: 0, retried: 1, failed: 0, takenOver: 0 });
    const failed = (await emails())[1]!;
    expect(failed).toMatchObject({
      id: waiting!.id,
      status: "pending",
      attempts: 1,
      nextAttemptAt: harness.clock.now + RETRY_DELAYS_MS[0]!,
    });
    expect(failed.lastError).toMatch(/ECONNREFUSED/);
    // Before its retry time, it is not handed out again.
    expect(await sendRemoteEmails(baseUrl, admin, email)).toEqual({ sent: 0, retried: 0, failed: 0, takenOver: 0 });

    harness.clock.now += RETRY_DELAYS_MS[0]!;
    smtp = smtpServer(received);
    await listenSmtp(smtp, smtpPort);
    expect(await sendRemoteEmails(baseUrl, admin, email)).toEqual({ sent: 1, retried: 0, failed: 0, takenOver: 0 });
    expect(received).toHaveLength(2);
    expect(received[1]!.to).toBe(applicant.email);
    expect((await emails()).map((row) => row.status)).toEqual(["sent", "sent"]);
  });

  it("stops with an error when Cadre refuses the token or cannot be reached", async () => {
    const instructorToken = await createApiToken(handle.db, { role: "instructor" }, harness.clock.now);
    await expect(sendRemoteEmails(baseUrl, "jeton-inconnu", email)).rejects.toThrow(RemoteSendingError);
    await expect(sendRemoteEmails(baseUrl, instructorToken, email)).rejects.toThrow(
      "réservation des courriels : HTTP 403, Cet espace n'est pas ouvert à votre rôle.",
    );
    await expect(sendRemoteEmails("http://127.0.0.1:9", admin, email)).rejects.toThrow(/Cadre injoignable/);
  });

  it("runs as `cadre send-remote`: a summary line, and exit codes for cron", { timeout: 60_000 }, async () => {
    await decide("refuser", "Délibération illisible.");
    const env = { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, EMAIL_FROM: "Cadre <cadre@exemple.fr>" };
    const sent = await runCli(["send-remote", "--url", baseUrl, "--token", admin], env);
    expect(sent.output).toMatch(
      /courriel n° \d+ : envoyé\n1 courriel\(s\) envoyé\(s\), 0 à retenter plus tard, 0 abandonné\(s\)\n$/,
    );
    expect(sent.code).toBe(0);
    expect(received).toHaveLength(3);
    expect(received[2]!.raw).toContain("From: Cadre <cadre@exemple.fr>");
    expect(bodyText(received[2]!.raw)).toContain("Délibération illisible.");
    expect((await emails()).every((row) => row.status === "sent")).toBe(true);

    await closeSmtp(smtp!);
    smtp = null;
    await decide("valider");
    const down = await runCli(["send-remote", "--url", baseUrl, "--token", admin], env);
    expect(down.output).toMatch(/0 courriel\(s\) envoyé\(s\), 1 à retenter plus tard, 0 abandonné\(s\)\n$/);
    expect(down.code).toBe(1);
    expect((await emails()).at(-1)).toMatchObject({ status: "pending", attempts: 1 });

    const refused = await runCli(["send-remote", "--url", baseUrl, "--token", "jeton-inconnu"], env);
    expect(refused.code).toBe(2);
    expect(refused.output).toMatch(/^cadre : réservation des courriels : HTTP 401/);

    const withoutSmtp = await runCli(["send-remote", "--url", baseUrl, "--token", admin], { SMTP_URL: "" });
    expect(withoutSmtp.code).toBe(2);
    expect(withoutSmtp.output).toMatch(/SMTP_URL est obligatoire/);
  });
});
