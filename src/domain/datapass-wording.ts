/** What Cadre says about requests imported from DataPass, in one place for the pages and the API. */

export const DATAPASS_DOCUMENTS_NOTE =
  "Les pièces jointes déposées dans DataPass ne sont pas exposées par son API : Cadre ne les a pas. L'acte est lu à l'adresse indiquée dans la demande ; sinon, demandez-le à la collectivité.";

const EVENT_LABELS: Record<string, string> = {
  submit: "Demande soumise dans DataPass",
  approve: "Demande validée dans DataPass",
  refuse: "Demande refusée dans DataPass",
  request_changes: "Modifications demandées dans DataPass",
  revoke: "Habilitation révoquée dans DataPass",
  archive: "Demande archivée dans DataPass",
  reopen: "Demande rouverte dans DataPass",
};

/** The history label of a `datapass_<event>` row (an unknown event is shown by its name). */
export function datapassEventLabel(type: string): string | null {
  if (!type.startsWith("datapass_")) return null;
  const event = type.slice("datapass_".length);
  return EVENT_LABELS[event] ?? `Événement DataPass : ${event}`;
}
