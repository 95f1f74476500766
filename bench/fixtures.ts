/** Realistic inputs for the benchmarks, made from the demo's acts and the test fixtures' tools. */

import { buildDemoDataset } from "../src/demo/dataset";
import { makeScannedPdf } from "../test/support/document-fixtures";

const PAGE_CHARS = 3_000;

/** About twenty pages (~60,000 characters) of délibérations, pages separated by form feeds. */
export function twentyPageAct(): string {
  const texts = buildDemoDataset(new Date(Date.UTC(2026, 10, 1))).requests.flatMap((request) =>
    request.documents.map((document) => document.text),
  );
  const pages: string[] = [];
  let current = "";
  for (const text of texts.concat(texts)) {
    for (const paragraph of text.split("\n")) {
      current += `${paragraph}\n`;
      if (current.length >= PAGE_CHARS) {
        pages.push(current);
        current = "";
        if (pages.length === 20) return pages.join("\f");
      }
    }
  }
  return pages.join("\f");
}

/** One dense page of a délibération, rasterised and wrapped in a PDF as a scanner would. */
export function scannedPdf(): Promise<Uint8Array> {
  return makeScannedPdf([
    [
      "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
      "Séance du 12 mars 2026 — Objet : tarifs de la restauration scolaire",
      "Le conseil municipal, après en avoir délibéré, à l'unanimité, décide :",
      "Article 1 : les tarifs du repas sont fixés selon le quotient familial CAF :",
      "Tranche 1 — QF de 0 à 450 € : 1,20 € par repas",
      "Tranche 2 — QF de 451 à 800 € : 2,35 € par repas",
      "Tranche 3 — QF de 801 à 1 200 € : 3,40 € par repas",
      "Tranche 4 — QF supérieur à 1 200 € : 4,10 € par repas",
      "Article 2 : les enfants domiciliés hors commune paient 5,20 € par repas.",
      "Article 3 : une réduction de 20 % s'applique à partir du troisième enfant inscrit.",
      "Fait et délibéré les jour, mois et an susdits. Le Maire.",
    ],
  ]);
}
