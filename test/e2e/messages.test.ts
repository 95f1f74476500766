/**
 * Messages reach people, in Chromium: an instructor writes to the collectivité and refuses its
 * request; the message and its e-mail leave through the outbox; the agent sees the message and
 * whether the decision's e-mail went out; an admin finds a failed e-mail on the envois page and
 * sends it again. Every page is checked by axe on a desktop and at 375 px.
 */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "../../src/demo/accounts";
import { checkBothWidths, openBrowserSession, type BrowserSession } from "./browser";

/** Pages share the browser's cookies: signing in as another role starts from no session. */
async function signIn(session: BrowserSession, page: Page, role: string): Promise<void> {
  await session.context.clearCookies();
  await page.goto(`${session.baseUrl}/connexion`);
  await page.getByRole("button", { name: `Entrer comme ${role}` }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/connexion"));
}

describe("messages and envois in Chromium", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
  }, 60_000);
  afterAll(async () => session?.close());

  it(
    "e-mails a message and a decision, shows their state to the agent, and lets an admin retry",
    { timeout: 90_000 },
    async () => {
      const { rows } = await session.client.execute({
        sql: `select r.id from requests r join users u on u.organisation_id = r.organisation_id
            where u.email = ? and r.state = 'submitted' order by r.id limit 1`,
        args: [DEMO_ACCOUNTS.applicant],
      });
      const id = Number(rows[0]!.id);

      const instructor = await session.newPage();
      await signIn(session, instructor, "instructeur");
      await instructor.goto(`${session.baseUrl}/instruction/demandes/${id}`);
      await instructor.fill("#nouveau-message", "Pouvez-vous joindre la grille tarifaire signée ?");
      await instructor.getByRole("button", { name: "Envoyer" }).click();
      await instructor.getByText("Pouvez-vous joindre la grille tarifaire signée ?").first().waitFor();
      const message = await session.client.execute({
        sql: "select recipient, status from outbox where request_id = ? and topic = 'message'",
        args: [id],
      });
      expect(message.rows.map((row) => row.recipient)).toContain(DEMO_ACCOUNTS.applicant);

      await instructor.fill(
        "#motivation-refuser",
        "La délibération ne fait pas varier les tarifs selon le quotient familial.",
      );
      await instructor.getByRole("button", { name: "Refuser la demande" }).click();
      await instructor.waitForURL(new RegExp(`/instruction/demandes/${id}`));
      await instructor.getByText("Refusée").first().waitFor();

      const agent = await session.newPage();
      await signIn(session, agent, "collectivité (demandeur)");
      await agent.goto(`${session.baseUrl}/demandes/${id}`);
      await expect(agent.locator("#courriel-decision").textContent()).resolves.toMatch(
        /E-mail de la décision du .*(En attente|Envoyé)/,
      );
      await expect(
        agent.getByText("Pouvez-vous joindre la grille tarifaire signée ?").count(),
      ).resolves.toBeGreaterThan(0);
      await checkBothWidths(agent);

      // The SMTP server refused it after every retry: an admin finds it and sends it again.
      await session.client.execute({
        // One of the organisation's addresses; the others went out (or wait) as usual.
        sql: `update outbox set status = 'failed', attempts = 6, last_error = '550 boîte inconnue'
              where id = (select min(id) from outbox where request_id = ? and topic = 'decision')`,
        args: [id],
      });
      await agent.reload();
      await expect(agent.locator("#courriel-decision").textContent()).resolves.toContain("Non distribué");

      const admin = await session.newPage();
      await signIn(session, admin, "administrateur");
      await admin.getByRole("link", { name: "Envois" }).first().click();
      await admin.waitForURL(`${session.baseUrl}/admin/envois`);
      await admin.selectOption("#envois-etat", "failed");
      await admin.getByRole("button", { name: "Filtrer" }).click();
      await admin.waitForURL(/etat=failed/);
      await admin.getByText("550 boîte inconnue").first().waitFor();
      await checkBothWidths(admin);
      await admin.locator("form[action$='/reessayer'] button").first().click();
      await admin.waitForURL(/relance=\d+/);
      await expect(admin.locator(".fr-alert--success").textContent()).resolves.toContain("relancé");
      await checkBothWidths(admin);

      await signIn(session, agent, "collectivité (demandeur)");
      await agent.goto(`${session.baseUrl}/demandes/${id}`);
      await expect(agent.locator("#courriel-decision").textContent()).resolves.toMatch(/En attente|Envoyé/);
      await expect(agent.getByText("Envoi relancé par un administrateur").count()).resolves.toBe(1);
      expect(session.problems).toEqual([]);
    },
  );
});
