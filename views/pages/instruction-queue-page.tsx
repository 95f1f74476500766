/** The instruction queue: search and filters, tabs with counts, oldest submission first. */

import { KeyboardHelp } from "../components/keyboard-help";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";
import { QueueFilters, type QueueFiltersProps } from "../partials/queue-filters";
import { QueueResults, type QueueResultsProps } from "../partials/queue-results";

export function InstructionQueuePage(props: {
  viewer: Viewer;
  filters: QueueFiltersProps;
  results: QueueResultsProps;
}) {
  return (
    <Page title="Instruction" viewer={props.viewer} currentPath="/instruction">
      <div class="cadre-title-row">
        <h1>Demandes à instruire</h1>
        <div data-triage>
          <KeyboardHelp />
        </div>
      </div>
      <QueueFilters {...props.filters} />
      <QueueResults {...props.results} />
    </Page>
  );
}
