/**
 * Notifications through the outbox, with real peers on loopback: an SMTP server (smtp-server)
 * and an HTTP receiver that checks the webhook signature. Nothing is lost while they are down.
 */

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";
import { createEmailTransport } from "../../src/entry/email-transport";
import { createNodeGuard } from "../../src/entry/node-outbound";
import { dispatchOutbox, RETRY_DELAYS_MS } from "../../src/notifications/dispatch-outbox";
import { createWebhookTransport, signWebhook } from "../../src/notifications/webhook-transport";
import { insertWebhook } from "../../src/storage/outbox-store";
import { outbox } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { decisionForm, submittedRequest } from "../support/requests";

const listen = (server: Server | SMTPServer, port = 0) =>
  new Promise<number>((done) =>
    server.listen(port, "127.0.0.1", () => done(((server as Server).address?.() as AddressInfo | null)?.port ?? port)),
  );

/** RFC 2047 "Q" encoded-words, as mail clients decode them. */
function decodeHeader(value: string): string {
  return value.replace(/=\?UTF-8\?Q\?(.*?)\?=\s*/gi, (_, encoded: string) => {
    const bytes = encoded
      .replace(/_/g, " ")
      .replace(/=([0-9A-F]{2})/gi, (_match: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return new TextDecoder().decode(Uint8Array.from(bytes, (char) => char.charCodeAt(0)));
  });
}

describe("outbox", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const hook = await insertWebhook(harness.db, { url: "http://127.0.0.1:9/none", secret: "s3cret" }, harness.clock.now);
  const items = () => harness.db.select().from(outbox);
  const closers: (() => void)[] = [];
  afterAll(() => closers.forEach((close) => close()));

  it("enqueues the e-mail and the webhook delivery with the decision, and nothing for a refused one", async () => {
    const id = await submittedRequest(harness, applicant);
    const before = (await items()).length; // the submission already produced a webhook delivery
    await harness.request(`/instruction/demandes/${id}/refuser`, {
      method: "POST",
      body: decisionForm(2, "Aucun tarif."),
      as: instructor,
    });
    const written = (await items()).slice(before);
    expect(written.map((item) => [item.kind, item.recipient])).toEqual([
      ["email", applicant.email],
      ["webhook", hook.url],
    ]);
    expect(written[0]?.subject).toBe(`Demande n° ${id} : refusée`);
    expect(written[0]?.body).toContain("Aucun tarif.");
    const stale = await harness.request(`/instruction/demandes/${id}/valider`, {
      method: "POST",
      body: decisionForm(2),
      as: instructor,
    });
    expect(stale.status).toBe(409);
    expect((await items()).length).toBe(before + 2);
  });

  it("keeps e-mails while SMTP is down, retries with backoff, then delivers to a real SMTP server", async () => {
    const received: { subject: string; text: string; to: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({
            subject: /^Subject: (.*)$/m.exec(raw)?.[1] ?? "",
            text: raw,
            to: session.envelope.rcptTo.map((address) => address.address).join(","),
          });
          callback();
        });
      },
    });
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const email = createEmailTransport({ SMTP_URL: `smtp://127.0.0.1:${port}` }, () => {});
    const first = await dispatchOutbox(harness.db, { email }, harness.clock.now);
    expect(first.sent).toBe(0);
    const waiting = (await items()).find((item) => item.kind === "email")!;
    expect(waiting).toMatchObject({
      status: "pending",
      attempts: 1,
      nextAttemptAt: harness.clock.now + RETRY_DELAYS_MS[0]!,
    });
    expect(waiting.lastError).toBeTruthy();

    await listen(smtp, port);
    closers.push(() => smtp.close());
    expect((await dispatchOutbox(harness.db, { email }, harness.clock.now)).sent).toBe(0); // not due yet
    harness.clock.now += RETRY_DELAYS_MS[0]!;
    expect((await dispatchOutbox(harness.db, { email }, harness.clock.now)).sent).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toBe(applicant.email);
    expect(decodeHeader(received[0]!.subject)).toMatch(/^Demande n° \d+ : refusée$/);
    expect((await harness.db.select().from(outbox).where(eq(outbox.id, waiting.id)))[0]?.status).toBe("sent");
  });

  it("signs webhook deliveries and retries a receiver that fails", async () => {
    const seen: { valid: boolean; body: string }[] = [];
    let failNext = true;
    const receiver = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", async () => {
        const timestamp = String(request.headers["x-cadre-timestamp"]);
        const valid = request.headers["x-cadre-signature"] === (await signWebhook("s3cret", timestamp, body));
        seen.push({ valid, body });
        response.statusCode = failNext ? 500 : 204;
        failNext = false;
        response.end();
      });
    });
    const port = await listen(receiver);
    closers.push(() => receiver.close());
    const target = await insertWebhook(
      harness.db,
      { url: `http://127.0.0.1:${port}/cadre`, secret: "s3cret" },
      harness.clock.now,
    );
    const id = await submittedRequest(harness, applicant);
    await harness.request(`/instruction/demandes/${id}/valider`, {
      method: "POST",
      body: decisionForm(2),
      as: instructor,
    });
    // The receiver is on loopback: allowed here by the setting tests and the demo may use.
    const webhook = createWebhookTransport(createNodeGuard({ allowLoopback: true }).fetch, () => harness.clock.now);
    const mine = async () => (await items()).filter((item) => item.webhookId === target.id);

    await dispatchOutbox(harness.db, { webhook }, harness.clock.now);
    harness.clock.now += RETRY_DELAYS_MS[0]!;
    await dispatchOutbox(harness.db, { webhook }, harness.clock.now);
    expect((await mine()).map((item) => item.status)).toEqual(["sent", "sent"]);
    expect(seen.every((delivery) => delivery.valid)).toBe(true);
    const accepted = seen
      .map((delivery) => JSON.parse(delivery.body) as { event: string; request_id: number })
      .find((body) => body.event === "accept");
    expect(accepted?.request_id).toBe(id);
  });

  it("gives up after the last retry and says why", async () => {
    const broken = async () => {
      throw new Error("connexion refusée");
    };
    for (let round = 0; round <= RETRY_DELAYS_MS.length; round++) {
      await dispatchOutbox(harness.db, { webhook: broken }, harness.clock.now);
      harness.clock.now += 13 * 3_600_000;
    }
    const dead = (await items()).filter((item) => item.webhookId === hook.id);
    expect(dead.length).toBeGreaterThan(0);
    expect(dead.every((item) => item.status === "failed" && item.lastError === "connexion refusée")).toBe(true);
  });
});

describe("outbox with several dispatchers", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");

  it("sends each item once when two instances dispatch at the same moment", async () => {
    for (let round = 0; round < 3; round++) {
      const id = await submittedRequest(harness, applicant);
      await harness.request(`/instruction/demandes/${id}/valider`, {
        method: "POST",
        body: decisionForm(2),
        as: instructor,
      });
    }
    const due = (await harness.db.select().from(outbox)).filter((item) => item.kind === "email");
    expect(due.length).toBe(3);
    const sent: string[] = [];
    const email = async (message: { subject: string }) => {
      await new Promise((done) => setTimeout(done, 5)); // a real send takes time: both are in flight
      sent.push(message.subject);
    };
    const reports = await Promise.all([
      dispatchOutbox(harness.db, { email }, harness.clock.now),
      dispatchOutbox(harness.db, { email }, harness.clock.now),
    ]);
    expect(sent.sort()).toEqual(due.map((item) => item.subject).sort());
    expect(reports[0]!.sent + reports[1]!.sent).toBe(3);
    const after = await harness.db.select().from(outbox).where(eq(outbox.kind, "email"));
    expect(after.every((item) => item.status === "sent")).toBe(true);
  });
});
