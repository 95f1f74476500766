/**
 * An admin exports the requests from the exports page in Chromium: app.js streams the file, the
 * progress bar reaches the row count the server announced (X-Export-Rows), the file is saved and
 * its CSV parses back with that many rows; the page stays accessible (axe) with the bar shown.
 */

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../exports/support/csv-parse";
import { accessibilityViolations, openBrowserSession, type BrowserSession } from "./browser";

describe("exports with progress in Chromium", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
  }, 60_000);
  afterAll(async () => session?.close());

  it("streams the requests' CSV with a progress bar that reaches the end, then saves a file that parses", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/connexion`);
    await page.getByRole("button", { name: "Entrer comme administrateur" }).click();
    await page.waitForURL(`${session.baseUrl}/admin/statistiques`);
    const announced = await page.evaluate(async () => {
      const response = await fetch("/admin/exports/demandes?format=csv");
      await response.arrayBuffer();
      return Number(response.headers.get("x-export-rows"));
    });
    expect(announced).toBeGreaterThan(0);

    await page.goto(`${session.baseUrl}/admin/exports`);
    const form = page.locator("form[action='/admin/exports/demandes']");
    await expect(form.locator("[data-export-status]").isHidden()).resolves.toBe(true);
    const download = page.waitForEvent("download");
    await form.getByRole("button", { name: "Télécharger" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^demandes-\d{4}-\d{2}-\d{2}\.csv$/);

    // The page did the download (no navigation): its bar is full and its live text says so.
    expect(page.url()).toBe(`${session.baseUrl}/admin/exports`);
    const bar = form.getByRole("progressbar", { name: "Progression de l'export des demandes" });
    await expect(bar.getAttribute("value")).resolves.toBe(String(announced));
    await expect(bar.getAttribute("max")).resolves.toBe(String(announced));
    const status = form.getByRole("status");
    const total = new Intl.NumberFormat("fr-FR").format(announced);
    await expect(status.textContent()).resolves.toBe(
      `${total} lignes sur ${total} — export terminé, fichier enregistré.`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    const bytes = readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes.subarray(3)), ";");
    expect(header?.[0]).toBe("Numéro");
    expect(rows).toHaveLength(announced);
    expect(session.problems).toEqual([]);
  });

  it("still downloads with the browser's own bar when JavaScript is off", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    try {
      const page = await context.newPage();
      await page.goto(`${session.baseUrl}/connexion`);
      await page.getByRole("button", { name: "Entrer comme administrateur" }).click();
      await page.waitForURL(`${session.baseUrl}/admin/statistiques`);
      await page.goto(`${session.baseUrl}/admin/exports`);
      const form = page.locator("form[action='/admin/exports/decisions']");
      const download = page.waitForEvent("download");
      await form.getByRole("button", { name: "Télécharger" }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^decisions-\d{4}-\d{2}-\d{2}\.csv$/);
      const [header] = parseCsv(new TextDecoder().decode(readFileSync((await file.path())!).subarray(3)), ";");
      expect(header?.[0]).toBe("Décision");
    } finally {
      await context.close();
    }
  });
});
