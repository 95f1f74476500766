/**
 * What Cadre exports: the columns of each export (the documented dictionary is generated from
 * them) and how a stored row becomes an exported one, labels in French.
 */

import { STATE_LABELS, isRequestState } from "../domain/request-state";
import { useCaseLabel } from "../domain/use-case-catalogue";
import type { DecisionExportRow, RequestExportRow } from "../storage/export-store";
import { batchedRows, rowBatchesOf } from "../storage/row-batches";
import type { Column, Row } from "./columns";

const DECISION_LABELS: Record<string, string> = {
  accept: "Validée",
  reject: "Refusée",
  request_tariff_act: "Acte tarifaire demandé",
  reopen: "Rouverte",
};

export const REQUEST_COLUMNS: readonly Column[] = [
  { key: "numero", header: "Numéro", description: "Numéro de la demande dans Cadre.", type: "integer" },
  { key: "organisation", header: "Organisation", description: "Nom de la collectivité demandeuse.", type: "text" },
  {
    key: "siret",
    header: "SIRET",
    description: "SIRET de la collectivité (14 chiffres, gardé en texte).",
    type: "text",
  },
  { key: "type", header: "Type", description: "commune, epci, departement, region, ccas ou autre.", type: "text" },
  { key: "departement", header: "Département", description: "Code du département.", type: "text" },
  { key: "cas_usage", header: "Cas d'usage", description: "Cas d'usage du formulaire API Particulier.", type: "text" },
  {
    key: "donnees",
    header: "Données",
    description: "Clés des données demandées, séparées par des virgules.",
    type: "text",
  },
  {
    key: "etat",
    header: "État",
    description: "Brouillon, En instruction, Acte tarifaire demandé, Validée ou Refusée.",
    type: "text",
  },
  {
    key: "cadre_juridique",
    header: "Cadre juridique",
    description: "L'acte invoqué, tel que saisi par la collectivité.",
    type: "text",
  },
  {
    key: "cadre_juridique_url",
    header: "Adresse de l'acte",
    description: "Adresse web de l'acte, si donnée.",
    type: "text",
  },
  { key: "creee_le", header: "Créée le", description: "Date et heure de création (heure de Paris).", type: "datetime" },
  { key: "soumise_le", header: "Soumise le", description: "Première soumission (heure de Paris).", type: "datetime" },
  {
    key: "decidee_le",
    header: "Décidée le",
    description: "Dernière validation ou refus (heure de Paris).",
    type: "datetime",
  },
  {
    key: "derniere_decision",
    header: "Dernière décision",
    description: "Dernière décision d'un instructeur ou d'un administrateur.",
    type: "text",
  },
  { key: "motivation", header: "Motivation", description: "Motivation de la dernière décision.", type: "text" },
];

export function requestRow(row: RequestExportRow): Row {
  return {
    numero: row.id,
    organisation: row.organisation,
    siret: row.siret,
    type: row.kind,
    departement: row.departement,
    cas_usage: useCaseLabel(row.useCase),
    donnees: row.scopes ?? "",
    etat: isRequestState(row.state) ? STATE_LABELS[row.state] : row.state,
    cadre_juridique: row.legalFrameworkText,
    cadre_juridique_url: row.legalFrameworkUrl,
    creee_le: new Date(row.createdAt),
    soumise_le: row.firstSubmittedAt === null ? null : new Date(row.firstSubmittedAt),
    decidee_le: row.decidedAt === null ? null : new Date(row.decidedAt),
    derniere_decision: row.lastDecision ? (DECISION_LABELS[row.lastDecision] ?? row.lastDecision) : null,
    motivation: row.lastMotivation,
  };
}

export const DECISION_COLUMNS: readonly Column[] = [
  { key: "decision_id", header: "Décision", description: "Numéro de la décision.", type: "integer" },
  { key: "demande", header: "Demande", description: "Numéro de la demande.", type: "integer" },
  { key: "organisation", header: "Organisation", description: "Nom de la collectivité.", type: "text" },
  { key: "siret", header: "SIRET", description: "SIRET de la collectivité.", type: "text" },
  { key: "cas_usage", header: "Cas d'usage", description: "Cas d'usage de la demande.", type: "text" },
  {
    key: "decision",
    header: "Décision prise",
    description: "Validée, Refusée, Acte tarifaire demandé ou Rouverte.",
    type: "text",
  },
  { key: "motivation", header: "Motivation", description: "Motivation écrite par l'instructeur.", type: "text" },
  { key: "auteur", header: "Auteur", description: "Instructeur ou administrateur qui a décidé.", type: "text" },
  { key: "date", header: "Date", description: "Date et heure de la décision (heure de Paris).", type: "datetime" },
];

export function decisionRow(row: DecisionExportRow): Row {
  return {
    decision_id: row.id,
    demande: row.requestId,
    organisation: row.organisation,
    siret: row.siret,
    cas_usage: useCaseLabel(row.useCase),
    decision: DECISION_LABELS[row.decision] ?? row.decision,
    motivation: row.motivation,
    auteur: row.author,
    date: new Date(row.createdAt),
  };
}

/** The open-data file: accepted requests only, no person's name, no motivation. */
export const OPEN_DATA_COLUMNS: readonly Column[] = [
  { key: "organisation", header: "organisation", description: "Nom de la collectivité habilitée.", type: "text" },
  { key: "siret", header: "siret", description: "SIRET de la collectivité.", type: "text" },
  { key: "cas_usage", header: "cas_usage", description: "Cas d'usage.", type: "text" },
  {
    key: "donnees",
    header: "donnees",
    description: "Clés des données accordées, séparées par des virgules.",
    type: "text",
  },
  { key: "cadre_juridique", header: "cadre_juridique", description: "Acte invoqué comme base légale.", type: "text" },
  { key: "date_validation", header: "date_validation", description: "Date de validation.", type: "date" },
];

export function openDataRow(row: RequestExportRow): Row {
  return {
    organisation: row.organisation,
    siret: row.siret,
    cas_usage: useCaseLabel(row.useCase),
    donnees: row.scopes ?? "",
    cadre_juridique: row.legalFrameworkText,
    date_validation: row.decidedAt === null ? null : new Date(row.decidedAt),
  };
}

export function mapRows<T>(source: AsyncIterable<T>, map: (row: T) => Row): AsyncIterable<Row> {
  // Batched, whatever the source (see storage/row-batches.ts): one await per batch, not per row.
  return batchedRows(async function* () {
    for await (const batch of rowBatchesOf(source)) yield batch.map(map);
  });
}
