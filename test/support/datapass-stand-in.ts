/**
 * A local stand-in for DataPass, speaking the protocol Cadre relies on: the OAuth2
 * client-credentials token endpoint, GET /api/v1/demandes/:id behind that token, and webhooks
 * signed the way DataPass signs them (HMAC-SHA256 of the raw body, `X-Hub-Signature-256`). The
 * tests change its state directly: demandes, slow answers, tokens that DataPass stops accepting.
 */

import { Hono } from "hono";
import { datapassSignature } from "../../src/datapass/signature";

export const CLIENT_ID = "cadre-client";
export const CLIENT_SECRET = "cadre-client-secret";
export const WEBHOOK_SECRET = "datapass-webhook-secret-0123456789";

export interface StandInDemande {
  id: number;
  public_id: string;
  form_uid: string;
  state: string;
  data: Record<string, unknown>;
  organisation: { siret: string; raison_sociale: string };
  applicant: { email: string; given_name: string; family_name: string };
}

export function createDatapassStandIn() {
  const demandes = new Map<number, StandInDemande>();
  const tokens = new Set<string>();
  const state = { tokensIssued: 0, demandeCalls: 0, tokenLifetimeSeconds: 3600 };
  // While set, demandes are not answered until the test lets them go (a DataPass that hangs).
  let held: Promise<void> | null = null;
  let sequence = 0;

  const app = new Hono();
  app.post("/api/v1/oauth/token", async (c) => {
    const form = new URLSearchParams(await c.req.text());
    if (
      form.get("grant_type") !== "client_credentials" ||
      form.get("client_id") !== CLIENT_ID ||
      form.get("client_secret") !== CLIENT_SECRET ||
      !(form.get("scope") ?? "").split(" ").includes("read_authorizations")
    ) {
      return c.json({ error: "invalid_client" }, 401);
    }
    const token = `token-${++sequence}`;
    tokens.add(token);
    state.tokensIssued++;
    return c.json({
      access_token: token,
      token_type: "Bearer",
      expires_in: state.tokenLifetimeSeconds,
      scope: "read_authorizations",
    });
  });
  // The collectivité's own site, where a demande's cadre_juridique_url may point: acts by name.
  const acts = new Map<string, Uint8Array>();
  app.get("/actes/:name", (c) => {
    const act = acts.get(c.req.param("name"));
    return act
      ? c.body(act as Uint8Array<ArrayBuffer>, 200, { "content-type": "application/pdf" })
      : c.text("introuvable", 404);
  });
  app.get("/api/v1/demandes/:id", async (c) => {
    state.demandeCalls++;
    if (held) await held;
    const token = /^Bearer (\S+)$/.exec(c.req.header("authorization") ?? "")?.[1];
    if (!token || !tokens.has(token)) return c.json({ error: "invalid_token" }, 401);
    const demande = demandes.get(Number(c.req.param("id")));
    return demande ? c.json(demande) : c.json({ error: "not_found" }, 404);
  });

  return {
    app,
    state,
    demandes,
    acts,
    /** DataPass stops answering demandes until the returned function is called. */
    hold(): () => void {
      let release = () => {};
      held = new Promise<void>((done) => (release = done));
      return () => {
        held = null;
        release();
      };
    },
    /** DataPass stops accepting every token it gave (as when they expire on its side). */
    expireTokens: () => tokens.clear(),
    /** A webhook as DataPass sends it: the JSON body and its signature header. */
    async webhook(event: string, demande: StandInDemande, firedAt: number, secret = WEBHOOK_SECRET) {
      const body = JSON.stringify({
        event,
        fired_at: firedAt,
        model_type: "authorization_request/api_particulier",
        data: {
          id: demande.id,
          public_id: demande.public_id,
          state: demande.state,
          organization: { siret: demande.organisation.siret },
          applicant: { email: demande.applicant.email },
        },
      });
      const signature = await datapassSignature(secret, new TextEncoder().encode(body));
      return { body, headers: { "content-type": "application/json", "x-hub-signature-256": signature } };
    },
  };
}

export type DatapassStandIn = ReturnType<typeof createDatapassStandIn>;
