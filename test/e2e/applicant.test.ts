/**
 * A town-hall agent's journey on the demo, in Chromium: file a request with its délibération,
 * watch the pre-check appear, submit, receive the instructor's request for the tariff act,
 * send the act, and see the request go back to the queue — each page checked by axe.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderTextPdf } from "../../src/demo/pdf";
import { accessibilityViolations, openBrowserSession, type BrowserSession } from "./browser";

const DELIBERATION = [
  "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
  "Séance du 5 mars 2026. Objet : tarifs de l'accueil périscolaire.",
  "Le conseil municipal, après en avoir délibéré, à l'unanimité, DÉCIDE :",
  "Article 1 : le tarif de la séance est fixé selon le quotient familial de la famille :",
  "QF de 0 à 600 € : 0,80 € ; QF de 601 à 1 000 € : 1,40 € ; QF supérieur à 1 000 € : 2,10 €.",
].join("\n");

describe("applicant journey in Chromium", () => {
  let session: BrowserSession;
  const files = mkdtempSync(join(tmpdir(), "cadre-files-"));
  beforeAll(async () => {
    session = await openBrowserSession();
    writeFileSync(
      join(files, "deliberation-periscolaire.pdf"),
      await renderTextPdf({ title: "Délibération n° 2026-031", text: DELIBERATION }),
    );
    writeFileSync(
      join(files, "grille-tarifaire.pdf"),
      await renderTextPdf({
        title: "Annexe",
        text: "Grille tarifaire : réduction de 20 % à partir du troisième enfant.",
      }),
    );
  }, 90_000);
  afterAll(async () => session?.close());

  it(
    "files, sees the pre-check, submits, answers the tariff-act request and resubmits",
    { timeout: 90_000 },
    async () => {
      const agent = await session.newPage();
      await agent.goto(`${session.baseUrl}/connexion`);
      await agent.getByRole("button", { name: /Entrer comme collectivité/ }).click();
      await agent.waitForURL(`${session.baseUrl}/demandes`);
      await agent.getByRole("link", { name: "Nouvelle demande" }).first().click();
      expect(await accessibilityViolations(agent)).toEqual([]);

      // The use case ticks its usual data (the quotient familial) and opens its family.
      await agent.selectOption("#use_case", "tarification-municipale-enfance");
      await expect(agent.locator("#scope-cnaf_quotient_familial").isChecked()).resolves.toBe(true);
      // DSFR draws its own checkboxes: a person clicks the label.
      await agent.locator('label[for="scope-cnaf_enfants"]').click();
      await agent.fill(
        "#cadre_juridique_nature",
        "Délibération n° 2026-031 du 5 mars 2026 fixant les tarifs du périscolaire",
      );
      await agent.setInputFiles("#documents", join(files, "deliberation-periscolaire.pdf"));
      await agent.getByRole("button", { name: "Enregistrer le brouillon" }).click();
      await agent.waitForURL(/\/demandes\/\d+$/);
      const id = Number(agent.url().split("/").pop());

      // The pre-check fills in by itself (htmx polling) once the document is read.
      await agent.locator("#lecture table").waitFor({ timeout: 20_000 });
      const verdicts = await agent.locator("#lecture tbody tr").allTextContents();
      expect(verdicts.find((row) => row.includes("Quotient familial"))).toContain("Justifiée");
      expect(verdicts.find((row) => row.includes("Identités enfants"))).toContain("Non justifiée");
      expect(await accessibilityViolations(agent)).toEqual([]);

      // The points and the box come with the reading, before any submission (even when the
      // reading ended after the page was loaded: the panel's refresh brings them).
      await agent.locator('label[for="confirmation"]').waitFor({ timeout: 5_000 });
      await agent.getByRole("button", { name: "Soumettre la demande" }).click();
      // The browser itself asks for the box (required); the agent ticks it and submits again.
      await agent.locator('label[for="confirmation"]').click();
      await agent.getByRole("button", { name: "Soumettre la demande" }).click();
      await agent.waitForURL(new RegExp(`/demandes/${id}$`));
      await expect(agent.locator(".cadre-title-row .fr-badge").textContent()).resolves.toContain("En instruction");

      const instructor = await session.browser.newContext().then((context) => context.newPage());
      await instructor.goto(`${session.baseUrl}/connexion`);
      await instructor.getByRole("button", { name: "Entrer comme instructeur" }).click();
      await instructor.goto(`${session.baseUrl}/instruction/demandes/${id}`);
      await instructor
        .locator("#motivation-demander-acte-tarifaire")
        .fill("Le tarif selon le nombre d'enfants n'apparaît pas : joignez la grille.");
      await instructor.getByRole("button", { name: "Demander l'acte tarifaire" }).click();
      // Boosted form: wait for the swapped page, not the URL (it does not change).
      await instructor.locator(".cadre-title-row .fr-badge", { hasText: "Acte tarifaire demandé" }).waitFor();
      await instructor.context().close();

      await agent.reload();
      await expect(agent.locator("#acte-demande").count()).resolves.toBe(1);
      expect(await agent.locator(".cadre-motivation").first().textContent()).toContain("joignez la grille");
      expect(await accessibilityViolations(agent)).toEqual([]);
      await agent.setInputFiles("#acte", join(files, "grille-tarifaire.pdf"));
      await agent.getByRole("button", { name: "Envoyer l'acte et renvoyer la demande" }).click();
      await agent.waitForURL(new RegExp(`/demandes/${id}$`));
      await expect(agent.locator(".cadre-title-row .fr-badge").textContent()).resolves.toContain("En instruction");
      const history = await agent.locator("#historique + ol").textContent();
      expect(history).toContain("Acte tarifaire transmis");
      expect(history).toContain("grille-tarifaire.pdf");
      expect(session.problems).toEqual([]);
    },
  );
});
