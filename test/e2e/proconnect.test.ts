/**
 * Sign-in through the ProConnect button in Chromium, against the demo's local OpenID Connect
 * provider (started by the Node entry like `npm start` does): the provider's form, back to Cadre,
 * then the sign-out that also ends the provider's session. axe checks on Cadre's pages.
 */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NEWCOMER } from "../../src/demo/oidc-accounts";
import { accessibilityViolations, openBrowserSession, type BrowserSession } from "./browser";

describe("ProConnect sign-in in Chromium", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
  }, 60_000);
  afterAll(async () => session?.close());

  it("signs the demo agent in through the provider's form, then out of both", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/connexion`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "S’identifier avec ProConnect" }).click();
    await page.waitForURL(/\/interaction\//);
    expect(new URL(page.url()).origin).not.toBe(session.baseUrl);
    await page.getByRole("button", { name: "Camille Rousseau" }).click();
    await page.waitForURL(`${session.baseUrl}/demandes`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Mes demandes");
    expect(await page.locator("table tbody tr").count()).toBeGreaterThanOrEqual(5);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Out of Cadre, through the provider's end-session page, back to Cadre's home.
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL((url) => url.origin === session.baseUrl && url.pathname === "/");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`${session.baseUrl}/demandes`);
    await page.waitForURL(`${session.baseUrl}/connexion`);

    // The provider forgot the person too: its form comes back instead of an instant return.
    await page.getByRole("link", { name: "S’identifier avec ProConnect" }).click();
    await page.waitForURL(/\/interaction\//);
    await expect(page.getByRole("button", { name: "Camille Rousseau" }).count()).resolves.toBe(1);
    expect(session.problems).toEqual([]);
  });

  it("makes a new agent an applicant of their organisation at first sign-in", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/connexion`);
    await page.getByRole("link", { name: "S’identifier avec ProConnect" }).click();
    await page.waitForURL(/\/interaction\//);
    await page.getByLabel("Adresse électronique").fill(NEWCOMER.email);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.waitForURL(`${session.baseUrl}/demandes`);
    await expect(page.locator("body").textContent()).resolves.toContain(`Organisation SIRET ${NEWCOMER.siret}`);
    expect(await accessibilityViolations(page)).toEqual([]);

    // At the first visit, on a phone, the agent names the organisation; the name is shown at once.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole("heading", { name: "Quel est le nom de votre organisation ?" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Enregistrer le nom" }).click();
    await page.getByText("Indiquez le nom de l'organisation").waitFor();
    expect(new URL(page.url()).pathname).toBe("/demandes");
    await page.getByLabel("Nom de l'organisation").fill("Commune de Saint-Essai");
    await page.getByLabel("Type d'organisation").selectOption("commune");
    await page.getByLabel("Département").fill("35");
    await page.getByRole("button", { name: "Enregistrer le nom" }).click();
    await page.getByRole("heading", { name: "Quel est le nom de votre organisation ?" }).waitFor({ state: "detached" });
    await expect(page.locator("h1 + p").textContent()).resolves.toBe("Commune de Saint-Essai");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(session.problems.filter((problem) => !/status of 422/.test(problem))).toEqual([]);
  });
});
