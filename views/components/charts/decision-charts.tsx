/**
 * The charts of decisions over time, the same on the admins' dashboard and the public
 * statistics page: volumes per period (bars) and requests waiting for an instructor (line),
 * each followed by its table, and the key to the colours and motifs they share.
 */

import { bucketLabel, type Granularity } from "../../../src/domain/paris-calendar";
import type { BucketStatistics } from "../../../src/domain/statistics-dashboard";
import { BarChart } from "./bar-chart";
import { LineChart } from "./line-chart";
import { MotifPattern, motifId } from "./motifs";
import { SERIES_STYLES, seriesOf, type SeriesMeaning } from "./series-styles";

const KEY: readonly SeriesMeaning[] = ["submitted", "accepted", "rejected", "tariffActRequested", "waiting"];
/** The volume chart's series, each a count of its bucket. */
const VOLUMES = ["submitted", "accepted", "rejected", "tariffActRequested"] as const;

/** What each colour and motif means, once above the charts that use them. */
function ChartKey() {
  return (
    <div class="cadre-chart-key fr-mb-3w">
      <p class="fr-text--sm fr-mb-1w">
        Chaque série garde sa couleur et son motif dans tous les graphiques ; les tableaux qui suivent reprennent les
        valeurs.
      </p>
      <ul class="cadre-chart-key__list">
        {KEY.map((meaning) => {
          const style = SERIES_STYLES[meaning];
          return (
            <li>
              <svg class="cadre-chart-key__swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                <defs>
                  <MotifPattern id={motifId("cle", meaning)} meaning={meaning} />
                </defs>
                <rect
                  class="cadre-chart__swatch"
                  x="0.5"
                  y="0.5"
                  width="15"
                  height="15"
                  fill={`url(#${motifId("cle", meaning)})`}
                />
              </svg>{" "}
              <strong>{style.label}</strong> : {style.meaning} ({style.colourName}, {style.motifName})
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function DecisionCharts(props: {
  buckets: readonly BucketStatistics[];
  granularity: Granularity;
  /** Id prefix, unique on the page. */
  id?: string;
}) {
  const { buckets, granularity } = props;
  const id = props.id ?? "decisions";
  const labels = buckets.map((bucket) => bucketLabel(bucket.start, granularity));
  const unit = granularity === "week" ? "Semaine" : "Jour";
  return (
    <>
      <ChartKey />
      <BarChart
        id={`${id}-volumes`}
        title="Demandes soumises et décisions"
        categories={labels}
        categoryLabel={unit}
        valueLabel="Nombre de demandes"
        series={VOLUMES.map((meaning) =>
          seriesOf(
            meaning,
            buckets.map((bucket) => bucket[meaning]),
          ),
        )}
      />
      <LineChart
        id={`${id}-stock`}
        title="Demandes en attente d'un instructeur"
        categories={labels}
        categoryLabel={unit}
        valueLabel="Demandes en attente"
        series={[
          seriesOf(
            "waiting",
            buckets.map((bucket) => bucket.backlog),
          ),
        ]}
      />
    </>
  );
}
