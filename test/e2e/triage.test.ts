/**
 * Instructor triage on the demo, in Chromium: filter the queue, open a request, follow a
 * finding to its highlighted passage, request the tariff act, and see the request leave the
 * tab — with JavaScript on (htmx) and off (plain forms), each page checked by axe.
 */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, openBrowserSession, type BrowserSession } from "./browser";

describe("instructor triage in Chromium", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
  }, 90_000);
  afterAll(async () => session?.close());

  async function signInAsInstructor(javaScript: boolean) {
    const context = javaScript ? session.context : await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.baseUrl}/connexion`);
    await page.getByRole("button", { name: "Entrer comme instructeur" }).click();
    await page.waitForURL(`${session.baseUrl}/instruction`);
    return page;
  }

  it("filters, reads the evidence, requests the tariff act, and the request leaves the tab (JavaScript on)", async () => {
    const page = await signInAsInstructor(true);
    page.on("pageerror", (error) => session.problems.push(error.message));
    await session.waitForReading();
    await page.selectOption("#f-cas", "tarification-municipale-enfance");
    await page.waitForURL(/cas=tarification-municipale-enfance/);
    const rows = page.locator("#file tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    const useCases = await page.locator("#file tbody tr td:nth-child(4)").allTextContents();
    expect(new Set(useCases)).toEqual(new Set(["Tarification sociale des services municipaux à l'enfance"]));
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.keyboard.press("j");
    await page.keyboard.press("o");
    await page.waitForURL(/\/instruction\/demandes\/\d+\?/);
    const id = Number(/demandes\/(\d+)/.exec(page.url())![1]);
    await expect(page.getByRole("heading", { name: "Contrôle du cadre juridique" }).count()).resolves.toBe(1);
    // Every demo délibération yields at least one cited passage: follow the first one.
    const firstQuoteLink = page.locator("#lecture a[href^='#passage-']").first();
    const anchor = (await firstQuoteLink.getAttribute("href"))!;
    await firstQuoteLink.click();
    expect(page.url()).toContain(anchor);
    await expect(page.locator(anchor).isVisible()).resolves.toBe(true);
    await expect(page.locator(".cadre-document-text mark").count()).resolves.toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.keyboard.press("t");
    const field = page.locator("#motivation-demander-acte-tarifaire");
    await expect(field.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await field.fill("Merci de joindre la délibération qui fixe la grille tarifaire en vigueur.");
    await page.getByRole("button", { name: "Demander l'acte tarifaire" }).click();
    // The decision form is boosted: htmx posts it and swaps the page in place.
    await page.locator(".cadre-title-row .fr-badge", { hasText: "Acte tarifaire demandé" }).waitFor();
    expect(page.url()).toMatch(new RegExp(`/instruction/demandes/${id}\\?`));

    await page.goto(`${session.baseUrl}/instruction?onglet=a-instruire`);
    const listed = await page.locator("#file tbody a").allTextContents();
    expect(listed).not.toContain(`n° ${id}`);
    await page.goto(`${session.baseUrl}/instruction?onglet=acte-tarifaire`);
    expect(await page.locator("#file tbody a").allTextContents()).toContain(`n° ${id}`);
    expect(session.problems).toEqual([]);
  });

  it("works with JavaScript off: the filter form submits and a decision posts and redirects", async () => {
    const page = await signInAsInstructor(false);
    await page.selectOption("#f-cas", "tarification-transports");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await page.waitForURL(/cas=tarification-transports/);
    const link = page.locator("#file tbody a").first();
    const label = (await link.textContent())!;
    await link.click();
    await page.waitForURL(/\/instruction\/demandes\/\d+/);
    await page
      .locator("#motivation-refuser")
      .fill("La délibération ne fixe aucune condition pour les données demandées.");
    await page.getByRole("button", { name: "Refuser la demande" }).click();
    await page.waitForURL(/\/instruction\/demandes\/\d+/);
    await expect(page.locator(".cadre-title-row .fr-badge").textContent()).resolves.toContain("Refusée");
    await page.goto(`${session.baseUrl}/instruction?onglet=a-instruire&cas=tarification-transports`);
    expect(await page.locator("#file tbody a").allTextContents()).not.toContain(label);
    await page.context().close();
  });
});
