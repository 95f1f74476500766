/** The admin's reopening of a decided request: a reason is required and goes into the history. */

import { TextArea } from "../components/form-fields";

export function ReopenForm(props: {
  requestId: number;
  version: number;
  actionSuffix: string;
  error?: string;
  reason?: string;
}) {
  return (
    <section class="fr-mb-4w" aria-labelledby="rouvrir">
      <h2 id="rouvrir" class="fr-h4">
        Rouvrir la décision
      </h2>
      <form method="post" action={`/instruction/demandes/${props.requestId}/rouvrir${props.actionSuffix}`}>
        <input type="hidden" name="version" value={String(props.version)} />
        <TextArea
          id="motivation-rouvrir"
          name="motivation"
          label="Raison de la réouverture"
          hint="Obligatoire : elle sera visible dans l'historique de la demande."
          value={props.reason}
          error={props.error}
          rows={3}
        />
        <button type="submit" class="fr-btn fr-btn--secondary fr-mt-1w">
          Rouvrir la demande
        </button>
      </form>
    </section>
  );
}
