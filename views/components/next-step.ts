/** For a town-hall agent, what each state means for them: what to do next. */

import type { RequestState } from "../../src/domain/request-state";

export const NEXT_STEP_FOR_APPLICANT: Record<RequestState, string> = {
  draft: "Complétez la demande et soumettez-la.",
  submitted: "Rien à faire : un instructeur examine votre demande.",
  tariff_act_requested: "Transmettez l'acte qui fixe vos tarifs, demandé par l'instructeur.",
  accepted: "Accès accordé : aucune action nécessaire.",
  rejected: "Lisez le motif du refus ; vous pouvez déposer une nouvelle demande.",
};
