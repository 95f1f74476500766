/**
 * Streams generated rows (1,000,000 × 12 columns by default) through each export writer into a
 * byte counter and prints rows/s, output size and peak RSS, against a baseline measured in the
 * same run: the row source alone, with no writer. `npx tsx bench/export-writers.ts [rows] [csv|xlsx|ods…]`
 * Peak RSS is sampled at every chunk, so it is the memory the writer holds while streaming; each
 * writer's peak is the process's peak so far, so run one writer per process for a clean figure.
 */

import type { Column, Row } from "../src/exports/columns";
import { csvStream } from "../src/exports/csv";
import { odsStream } from "../src/exports/ods";
import { xlsxStream } from "../src/exports/xlsx";

const columns: Column[] = [
  { key: "id", header: "Numéro", description: "", type: "integer" },
  { key: "siret", header: "SIRET", description: "", type: "text" },
  { key: "organisation", header: "Collectivité", description: "", type: "text" },
  { key: "kind", header: "Type", description: "", type: "text" },
  { key: "state", header: "État", description: "", type: "text" },
  { key: "motivation", header: "Motivation", description: "", type: "text" },
  { key: "scopes", header: "Données", description: "", type: "integer" },
  { key: "amount", header: "Montant", description: "", type: "number" },
  { key: "ratio", header: "Délai (jours)", description: "", type: "number" },
  { key: "deliberation", header: "Délibération du", description: "", type: "date" },
  { key: "submittedAt", header: "Déposée le", description: "", type: "datetime" },
  { key: "decidedAt", header: "Décidée le", description: "", type: "datetime" },
];

const TOWNS = ["Évreux", "Saint-Étienne", "Besançon", "Nîmes", "Orléans", "Châlons-en-Champagne", "Hénin-Beaumont"];
const KINDS = ["commune", "EPCI", "département", "région", "CCAS"];
const STATES = ["brouillon", "déposée", "validée", "refusée", "acte demandé"];
const MOTIVES = [
  "La délibération du conseil municipal prévoit le quotient familial pour la cantine.",
  'Acte tarifaire « restauration scolaire » ; tarifs; "grille 2024"',
  "Refus : la donnée n'est pas prévue\npar l'acte.",
  '=HYPERLINK("http://exemple.invalid")',
  "",
];
const START = Date.UTC(2024, 0, 1);

async function* generate(count: number): AsyncGenerator<Row> {
  for (let i = 0; i < count; i++) {
    const submitted = START + ((i * 7919) % 31_536_000) * 1000;
    yield {
      id: i + 1,
      siret: String(21_000_000_000_000 + i),
      organisation: `${KINDS[i % 5] === "CCAS" ? "CCAS" : "Mairie"} de ${TOWNS[i % 7]} n° ${i}`,
      kind: KINDS[i % 5]!,
      state: STATES[i % 5]!,
      motivation: MOTIVES[i % 5]!,
      scopes: i % 61,
      amount: ((i * 37) % 100_000) / 100 - 50,
      ratio: i % 3 === 0 ? null : (i % 90) + 0.5,
      deliberation: new Date(submitted - 86_400_000 * 30),
      submittedAt: new Date(submitted),
      decidedAt: i % 5 < 2 ? null : new Date(submitted + 3_600_000 * ((i % 200) + 1)),
    };
  }
}

async function drain(stream: ReadableStream<Uint8Array>, peak: { rss: number }): Promise<number> {
  let bytes = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes;
    bytes += value.length;
    peak.rss = Math.max(peak.rss, process.memoryUsage.rss());
  }
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1_000_000);
  const only = process.argv.slice(3);
  const writers: Record<string, (rows: AsyncIterable<Row>) => ReadableStream<Uint8Array>> = {
    csv: (rows) => csvStream(columns, rows, { separator: ";", bom: true }),
    xlsx: (rows) => xlsxStream(columns, rows),
    ods: (rows) => odsStream(columns, rows),
  };

  let started = performance.now();
  let generated = 0;
  for await (const _ of generate(count)) generated++;
  const baseline = (performance.now() - started) / 1000;
  console.log(
    `Node ${process.version}; ${generated} rows × ${columns.length} columns; baseline (rows only): ${baseline.toFixed(2)} s`,
  );
  console.log("writer  seconds  rows/s     ×baseline  output     peak RSS");

  for (const [name, write] of Object.entries(writers)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const peak = { rss: process.memoryUsage.rss() };
    const before = peak.rss;
    started = performance.now();
    const bytes = await drain(write(generate(count)), peak);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      [
        name.padEnd(6),
        seconds.toFixed(2).padStart(7),
        Math.round(count / seconds)
          .toLocaleString("en")
          .padStart(9),
        `${(seconds / baseline).toFixed(1)}×`.padStart(9),
        mb(bytes).padStart(10),
        `${mb(peak.rss)} (start ${mb(before)})`,
      ].join("  "),
    );
  }
}

await main();
