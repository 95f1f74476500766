/**
 * The confirmation after a decision: the page the instructor lands on (the request itself, the
 * next one in the queue, or the queue when none is left) says what was recorded, and that the
 * collectivité is told.
 */

import { Alert } from "./alert";

const DONE_WORDS = {
  accept: { title: "validée", message: "La collectivité en est informée par courriel." },
  reject: { title: "refusée", message: "La collectivité reçoit le motif du refus par courriel." },
  request_tariff_act: {
    title: "en attente de l'acte tarifaire",
    message: "La collectivité reçoit votre demande d'acte tarifaire par courriel.",
  },
  reopen: { title: "rouverte", message: "La raison est gardée dans l'historique de la demande." },
} as const;

export type DoneDecision = keyof typeof DONE_WORDS;

export interface DecisionDone {
  readonly decision: DoneDecision;
  readonly requestId: number;
}

export function isDoneDecision(value: string): value is DoneDecision {
  return Object.hasOwn(DONE_WORDS, value);
}

/** `here` is the request the banner sits on: another one means "the next one is shown". */
export function DecisionDoneBanner({ done, here }: { done: DecisionDone; here: number | null }) {
  const words = DONE_WORDS[done.decision];
  const after =
    here === done.requestId
      ? ""
      : here === null
        ? " Aucune autre demande ne correspond aux filtres de la file."
        : ` Voici la demande suivante de la file (n° ${here}).`;
  return (
    <div role="status">
      <Alert
        kind="success"
        title={`Décision enregistrée : demande n° ${done.requestId} ${words.title}.`}
        message={`${words.message}${after}`}
      />
    </div>
  );
}
