// Takes the README's screenshots from the demo in Chromium: `npm run screenshots`.
import { mkdirSync } from "node:fs";
import { openBrowserSession } from "../test/e2e/browser";

const out = "public/readme";
mkdirSync(out, { recursive: true });
const session = await openBrowserSession();
try {
  const page = await session.newPage();
  const signInAs = async (button: RegExp, landing: string) => {
    await page.goto(`${session.baseUrl}/connexion`);
    await page.getByRole("button", { name: button }).click();
    await page.waitForURL(`${session.baseUrl}${landing}`);
  };
  await session.waitForReading();
  await signInAs(/Entrer comme instructeur/, "/instruction");
  await page.screenshot({ path: `${out}/instruction.png` });
  await page.locator("table tbody tr a").first().click();
  await page.waitForURL(/\/instruction\/demandes\/\d+/);
  await page.screenshot({ path: `${out}/revue.png`, fullPage: true });
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await signInAs(/Entrer comme collectivité/, "/demandes");
  await page.screenshot({ path: `${out}/demandes.png` });
  await page.locator("table tbody tr", { hasText: "Acte tarifaire demandé" }).first().locator("a").click();
  await page.waitForURL(/\/demandes\/\d+$/);
  await page.screenshot({ path: `${out}/demande-acte-tarifaire.png`, fullPage: true });
  console.log(`screenshots written to ${out}/`);
} finally {
  await session.close();
}
