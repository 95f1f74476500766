/**
 * A real OpenID Connect provider (the npm package oidc-provider) on loopback, shaped like
 * ProConnect: the same scopes and claim names, a signed userinfo, PKCE, end-session with
 * id_token_hint. It serves the demo (`npm start`) and the tests; Node only, never imported by
 * the Worker, never started in production. Sign-in is a small French form listing the accounts
 * (no password: these identities are fictitious); consent is implied for the one client.
 */

import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import type { DemoIdentity } from "./oidc-accounts";

interface DemoClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris: readonly string[];
}

export interface DemoIdentityProvider {
  readonly issuer: string;
  /** Starts answering, for this client (its redirect URIs are known once Cadre listens). */
  register(client: DemoClient): void;
  close(): Promise<void>;
}

const SCOPES = "openid email given_name usual_name siret uid idp_id";

export async function listenDemoIdentityProvider(options: {
  port: number;
  host?: string;
  identities: readonly DemoIdentity[];
}): Promise<DemoIdentityProvider> {
  const host = options.host ?? "127.0.0.1";
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => {
    if (handler) return handler(req, res);
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8" }).end("Fournisseur d'identité pas encore prêt.");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const issuer = `http://${host}:${port}`;
  return {
    issuer,
    register(client) {
      const provider = new Provider(issuer, configuration(client, options.identities));
      const callback = provider.callback();
      handler = (req, res) => {
        const url = new URL(req.url ?? "/", issuer);
        if (url.pathname.startsWith("/interaction/")) {
          interaction(provider, req, res, url, options.identities).catch((error: unknown) => {
            if (!res.headersSent) page(res, 400, "Connexion impossible", `<p>${escape(describe(error))}</p>`);
          });
          return;
        }
        callback(req, res);
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function configuration(client: DemoClient, identities: readonly DemoIdentity[]): Configuration {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [...client.redirectUris],
        post_logout_redirect_uris: [...client.postLogoutRedirectUris],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
        // Like ProConnect: the userinfo comes back as a signed JWT.
        userinfo_signed_response_alg: "RS256",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "demo", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: {
      openid: ["sub"],
      email: ["email"],
      given_name: ["given_name"],
      usual_name: ["usual_name"],
      siret: ["siret"],
      uid: ["uid"],
      idp_id: ["idp_id"],
    },
    scopes: SCOPES.split(" "),
    pkce: { required: () => true },
    // Seconds; short, as befits a demo (and set, so that oidc-provider does not warn about defaults).
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Grant: 43_200, Session: 43_200 },
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const identity = identities.find((candidate) => candidate.email === sub);
      if (!identity) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: identity.email,
          given_name: identity.givenName,
          usual_name: identity.usualName,
          siret: identity.siret,
          uid: sub,
          idp_id: "demo",
        }),
      };
    },
    // One first-party client: its consent is implied, as ProConnect does for registered services.
    async loadExistingGrant(ctx) {
      const session = ctx.oidc.session!;
      const clientId = ctx.oidc.client!.clientId;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(clientId);
      const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      if (existing) return existing;
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: session.accountId! });
      grant.addOIDCScope(SCOPES);
      await grant.save();
      return grant;
    },
    async renderError(ctx, output) {
      ctx.type = "html";
      ctx.body = layout(
        "Erreur du fournisseur d'identité",
        `<p>${escape(String(output.error))} : ${escape(String(output.error_description ?? ""))}</p>`,
      );
    },
  };
}

/** GET: the sign-in form; POST …/login: the chosen account; POST …/abort: the user declines. */
async function interaction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  identities: readonly DemoIdentity[],
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const base = `/interaction/${details.uid}`;
  if (req.method === "POST" && url.pathname === `${base}/abort`) {
    await provider.interactionFinished(
      req,
      res,
      { error: "access_denied", error_description: "La personne a refusé la connexion." },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  if (req.method === "POST" && url.pathname === `${base}/login`) {
    const email = new URLSearchParams(await readBody(req)).get("email")?.trim().toLowerCase() ?? "";
    if (identities.some((identity) => identity.email === email)) {
      await provider.interactionFinished(req, res, { login: { accountId: email } }, { mergeWithLastSubmission: false });
      return;
    }
    return loginForm(res, base, identities, `Aucun compte de démonstration n'a l'adresse « ${email} ».`);
  }
  if (req.method === "GET" && url.pathname === base) return loginForm(res, base, identities);
  page(res, 404, "Page introuvable", "<p>Cette étape de connexion n'existe pas.</p>");
}

function loginForm(res: ServerResponse, base: string, identities: readonly DemoIdentity[], error?: string) {
  const buttons = identities
    .map(
      (identity) =>
        `<li><form method="post" action="${base}/login"><input type="hidden" name="email" value="${escape(identity.email)}">` +
        `<button type="submit">${escape(`${identity.givenName} ${identity.usualName}`)}</button> ` +
        `<span>${escape(identity.email)} — SIRET ${escape(identity.siret)}</span></form></li>`,
    )
    .join("");
  page(
    res,
    error ? 422 : 200,
    "Fournisseur d'identité de démonstration",
    `<p>Ce fournisseur tient lieu de ProConnect pour la démonstration : les identités sont fictives, aucun mot de passe n'est demandé.</p>
${error ? `<p role="alert"><strong>${escape(error)}</strong></p>` : ""}
<form method="post" action="${base}/login">
  <label for="email">Adresse électronique</label>
  <input id="email" name="email" type="email" autocomplete="off" required>
  <button type="submit">Se connecter</button>
</form>
<h2>Comptes disponibles</h2>
<ul>${buttons}</ul>
<form method="post" action="${base}/abort"><button type="submit">Refuser la connexion</button></form>`,
  );
}

async function logoutSource(ctx: KoaContextWithOIDC, form: string) {
  // The form comes from oidc-provider (with its anti-forgery field); it is sent at once, as
  // ProConnect ends its session without asking again.
  ctx.type = "html";
  ctx.body = layout(
    "Déconnexion",
    `${form}<input type="hidden" name="logout" value="yes" form="op.logoutForm">
<p>Déconnexion du fournisseur d'identité de démonstration…</p>
<button type="submit" form="op.logoutForm">Continuer</button>
<script>document.getElementById("op.logoutForm").submit();</script>`,
  );
}

async function postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
  ctx.type = "html";
  ctx.body = layout("Déconnexion", "<p>Vous êtes déconnecté du fournisseur d'identité de démonstration.</p>");
}

function page(res: ServerResponse, status: number, title: string, body: string) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(layout(title, body));
}

const layout = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0}</style><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) req.destroy(new Error("body too large"));
    });
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : "Cette étape de connexion a expiré.";
