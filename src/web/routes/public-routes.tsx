/** Pages anyone reaches: home, health check, sign-in and sign-out. */

import { Hono } from "hono";
import { sql } from "drizzle-orm";
import { DEMO_ACCOUNT_EMAILS } from "../../demo/accounts";
import { notFound } from "../../domain/errors";
import { findOrganisation, findUserByEmail } from "../../storage/people-store";
import { HomePage } from "../../../views/pages/home-page";
import { LoginPage, type DemoAccount } from "../../../views/pages/login-page";
import type { AppEnv } from "../app-env";
import { signIn, signOut } from "../middleware/session";
import { formBody, textField } from "../params";
import { redirectAfterPost, renderPage } from "../render";
import type { Role } from "../../domain/roles";

export const publicRoutes = new Hono<AppEnv>();

const HOME_BY_ROLE: Record<Role, string> = {
  applicant: "/demandes",
  instructor: "/instruction",
  reporter: "/instruction",
  admin: "/admin/statistiques",
};

publicRoutes.get("/", async (c) => {
  const actor = c.var.actor;
  if (actor) return c.redirect(HOME_BY_ROLE[actor.role], 303);
  return renderPage(c, <HomePage currentPath="/" />);
});

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
  return renderPage(c, <LoginPage demoAccounts={demoAccounts} currentPath="/connexion" />);
});

publicRoutes.post("/connexion/demo", async (c) => {
  if (!c.var.deps.config.demo) throw notFound();
  const email = textField(await formBody(c), "email");
  const user = DEMO_ACCOUNT_EMAILS.includes(email) ? await findUserByEmail(c.var.deps.db, email) : undefined;
  if (!user) throw notFound("Ce compte de démonstration n'existe pas.");
  await signIn(c, user);
  return redirectAfterPost(c, HOME_BY_ROLE[user.role as Role]);
});

publicRoutes.post("/deconnexion", async (c) => {
  await signOut(c);
  return redirectAfterPost(c, "/");
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
