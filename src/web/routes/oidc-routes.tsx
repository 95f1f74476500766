/**
 * Sign-in through an OpenID Connect provider (ProConnect): the start, which sends the browser to
 * the provider, and the callback, which checks its answer, finds or creates the account
 * (services/sign-in-with-oidc) and opens a fresh session. Every failure is a French page and
 * writes nothing.
 */

import { Hono, type Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ErrorPage } from "../../../views/pages/error-page";
import { DomainError, notFound } from "../../domain/errors";
import { readIdentity } from "../../domain/oidc-claims";
import type { Role } from "../../domain/roles";
import { resolveOidcUser } from "../../services/sign-in-with-oidc";
import { organisationNameLookup } from "../company-directory";
import type { AppEnv } from "../app-env";
import { STATUS_BY_CODE } from "../http-errors";
import { now, signIn } from "../middleware/session";
import { keepFlow, takeFlow } from "../oidc/flow-cookie";
import { finishSignIn, providerRefusal, startSignIn } from "../oidc/provider-client";
import { logFailure, publicOrigin, reachProvider } from "../oidc/reach-provider";
import { renderPage } from "../render";
import { HOME_BY_ROLE } from "./home-by-role";

export const oidcRoutes = new Hono<AppEnv>();

const CALLBACK_PATH = "/connexion/oidc/retour";
const UNREACHABLE =
  "Le fournisseur d'identité ne répond pas pour le moment. Réessayez dans quelques minutes, ou contactez l'équipe qui administre Cadre si cela dure.";
const EXPIRED =
  "Cette connexion a expiré ou n'a pas été commencée depuis ce navigateur. Recommencez depuis la page de connexion.";
const UNVERIFIED =
  "La réponse du fournisseur d'identité n'a pas pu être vérifiée : par sécurité, vous n'êtes pas connecté. Recommencez depuis la page de connexion.";
const CANCELLED = "Vous avez annulé la connexion auprès du fournisseur d'identité : vous n'êtes pas connecté.";

oidcRoutes.get("/connexion/oidc", async (c) => {
  const settings = c.var.deps.config.oidc;
  if (!settings) throw notFound("La connexion par ProConnect n'est pas configurée sur cette instance.");
  if (c.var.actor) return c.redirect(HOME_BY_ROLE[c.var.actor.role], 303);
  const configuration = await reachProvider(c);
  if (!configuration) return failure(c, 502, UNREACHABLE);
  const { url, flow } = await startSignIn(configuration, `${publicOrigin(c)}${CALLBACK_PATH}`);
  await keepFlow(c, flow, now(c));
  return c.redirect(url.href, 302);
});

oidcRoutes.get(CALLBACK_PATH, async (c) => {
  if (!c.var.deps.config.oidc) throw notFound("La connexion par ProConnect n'est pas configurée sur cette instance.");
  const flow = await takeFlow(c, now(c));
  if (!flow) return failure(c, 400, EXPIRED);
  const configuration = await reachProvider(c);
  if (!configuration) return failure(c, 502, UNREACHABLE);
  // The URL the provider sent the browser to, as registered (behind a proxy the request URL differs).
  const callbackUrl = new URL(`${publicOrigin(c)}${CALLBACK_PATH}${new URL(c.req.url).search}`);
  let answer: Awaited<ReturnType<typeof finishSignIn>>;
  try {
    answer = await finishSignIn(configuration, callbackUrl, flow);
  } catch (error) {
    const refusal = providerRefusal(error);
    if (refusal === "access_denied") return failure(c, 403, CANCELLED);
    if (refusal) return failure(c, 400, `Le fournisseur d'identité a refusé la connexion (${refusal}).`);
    logFailure(c, error);
    return failure(c, 400, UNVERIFIED);
  }
  const reading = readIdentity(answer.claims);
  if (!reading.ok) return failure(c, 400, reading.message);
  try {
    const user = await resolveOidcUser(c.var.deps.db, reading.identity, now(c), organisationNameLookup(c));
    await signIn(c, user, answer.idToken);
    return c.redirect(HOME_BY_ROLE[user.role as Role], 303);
  } catch (error) {
    if (error instanceof DomainError) return failure(c, STATUS_BY_CODE[error.code], error.message);
    throw error;
  }
});

function failure(c: Context<AppEnv>, status: ContentfulStatusCode, message: string) {
  return renderPage(
    c,
    <ErrorPage
      status={status}
      title="Connexion impossible"
      message={message}
      viewer={c.var.viewer ?? null}
      currentPath={c.req.path}
    />,
    status,
  );
}
