/** Smoke journey on the demo: home, demo sign-in per role, each space's first page, with axe. */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, openBrowserSession, type BrowserSession } from "./browser";

describe("smoke journey in Chromium", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
  }, 60_000);
  afterAll(async () => session?.close());

  it("has an accessibility check that does find violations", async () => {
    const page = await session.newPage();
    await page.setContent(
      '<html><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button></body></html>',
    );
    const violations = await accessibilityViolations(page);
    expect(violations.some((line) => line.includes("image-alt"))).toBe(true);
    expect(violations.some((line) => line.includes("button-name"))).toBe(true);
  });

  it("shows the home page with the DSFR loaded from our origin", async () => {
    const page = await session.newPage();
    const response = await page.goto(`${session.baseUrl}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toContain("API Particulier");
    // The DSFR stylesheet applied: the header carries its layout, and its JS marked the page.
    const headerDisplay = await page
      .locator("header.fr-header")
      .evaluate((element) => getComputedStyle(element).display);
    expect(headerDisplay).not.toBe("inline");
    await page.waitForFunction(() => document.documentElement.hasAttribute("data-fr-js"));
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it("shows the API documentation page, accessible, with no request outside our origin", async () => {
    const page = await session.newPage();
    const response = await page.goto(`${session.baseUrl}/api/docs`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toContain("API");
    await expect(page.locator("#createRequest").count()).resolves.toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it("signs an instructor in and opens the oldest request of the queue", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/connexion`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Entrer comme instructeur" }).click();
    await page.waitForURL(`${session.baseUrl}/instruction`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Demandes à instruire");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator("table tbody tr a").first().click();
    await page.waitForURL(/\/instruction\/demandes\/\d+/);
    await expect(page.getByRole("heading", { name: "Décision" }).count()).resolves.toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL(`${session.baseUrl}/`);
    expect(session.problems).toEqual([]);
  });

  it("signs an admin in and shows the dashboard, the exports and the accounts, all accessible", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/connexion`);
    await page.getByRole("button", { name: "Entrer comme administrateur" }).click();
    await page.waitForURL(`${session.baseUrl}/admin/statistiques`);
    await session.waitForReading();
    await page.goto(`${session.baseUrl}/admin/statistiques?du=2026-01-01&au=2026-12-31`);
    await expect(page.locator("svg[role=img]").count()).resolves.toBeGreaterThanOrEqual(3);
    expect(await accessibilityViolations(page)).toEqual([]);
    for (const path of ["/admin/exports", "/admin/utilisateurs", "/statistiques"]) {
      await page.goto(`${session.baseUrl}${path}`);
      expect(await accessibilityViolations(page), path).toEqual([]);
    }
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL(`${session.baseUrl}/`);
    expect(session.problems).toEqual([]);
  });

  it("signs a town-hall agent in and shows their organisation's requests", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/connexion`);
    await page.getByRole("button", { name: /Entrer comme collectivité/ }).click();
    await page.waitForURL(`${session.baseUrl}/demandes`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Mes demandes");
    expect(await page.locator("table tbody tr").count()).toBeGreaterThanOrEqual(5);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`${session.baseUrl}/demandes/nouvelle`);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
