/** The DSFR table frame (scrolling wrapper and caption); callers give the header and the rows. */

import type { Child } from "hono/jsx";

export function DsfrTable({
  caption,
  hideCaption,
  children,
}: {
  caption: string;
  hideCaption?: boolean;
  children?: Child;
}) {
  return (
    // Multiline: long cells (quotes, motivations) wrap instead of making the table scroll sideways.
    <div class={`fr-table fr-table--multiline${hideCaption ? " fr-table--no-caption" : ""}`}>
      <div class="fr-table__wrapper">
        {/* The frame that scrolls sideways on a small screen: reachable and named for keyboard users. */}
        <div class="fr-table__container" tabindex={0} role="region" aria-label={caption}>
          <div class="fr-table__content">
            <table>
              <caption>{caption}</caption>
              {children}
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
