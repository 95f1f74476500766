/** Pages anyone reaches: home, health check, sign-in and sign-out. */

import { Hono } from "hono";
import { notFound } from "../../domain/errors";
import { checkHealth } from "../../services/check-health";
import { findDemoUser, listDemoAccounts } from "../../services/find-demo-account";
import { HomePage } from "../../../views/pages/home-page";
import { RulesPage } from "../../../views/pages/rules-page";
import { getRuleCatalogue } from "../../services/get-rule-catalogue";
import { LoginPage } from "../../../views/pages/login-page";
import type { AppEnv } from "../app-env";
import { signIn, signOut } from "../middleware/session";
import { formBody, textField } from "../params";
import { isHtmx, redirectAfterPost, renderPage } from "../render";
import type { Role } from "../../domain/roles";
import { endSessionUrl } from "../oidc/provider-client";
import { HOME_BY_ROLE } from "./home-by-role";
import { publicOrigin, reachProvider } from "../oidc/reach-provider";

export const publicRoutes = new Hono<AppEnv>();

publicRoutes.get("/", async (c) => {
  const actor = c.var.actor;
  if (actor) return c.redirect(HOME_BY_ROLE[actor.role], 303);
  return renderPage(c, <HomePage currentPath="/" />);
});

// The rule catalogue is the guide's reading made explicit: no data, so anyone may read it.
publicRoutes.get("/regles", (c) => renderPage(c, <RulesPage viewer={c.var.viewer} catalogue={getRuleCatalogue()} />));

publicRoutes.get("/sante", async (c) => {
  return (await checkHealth(c.var.deps.db)) ? c.json({ status: "ok" }) : c.json({ status: "error" }, 503);
});

publicRoutes.get("/connexion", async (c) => {
  if (c.var.actor) return c.redirect(HOME_BY_ROLE[c.var.actor.role], 303);
  const demoAccounts = c.var.deps.config.demo ? await listDemoAccounts(c.var.deps.db) : null;
  return renderPage(
    c,
    <LoginPage demoAccounts={demoAccounts} withProvider={Boolean(c.var.deps.config.oidc)} currentPath="/connexion" />,
  );
});

publicRoutes.post("/connexion/demo", async (c) => {
  if (!c.var.deps.config.demo) throw notFound();
  const email = textField(await formBody(c), "email");
  const user = await findDemoUser(c.var.deps.db, email);
  if (!user) throw notFound("Ce compte de démonstration n'existe pas.");
  await signIn(c, user);
  return redirectAfterPost(c, HOME_BY_ROLE[user.role]);
});

/**
 * Ends our session; a session opened through OpenID Connect then goes on to the provider's
 * end-session endpoint, so that the next sign-in asks again (README "Connexion avec ProConnect").
 */
publicRoutes.post("/deconnexion", async (c) => {
  const idToken = await signOut(c);
  const configuration = idToken ? await reachProvider(c) : null;
  const providerLogout = configuration && idToken ? endSessionUrl(configuration, idToken, `${publicOrigin(c)}/`) : null;
  if (!providerLogout) return redirectAfterPost(c, "/");
  // Another origin: htmx must hand it to the browser rather than follow it itself.
  if (isHtmx(c)) {
    c.header("HX-Redirect", providerLogout.href);
    return c.body(null, 204);
  }
  return c.redirect(providerLogout.href, 303);
});
