/**
 * DataPass's API as Cadre uses it: an OAuth2 client-credentials token (scope
 * read_authorizations), kept until shortly before it expires, and the demandes it reads. A
 * token DataPass refuses (401) is dropped and asked for again, once.
 */

import { callJson, DatapassUnavailable, type Fetch } from "./http";
import { readDemande, type DatapassDemande } from "./messages";

export interface DatapassSettings {
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly webhookSecret: string;
  /** Per call; 10 s unless a test or a deployment says otherwise. */
  readonly timeoutMs?: number;
}

export interface DatapassClient {
  /** The demande, or null when DataPass does not know the id. */
  demande(id: number): Promise<DatapassDemande | null>;
}

// A token is renewed this long before DataPass says it expires, so no call carries a dying one.
const EXPIRY_MARGIN_MS = 30_000;

export function createDatapassClient(settings: DatapassSettings, fetcher: Fetch, now: () => number): DatapassClient {
  const base = settings.url.replace(/\/+$/, "");
  const timeoutMs = settings.timeoutMs ?? 10_000;
  let cached: { token: string; until: number } | null = null;

  async function token(): Promise<string> {
    if (cached && now() < cached.until) return cached.token;
    const answer = await callJson(
      fetcher,
      `${base}/api/v1/oauth/token`,
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body: new URLSearchParams({
          grant_type: "client_credentials",
          client_id: settings.clientId,
          client_secret: settings.clientSecret,
          scope: "read_authorizations",
        }).toString(),
      },
      timeoutMs,
    );
    const body = answer.body as { access_token?: unknown; expires_in?: unknown } | null;
    if (answer.status !== 200 || typeof body?.access_token !== "string") {
      throw new DatapassUnavailable(
        `DataPass a refusé le jeton d'accès (HTTP ${answer.status}) : vérifiez DATAPASS_CLIENT_ID et DATAPASS_CLIENT_SECRET.`,
      );
    }
    const lifetimeMs = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in * 1000 : 0;
    cached = { token: body.access_token, until: now() + Math.max(0, lifetimeMs - EXPIRY_MARGIN_MS) };
    return cached.token;
  }

  async function read(id: number) {
    return callJson(
      fetcher,
      `${base}/api/v1/demandes/${id}`,
      { headers: { authorization: `Bearer ${await token()}`, accept: "application/json" } },
      timeoutMs,
    );
  }

  return {
    async demande(id) {
      let answer = await read(id);
      if (answer.status === 401) {
        cached = null;
        answer = await read(id);
      }
      if (answer.status === 404) return null;
      if (answer.status !== 200)
        throw new DatapassUnavailable(`DataPass a répondu HTTP ${answer.status} pour la demande ${id}.`);
      return readDemande(answer.body);
    },
  };
}
