/**
 * Charts, in Chromium: the public statistics page and the admins' dashboard draw each series
 * in the same colour (DSFR illustrative palette) with the same motif, each chart followed by
 * its table. Axe on both pages, on a desktop and at 375 px.
 */

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBothWidths, openBrowserSession, type BrowserSession } from "./browser";

/** The colour each meaning's pattern is painted with, as the browser computed it. */
const fills = (page: Page) =>
  page.evaluate(() => {
    const colours: Record<string, string> = {};
    document.querySelectorAll("pattern[id*='-volumes-motif-'] .cadre-chart__fill").forEach((path) => {
      const meaning = path.closest("pattern")!.id.split("-motif-")[1]!;
      colours[meaning] = getComputedStyle(path).fill;
    });
    return colours;
  });

const EXPECTED = {
  submitted: "rgb(70, 95, 157)", // bleu écume
  accepted: "rgb(0, 169, 95)", // vert émeraude
  rejected: "rgb(206, 97, 74)", // rouge tuile
  tariffActRequested: "rgb(200, 170, 57)", // jaune tournesol
};

describe("charts in Chromium", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
  }, 60_000);
  afterAll(async () => session?.close());

  it(
    "draws the same series in the same colours on the public page and the dashboard",
    { timeout: 60_000 },
    async () => {
      const page = await session.newPage();
      await page.goto(`${session.baseUrl}/statistiques`);
      await expect(page.locator("svg.cadre-chart__svg").count()).resolves.toBe(2);
      await expect(page.locator("table caption").allTextContents()).resolves.toEqual(
        expect.arrayContaining(["Demandes soumises et décisions", "Demandes en attente d'un instructeur"]),
      );
      await expect(page.locator(".cadre-chart-key").textContent()).resolves.toContain("Validées : issue favorable");
      expect(await fills(page)).toEqual(EXPECTED);
      // The backlog line wears the "waiting" colour (violet glycine).
      await expect(
        page
          .locator(".cadre-chart__series--waiting path.cadre-chart__line")
          .evaluate((line) => getComputedStyle(line).stroke),
      ).resolves.toBe("rgb(165, 88, 160)");
      await checkBothWidths(page);

      await page.goto(`${session.baseUrl}/connexion`);
      await page.getByRole("button", { name: "Entrer comme administrateur" }).click();
      await page.waitForURL(`${session.baseUrl}/admin/statistiques`);
      expect(await fills(page)).toEqual(EXPECTED);
      // Décisions par instructeur: the same colours, without "Soumises".
      const byInstructor = await page.evaluate(() =>
        [...document.querySelectorAll("pattern[id^='instructeurs-motif-'] .cadre-chart__fill")].map(
          (path) => `${path.closest("pattern")!.id.replace("instructeurs-motif-", "")} ${getComputedStyle(path).fill}`,
        ),
      );
      expect(byInstructor).toEqual([
        `accepted ${EXPECTED.accepted}`,
        `rejected ${EXPECTED.rejected}`,
        `tariffActRequested ${EXPECTED.tariffActRequested}`,
      ]);
      await checkBothWidths(page);
      expect(session.problems).toEqual([]);
    },
  );
});
