/** The SVG pattern of a meaning: its colour as the ground, its motif drawn over it (series-styles.ts). */

import { isDotted, SERIES_STYLES, seriesClass, type SeriesMeaning } from "./series-styles";

export const motifId = (prefix: string, meaning: SeriesMeaning): string => `${prefix}-motif-${meaning}`;

export function MotifPattern({ id, meaning }: { id: string; meaning: SeriesMeaning }) {
  const marks = SERIES_STYLES[meaning].motif;
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8">
      <path class={`cadre-chart__fill ${seriesClass(meaning)}`} d="M0 0h8v8H0z" />
      {marks ? <path class={isDotted(meaning) ? "cadre-chart__dots" : "cadre-chart__hatch"} d={marks} /> : null}
    </pattern>
  );
}
