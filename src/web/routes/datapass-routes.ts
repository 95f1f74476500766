/**
 * DataPass's webhooks (docs/datapass.md): the raw body's HMAC is checked before anything is
 * read, then one service applies the event. Without the four DATAPASS_* settings the route does
 * not exist (404). Answers are JSON; a DataPass that cannot be reached gets 502, so that
 * DataPass delivers the webhook again later.
 */

import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { DomainError, invalid } from "../../domain/errors";
import { DatapassUnavailable } from "../../datapass/http";
import { readWebhook } from "../../datapass/messages";
import { isSignedByDatapass } from "../../datapass/signature";
import { receiveDatapassEvent } from "../../services/receive-datapass-event";
import { scheduleActFetch } from "../schedule-act-fetch";
import type { AppEnv } from "../app-env";

export const datapassRoutes = new Hono<AppEnv>();

const smallBody = bodyLimit({
  maxSize: 256 * 1024,
  onError: () => {
    throw new HTTPException(413, { message: "Webhook DataPass trop grand (256 Ko au plus)." });
  },
});

datapassRoutes.post("/webhooks/datapass", smallBody, async (c) => {
  const { config, db } = c.var.deps;
  const client = c.var.datapass;
  if (!config.datapass || !client) return c.notFound();
  const raw = new Uint8Array(await c.req.arrayBuffer());
  if (!(await isSignedByDatapass(config.datapass.webhookSecret, raw, c.req.header("x-hub-signature-256")))) {
    throw new DomainError("UNAUTHENTICATED", "Signature X-Hub-Signature-256 absente ou fausse : webhook ignoré.");
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    throw invalid("Webhook DataPass illisible : le corps n'est pas du JSON.");
  }
  const webhook = readWebhook(body);
  try {
    const result = await receiveDatapassEvent(
      { db, now: c.var.deps.now ?? Date.now },
      {
        webhook,
        readDemande: (id) => client.demande(id),
        linkUrl: `${config.datapass.url}/demandes/${webhook.datapassId}`,
      },
    );
    // An act given by its address (cadre_juridique_url) is fetched and read like an upload,
    // after the answer, through the outgoing guard.
    if ((result.outcome === "imported" || result.outcome === "updated") && result.requestId !== null)
      scheduleActFetch(c, result.requestId);
    return c.json({ outcome: result.outcome, request_id: result.requestId });
  } catch (error) {
    if (error instanceof DatapassUnavailable) throw new HTTPException(502, { message: error.message });
    throw error;
  }
});
