/** A line chart as server-rendered SVG: one or more series over periods (the backlog over time). */

import { CategoryAxis, ValueAxis, verticalBox, yOf } from "./axes";
import { ChartFrame, Legend, WIDTH, maxValue, valueAt, type ChartProps } from "./chart-parts";
import { formatNumber, niceTicks, px } from "./scale";
import { SERIES_STYLES, seriesClass, type SeriesMeaning, type SeriesStyle } from "./series-styles";

export type { ChartProps } from "./chart-parts";

// Each meaning has its own dash and its own marker as well as its colour, so two lines stay
// distinguishable in greyscale. The dash is an attribute, not CSS: it carries meaning.
type Marker = (x: number, y: number) => string;
const MARKERS: Readonly<Record<SeriesStyle["marker"], Marker>> = {
  circle: (x, y) => `M${px(x - 4)} ${y}a4 4 0 1 0 8 0a4 4 0 1 0 -8 0z`,
  square: (x, y) => `M${px(x - 3.5)} ${px(y - 3.5)}h7v7h-7z`,
  triangle: (x, y) => `M${x} ${px(y - 5)}l4.5 8h-9z`,
  diamond: (x, y) => `M${x} ${px(y - 5)}l5 5l-5 5l-5 -5z`,
};
const dashOf = (meaning: SeriesMeaning) => SERIES_STYLES[meaning].dash || undefined;
const markerOf = (meaning: SeriesMeaning) => MARKERS[SERIES_STYLES[meaning].marker];

// Writing each value above its point helps a single short series; more would overlap.
const MAX_LABELLED_POINTS = 16;

function Sample({ meaning }: { meaning: SeriesMeaning }) {
  return (
    <g class={seriesClass(meaning)}>
      <line class="cadre-chart__line" x1="0" x2="18" y1="7" y2="7" stroke-dasharray={dashOf(meaning)} />
      <path class="cadre-chart__point" d={markerOf(meaning)(9, 7)} />
    </g>
  );
}

export function LineChart(props: ChartProps) {
  const ticks = niceTicks(maxValue(props));
  const labels = props.series.map((series) => series.label);
  const box = verticalBox(labels, ticks);
  const slot = (box.right - box.left) / Math.max(props.categories.length, 1);
  const xs = props.categories.map((_, i) => px(box.left + slot * (i + 0.5)));
  const labelled = props.series.length === 1 && props.categories.length <= MAX_LABELLED_POINTS;
  return (
    <ChartFrame props={props} kind="Courbe" height={box.height}>
      <Legend
        labels={labels}
        x={16}
        y={box.legendY}
        width={WIDTH - 32}
        sample={(i) => <Sample meaning={props.series[i]!.meaning} />}
      />
      <ValueAxis box={box} ticks={ticks} title={props.valueLabel} />
      {props.series.map((series, s) => {
        const points = xs.map((x, i) => ({ x, y: yOf(box, ticks, valueAt(series, i)), value: valueAt(series, i) }));
        return (
          <g class={`cadre-chart__series ${seriesClass(series.meaning)}`}>
            {points.length > 1 ? (
              <path
                class="cadre-chart__line"
                d={points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join("")}
                stroke-dasharray={dashOf(series.meaning)}
              />
            ) : null}
            {points.map((p) => (
              <path class="cadre-chart__point" d={markerOf(series.meaning)(p.x, p.y)} />
            ))}
            {labelled
              ? points.map((p) => (
                  <text class="cadre-chart__value" x={p.x} y={px(p.y - 9)} text-anchor="middle">
                    {formatNumber(p.value)}
                  </text>
                ))
              : null}
          </g>
        );
      })}
      <CategoryAxis box={box} labels={props.categories} centres={xs} title={props.categoryLabel} />
    </ChartFrame>
  );
}
