/** A small export that exercises every type and every awkward character, for all three writers. */

import type { Column, Row } from "../../../src/exports/columns";

export const columns: Column[] = [
  { key: "id", header: "Numéro", description: "Identifiant de la demande", type: "integer" },
  { key: "organisation", header: "Collectivité", description: "Nom de la collectivité", type: "text" },
  { key: "motif", header: "Motivation", description: "Motivation de la décision", type: "text" },
  { key: "montant", header: "Montant (€)", description: "Montant", type: "number" },
  { key: "depot", header: "Date de dépôt", description: "Jour du dépôt", type: "date" },
  { key: "decision", header: "Décidée le", description: "Date et heure de la décision", type: "datetime" },
];

export const rows: Row[] = [
  {
    id: 1,
    organisation: "Mairie d'Évreux",
    motif: 'Délibération « tarifs » & <cantine> "2024"',
    montant: 3.5,
    depot: "2024-03-05",
    decision: new Date("2024-03-05T13:30:00Z"),
  },
  {
    id: 2,
    organisation: "CCAS de Saint-Étienne; annexe, bis",
    motif: "ligne 1\nligne 2\r\nligne 3",
    montant: -5,
    // 22:00 UTC on the 14th is already the 15th in Paris (summer time).
    depot: new Date("2024-07-14T22:00:00Z"),
    decision: new Date("2024-07-01T10:00:05.900Z"),
  },
  { id: 3, organisation: null, motif: "", montant: null, depot: null, decision: null },
  {
    id: "4",
    organisation: "  deux  espaces  ",
    motif: "naïve œuvre — 🎉 ok",
    montant: "1234567.25",
    depot: "2024-02-29",
    decision: "2024-12-24T18:00:00Z",
  },
];

/** What a reader should find in the sample, typed, before any format's encoding. */
export const expected = [
  {
    id: 1,
    organisation: "Mairie d'Évreux",
    motif: 'Délibération « tarifs » & <cantine> "2024"',
    montant: 3.5,
    depot: "2024-03-05",
    decision: "2024-03-05T14:30:00+01:00",
  },
  {
    id: 2,
    organisation: "CCAS de Saint-Étienne; annexe, bis",
    motif: "ligne 1\nligne 2\nligne 3",
    montant: -5,
    depot: "2024-07-15",
    decision: "2024-07-01T12:00:05+02:00",
  },
  { id: 3, organisation: null, motif: null, montant: null, depot: null, decision: null },
  {
    id: 4,
    organisation: "  deux  espaces  ",
    motif: "naïve œuvre — 🎉 ok",
    montant: 1234567.25,
    depot: "2024-02-29",
    decision: "2024-12-24T19:00:00+01:00",
  },
];
