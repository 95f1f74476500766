/** Pages anyone reaches: home, health check, sign-in and sign-out. */

import { Hono } from "hono";
import { sql } from "drizzle-orm";
import { DEMO_ACCOUNT_EMAILS } from "../../demo/accounts";
import { demoAccountToSignIn } from "../../services/sign-in-to-demo";
import { notFound } from "../../domain/errors";
import { findOrganisation, findUserByEmail } from "../../storage/people-store";
import { HomePage } from "../../../views/pages/home-page";
import { RulesPage } from "../../../views/pages/rules-page";
import { ruleCatalogue } from "../../rules/catalogue";
import { LoginPage, type DemoAccount } from "../../../views/pages/login-page";
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
publicRoutes.get("/regles", (c) => renderPage(c, <RulesPage viewer={c.var.viewer} catalogue={ruleCatalogue()} />));

publicRoutes.get("/sante", async (c) => {
  try {
    await c.var.deps.db.run(sql`select 1`);
    return c.json({ status: "ok" });
  } catch {
    return c.json({ status: "error" }, 503);
  }
});

publicRoutes.get("/connexion", async (c) => {
  if (c.var.actor) return c.redirect(HOME_BY_ROLE[c.var.actor.role], 303);
  const demoAccounts = c.var.deps.config.demo ? await loadDemoAccounts(c.var.deps.db) : null;
  return renderPage(
    c,
    <LoginPage demoAccounts={demoAccounts} withProvider={Boolean(c.var.deps.config.oidc)} currentPath="/connexion" />,
  );
});

publicRoutes.post("/connexion/demo", async (c) => {
  if (!c.var.deps.config.demo) throw notFound();
  const email = textField(await formBody(c), "email");
  const user = await demoAccountToSignIn(c.var.deps.db, email);
  await signIn(c, user);
  return redirectAfterPost(c, HOME_BY_ROLE[user.role as Role]);
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

async function loadDemoAccounts(db: AppEnv["Variables"]["deps"]["db"]): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const email of DEMO_ACCOUNT_EMAILS) {
    const user = await findUserByEmail(db, email);
    if (!user) continue;
    const organisation = user.organisationId ? await findOrganisation(db, user.organisationId) : undefined;
    accounts.push({ email, name: user.name, role: user.role as Role, organisationName: organisation?.name });
  }
  return accounts;
}
