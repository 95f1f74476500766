/** The instruction queue: search, order and filters, tabs with counts, pages. */

import { DecisionDoneBanner, type DecisionDone } from "../components/decision-done";
import { KeyboardHelp } from "../components/keyboard-help";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";
import { QueueFilters, type QueueFiltersProps } from "../partials/queue-filters";
import { QueueResults, type QueueResultsProps } from "../partials/queue-results";

export function InstructionQueuePage(props: {
  viewer: Viewer;
  filters: QueueFiltersProps;
  results: QueueResultsProps;
  /** After "décider et passer à la suivante" with none left: the decision is confirmed here. */
  done?: DecisionDone | null;
}) {
  return (
    <Page title="Instruction" viewer={props.viewer} currentPath="/instruction">
      <div class="cadre-title-row">
        <h1>Demandes à instruire</h1>
        <div data-triage>
          <KeyboardHelp />
        </div>
      </div>
      {props.done ? <DecisionDoneBanner done={props.done} here={null} /> : null}
      <QueueFilters {...props.filters} />
      <QueueResults {...props.results} />
    </Page>
  );
}
