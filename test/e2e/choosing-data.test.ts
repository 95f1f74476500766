/**
 * Choosing data, in Chromium: with JavaScript, a use case ticks its usual data at once and says
 * why, a second use case swaps its data and keeps the agent's own, a filter narrows the
 * families; without JavaScript, "Choisir" does the same through the server. Axe on each page,
 * on a desktop and at 375 px.
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBothWidths, openBrowserSession, type BrowserSession } from "./browser";

const checked = (page: Page, scope: string) => page.locator(`#scope-${scope}`).isChecked();
const visibleFamilies = (page: Page) =>
  page.locator("details[data-family]:visible").evaluateAll((all) => all.map((one) => one.getAttribute("data-family")));

describe("choosing data in Chromium", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
  }, 60_000);
  afterAll(async () => session?.close());

  async function newRequestPage(javaScript: boolean): Promise<Page> {
    const context = javaScript ? session.context : await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.baseUrl}/connexion`);
    await page.getByRole("button", { name: "Entrer comme collectivité (demandeur)" }).click();
    await page.waitForURL(`${session.baseUrl}/demandes`);
    await page.goto(`${session.baseUrl}/demandes/nouvelle`);
    return page;
  }

  it(
    "ticks a use case's data at once, keeps the agent's own, and filters the families",
    { timeout: 60_000 },
    async () => {
      const page = await newRequestPage(true);
      // With JavaScript the choice applies at once: no "Choisir" step, and a filter box.
      await expect(page.getByRole("button", { name: "Choisir" }).isVisible()).resolves.toBe(false);
      await expect(page.locator("#filtre-donnees").isVisible()).resolves.toBe(true);
      await checkBothWidths(page);

      await page.selectOption("#use_case", "tarification-municipale-enfance");
      await expect(checked(page, "cnaf_quotient_familial")).resolves.toBe(true);
      await expect(page.locator("#use_case-pourquoi").textContent()).resolves.toContain("quotient familial");
      await expect(page.locator('details[data-family="caf-msa"]').getAttribute("open")).resolves.not.toBeNull();
      await page.locator('label[for="scope-cnaf_adresse"]').click();

      await page.selectOption("#use_case", "stationnement-residentiel");
      await expect(checked(page, "cnaf_quotient_familial")).resolves.toBe(false);
      await expect(checked(page, "cnaf_adresse")).resolves.toBe(true);
      await expect(checked(page, "ants_extrait_immatriculation_vehicule_adresse_particulier")).resolves.toBe(true);
      await expect(page.locator("#use_case-pourquoi").textContent()).resolves.toContain("certificat d'immatriculation");
      await expect(
        page.locator('details[data-family="vehicules"] [data-family-count]').textContent(),
      ).resolves.toContain("5 cochées");

      await page.fill("#filtre-donnees", "etudiant");
      await expect(visibleFamilies(page)).resolves.toEqual(["etudiants-boursiers", "etudiants"]);
      await expect(page.locator("[data-scope-filter-count]").textContent()).resolves.toMatch(/\d+ données affichées/);
      await page.fill("#filtre-donnees", "RSA");
      await expect(visibleFamilies(page)).resolves.toEqual(["prestations"]);
      await expect(page.locator('label[for="scope-revenu_solidarite_active"]').isVisible()).resolves.toBe(true);
      await expect(page.locator('label[for="scope-prime_activite"]').isVisible()).resolves.toBe(false);
      await checkBothWidths(page);
      await page.fill("#filtre-donnees", "");
      await expect(visibleFamilies(page)).resolves.toHaveLength(11);
      expect(session.problems).toEqual([]);
    },
  );

  it("does the same through a Choisir step when JavaScript is off", { timeout: 60_000 }, async () => {
    const page = await newRequestPage(false);
    await page.fill("#cadre_juridique_nature", "Délibération n° 2026-040 du 2 avril 2026");
    await page.locator('details[data-family="caf-msa"] summary').click();
    await page.locator('label[for="scope-cnaf_enfants"]').click();
    await page.selectOption("#use_case", "tarification-municipale-enfance");
    await page.getByRole("button", { name: "Choisir" }).click();
    await page.waitForURL(/choisir=1/);
    await expect(checked(page, "cnaf_quotient_familial")).resolves.toBe(true);
    await expect(checked(page, "cnaf_enfants")).resolves.toBe(true);
    await expect(page.locator("#use_case-pourquoi").textContent()).resolves.toContain("quotient familial");
    await expect(page.locator("#cadre_juridique_nature").inputValue()).resolves.toBe(
      "Délibération n° 2026-040 du 2 avril 2026",
    );
    // axe needs JavaScript: the same answer to "Choisir" is checked in the main context.
    const chosen = page.url();
    await page.context().close();
    const checker = await session.newPage();
    await checker.goto(chosen);
    await expect(checked(checker, "cnaf_quotient_familial")).resolves.toBe(true);
    await checkBothWidths(checker);
  });
});
