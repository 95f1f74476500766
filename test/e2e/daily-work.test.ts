/**
 * The daily work in Chromium, at 375 px and on a desktop, each page checked by axe and for
 * sideways scrolling: French error pages; the queue sorted, paged and filtered on the reading's
 * outcome, its filters folded on a phone; a template that fills its own box only, with or
 * without JavaScript; a conflict that keeps the page's address and the typed text; the
 * confirmation banner and "… et passer à la suivante"; a draft's history telling what changed;
 * no CSP refusal after a resize.
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, openBrowserSession, type BrowserSession } from "./browser";

const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

describe("daily work in Chromium", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
    await session.waitForReading();
  }, 90_000);
  afterAll(async () => session?.close());

  // The browser logs each 4xx answer (a 404 page, a 409 conflict) as an error: those are the
  // journeys' expected answers; script errors and CSP refusals are not.
  const expected = (text: string) => /^Failed to load resource: the server responded with a status of 4\d\d/.test(text);

  /** A fresh browser context per person, so that sign-ins do not replace one another. */
  async function freshPage(javaScriptEnabled = true): Promise<Page> {
    const context = await session.browser.newContext({ locale: "fr-FR", viewport: DESKTOP, javaScriptEnabled });
    const page = await context.newPage();
    // Any script error or CSP refusal is a failure of the journey, not noise.
    page.on("pageerror", (error) => session.problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" && !expected(message.text())) session.problems.push(`console: ${message.text()}`);
    });
    return page;
  }

  async function signIn(role: string, javaScriptEnabled = true): Promise<Page> {
    const page = await freshPage(javaScriptEnabled);
    await page.goto(`${session.baseUrl}/connexion`);
    await page.getByRole("button", { name: `Entrer comme ${role}` }).click();
    await page.waitForURL((url) => url.pathname !== "/connexion");
    return page;
  }

  async function another(page: Page): Promise<Page> {
    const other = await page.context().newPage();
    other.on("console", (message) => {
      if (message.type() === "error" && !expected(message.text())) session.problems.push(`console: ${message.text()}`);
    });
    return other;
  }

  /** axe finds nothing serious and the page does not scroll sideways (tables scroll inside). */
  async function checkPage(page: Page) {
    expect(await accessibilityViolations(page), page.url()).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
  }

  it.each([
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ])("shows French error pages (%s)", async (_, viewport) => {
    const page = await freshPage();
    await page.setViewportSize(viewport);
    const response = await page.goto(`${session.baseUrl}/nulle-part`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("fr");
    await expect(page.title()).resolves.toBe("Page introuvable — Cadre");
    await expect(page.locator("h1").textContent()).resolves.toBe("Page introuvable");
    await checkPage(page);
    // A form's action typed or reloaded comes back to its page.
    await page.goto(`${session.baseUrl}/connexion/demo`);
    expect(new URL(page.url()).pathname).toBe("/connexion");
    await page.context().close();
  });

  it.each([
    ["instructeur", ["/instruction", "/instruction?onglet=traitees", "/regles"]],
    [
      "administrateur",
      [
        "/admin/utilisateurs",
        "/admin/modeles",
        "/admin/webhooks",
        "/admin/exports",
        "/admin/statistiques",
        "/admin/envois",
        "/statistiques",
        "/api/docs",
      ],
    ],
    ["collectivité (demandeur)", ["/demandes", "/demandes/nouvelle"]],
  ])("scrolls no page sideways at 375 px (%s), request pages included", async (role, paths) => {
    const page = await signIn(role);
    await page.setViewportSize(PHONE);
    for (const path of paths) {
      await page.goto(`${session.baseUrl}${path}`);
      await checkPage(page);
    }
    // The first request listed, whichever space it belongs to.
    const first = page.locator("main table a[href*='/demandes/']").first();
    if ((await first.count()) > 0) {
      await first.click();
      await page.waitForURL(/\/demandes\/\d+/);
      await page.getByRole("heading", { name: "Ce qui est demandé" }).waitFor();
      await checkPage(page);
    }
    await page.context().close();
  });

  it("sorts, pages and filters the queue on the reading's outcome, at desktop size", async () => {
    const page = await signIn("instructeur");
    await page.setViewportSize(DESKTOP);
    await page.goto(`${session.baseUrl}/instruction?onglet=toutes&par=10`);
    const pager = page.locator("nav.fr-pagination");
    await expect(pager.textContent()).resolves.toMatch(/Page 1 sur [2-9]/);
    await pager.getByRole("link", { name: "Page suivante" }).click();
    await page.waitForURL(/page=2/);
    expect(page.url()).toContain("par=10");
    await expect(pager.textContent()).resolves.toMatch(/Page 2 sur/);
    await checkPage(page);
    await pager.getByRole("link", { name: "Première page" }).click();
    await page.waitForURL((url) => !url.searchParams.has("page"));

    await page.selectOption("#f-tri", "recentes");
    await page.waitForURL(/tri=recentes/);
    const dates = await page.locator("#file tbody tr td:nth-child(7)").allTextContents();
    expect(dates.length).toBeGreaterThan(1);

    await page.selectOption("#f-lecture", "non-justifiees");
    await page.waitForURL(/lecture=non-justifiees/);
    await page.locator("#file").getByText("Page 1 sur").or(page.locator("#file tbody")).first().waitFor();
    const outcomes = await page.locator("#file tbody tr td:nth-child(6) .fr-badge").allTextContents();
    expect(outcomes.length).toBeGreaterThan(0);
    for (const outcome of outcomes) expect(outcome).toMatch(/non justifiée/);
    expect(page.url()).toContain("tri=recentes");
    await checkPage(page);
    await page.context().close();
  });

  it("folds the queue's filters on a phone and no page scrolls sideways", async () => {
    const page = await signIn("instructeur");
    await page.setViewportSize(PHONE);
    await page.goto(`${session.baseUrl}/instruction`);
    const details = page.locator("details.cadre-filters__details");
    await expect(details.evaluate((element) => (element as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(page.locator("#f-cas").isVisible()).resolves.toBe(false);
    await page.getByText("Filtres", { exact: true }).click();
    await expect(page.locator("#f-cas").isVisible()).resolves.toBe(true);
    await checkPage(page);
    await page.locator("#file tbody a").first().click();
    await page.waitForURL(/\/instruction\/demandes\/\d+/);
    await page.getByRole("heading", { name: "Ce qui est demandé" }).waitFor();
    await checkPage(page);
    await page.context().close();
  });

  /** An admin writes a motivation template for tariff-act requests, through the admin page. */
  const writeTariffActTemplate = async (name: string, text: string) => {
    const admin = await signIn("administrateur");
    await admin.goto(`${session.baseUrl}/admin/modeles`);
    await admin.fill("#modele-nom", name);
    await admin.selectOption("#modele-decision", "request_tariff_act");
    await admin.fill("#modele-texte", text);
    await admin.locator("form[action='/admin/modeles'] button[type=submit]").click();
    await admin.waitForLoadState("networkidle");
    await admin.context().close();
  };

  it("keeps typed text when choosing a template, and through a conflict, at the page's address", async () => {
    // An admin writes a template for tariff-act requests.
    await writeTariffActTemplate("Grille manquante", "Merci de joindre la grille tarifaire de {organisation}.");

    const page = await signIn("instructeur");
    await page.setViewportSize(DESKTOP);
    await page.goto(`${session.baseUrl}/instruction?onglet=a-instruire`);
    await page.locator("#file tbody a").first().click();
    await page.waitForURL(/\/instruction\/demandes\/\d+\?/);
    const address = page.url();
    const id = Number(/demandes\/(\d+)/.exec(address)![1]);
    await page.fill("#motivation-refuser", "Aucune condition tarifaire dans la délibération.");
    await page.selectOption("#modele-demander-acte-tarifaire", { label: "Grille manquante" });
    // htmx asks for the template's box alone: the typed texts stay in the page, not in the address.
    const asked = page.waitForRequest((request) => request.url().includes("utiliser="));
    await page.locator("#modele-demander-acte-tarifaire ~ button").click();
    expect((await asked).url()).not.toContain("motivation-");
    await expect
      .poll(() => page.inputValue("#motivation-demander-acte-tarifaire"))
      .toContain("Merci de joindre la grille tarifaire de");
    await expect(page.inputValue("#motivation-refuser")).resolves.toBe(
      "Aucune condition tarifaire dans la délibération.",
    );
    expect(page.url()).toBe(address);

    // Someone else (here, another tab) asks for the tariff act first.
    const other = await another(page);
    await other.goto(address);
    await other.fill("#motivation-demander-acte-tarifaire", "Joignez la grille, s'il vous plaît.");
    await other.getByRole("button", { name: "Demander l'acte tarifaire", exact: true }).click();
    await other.getByText("Décision enregistrée").waitFor();
    await other.close();

    await page.getByRole("button", { name: "Refuser la demande", exact: true }).click();
    await page.getByText("modifiée entre-temps par").waitFor();
    expect(page.url()).toBe(address);
    await expect(page.locator(".fr-alert--error").textContent()).resolves.toContain("« Acte tarifaire demandé »");
    await expect(page.inputValue("#motivation-refuser")).resolves.toBe(
      "Aucune condition tarifaire dans la délibération.",
    );
    await checkPage(page);
    await page.reload();
    await expect(page.locator("h1").textContent()).resolves.toBe(`Demande n° ${id}`);
    expect(page.url()).toBe(address);
    await page.context().close();
  });

  it("keeps the other boxes' text when choosing a template without JavaScript, then sends the refusal", async () => {
    await writeTariffActTemplate("Acte à joindre", "Merci de joindre l'acte tarifaire de {{organisation}}.");

    const page = await signIn("instructeur", false);
    await page.goto(`${session.baseUrl}/instruction?onglet=a-instruire`);
    await page.locator("#file tbody a").first().click();
    await page.waitForURL(/\/instruction\/demandes\/\d+\?/);
    const id = Number(/demandes\/(\d+)/.exec(page.url())![1]);
    const refusal = "La délibération ne fixe aucune condition tarifaire.";
    await page.fill("#motivation-refuser", refusal);
    await page.selectOption("#modele-demander-acte-tarifaire", { label: "Acte à joindre" });
    await page.locator("#modele-demander-acte-tarifaire ~ button").click();
    await page.waitForURL(/utiliser=demander-acte-tarifaire/);
    await expect(page.inputValue("#motivation-demander-acte-tarifaire")).resolves.toMatch(
      /^Merci de joindre l'acte tarifaire de .+\.$/,
    );
    await expect(page.inputValue("#motivation-refuser")).resolves.toBe(refusal);
    expect(page.url()).toContain("onglet=a-instruire");

    // axe needs JavaScript: the same address (it holds the texts) is checked in a page with it.
    const checker = await signIn("instructeur");
    await checker.goto(page.url());
    await expect(checker.inputValue("#motivation-refuser")).resolves.toBe(refusal);
    await checkPage(checker);
    await checker.setViewportSize(PHONE);
    await checkPage(checker);
    await checker.context().close();

    await page.getByRole("button", { name: "Refuser la demande", exact: true }).click();
    await page.getByText(`Décision enregistrée : demande n° ${id} refusée.`).waitFor();
    expect(page.url()).toContain("onglet=a-instruire");
    await expect(page.locator("#historique + ol").innerText()).resolves.toContain(refusal);
    await page.context().close();
  });

  it("confirms a decision and passes to the next request in the queue's order", async () => {
    const page = await signIn("instructeur");
    await page.setViewportSize(PHONE);
    await page.goto(`${session.baseUrl}/instruction?onglet=a-instruire&tri=recentes`);
    await page.locator("#file tbody a").first().click();
    await page.waitForURL(/\/instruction\/demandes\/\d+\?/);
    const first = Number(/demandes\/(\d+)/.exec(page.url())![1]);
    await page.fill("#motivation-valider", "La délibération fixe des tarifs selon le quotient familial.");
    await page.getByRole("button", { name: "Valider et passer à la suivante" }).click();
    await page.getByText(`Décision enregistrée : demande n° ${first} validée.`).waitFor();
    const next = Number(/demandes\/(\d+)/.exec(page.url())![1]);
    expect(next).not.toBe(first);
    expect(page.url()).toContain("tri=recentes");
    await expect(page.getByText(`Voici la demande suivante de la file (n° ${next}).`).count()).resolves.toBe(1);
    // The confirmation is shown once: the address forgets it, a reload does not repeat it.
    await expect.poll(() => page.url()).not.toContain("fait=");
    await page.reload();
    await expect(page.getByText("Décision enregistrée").count()).resolves.toBe(0);
    await checkPage(page);
    // A resize (phone to desktop) sets off no CSP refusal: htmx injects no inline style.
    await page.setViewportSize(DESKTOP);
    await page.setViewportSize(PHONE);
    // Two frames: the layout after the resize has run, and anything it set off has been refused or not.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(session.problems).toEqual([]);
    await page.context().close();
  });

  it("tells in the history what an edit of a draft changed", async () => {
    const page = await signIn("collectivité (demandeur)");
    await page.setViewportSize(PHONE);
    await page.goto(`${session.baseUrl}/demandes/nouvelle`);
    await page.selectOption("#use_case", "tarification-municipale-enfance");
    // Choosing the use case ticks its usual data (the scope picker): quotient familial here.
    await expect(page.locator("#scope-cnaf_quotient_familial").isChecked()).resolves.toBe(true);
    await page.fill("#cadre_juridique_nature", "Délibération du 12 janvier 2026");
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await page.waitForURL(/\/demandes\/\d+$/);
    const id = Number(/demandes\/(\d+)/.exec(page.url())![1]);
    await page.goto(`${session.baseUrl}/demandes/${id}/modifier`);
    await page.selectOption("#use_case", "tarification-transports");
    // This use case ticks nothing by itself (the scope picker): the agent ticks quotient familial again.
    await page
      .locator('details[data-family="caf-msa"]')
      .evaluate((family) => ((family as HTMLDetailsElement).open = true));
    await page.locator('label[for="scope-cnaf_quotient_familial"]').click();
    await page.fill("#cadre_juridique_nature", "Délibération du 3 mars 2026");
    await page.fill(
      "#cadre_juridique_url",
      "https://www.example.fr/deliberations/2026-03-03-tarifs-des-transports-scolaires",
    );
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await page.waitForURL(new RegExp(`/demandes/${id}$`));
    const history = (await page.locator("#historique + ol").innerText()).replace(/\s+/g, " ");
    expect(history).toContain("Cas d'usage : avant Tarification sociale des services municipaux à l'enfance après");
    expect(history).toContain(
      "Texte du cadre juridique : avant Délibération du 12 janvier 2026 après Délibération du 3 mars 2026",
    );
    expect(history).toContain("Adresse du cadre juridique : avant (vide) après https://www.example.fr/");
    await checkPage(page);
    await page.setViewportSize(DESKTOP);
    await checkPage(page);
    expect(session.problems).toEqual([]);
    await page.context().close();
  });
});
