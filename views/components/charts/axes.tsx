/** Plot area and axes of the charts whose values go up (grouped bars, lines): gridlines with values, named axes. */

import { WIDTH, legendHeight } from "./chart-parts";
import { formatNumber, labelEvery, px, textWidth, type Ticks } from "./scale";

export interface PlotBox {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** SVG height: the plot plus the category labels and the axis name below it. */
  readonly height: number;
  readonly legendY: number;
}

const MARGIN = 16;
const PLOT_HEIGHT = 200;

/** Leaves room on the left for the widest tick value, so "1 500 000" is never clipped. */
export function verticalBox(seriesLabels: readonly string[], ticks: Ticks): PlotBox {
  const legend = legendHeight(seriesLabels, WIDTH - 2 * MARGIN);
  const tickWidth = Math.max(...ticks.values.map((tick) => textWidth(formatNumber(tick))));
  const top = MARGIN + legend + 32;
  const bottom = top + PLOT_HEIGHT;
  return { left: px(MARGIN + tickWidth + 8), right: WIDTH - MARGIN, top, bottom, height: bottom + 52, legendY: MARGIN };
}

export const yOf = (box: PlotBox, ticks: Ticks, value: number): number =>
  px(box.bottom - (value / ticks.max) * (box.bottom - box.top));

export function ValueAxis(p: { box: PlotBox; ticks: Ticks; title: string }) {
  const { box, ticks } = p;
  return (
    <g class="cadre-chart__axis">
      <text class="cadre-chart__axis-title" x={MARGIN} y={box.top - 18}>
        {p.title}
      </text>
      {ticks.values.map((tick) => {
        const y = yOf(box, ticks, tick);
        return (
          <g>
            <line
              class={tick === 0 ? "cadre-chart__baseline" : "cadre-chart__grid"}
              x1={box.left}
              x2={box.right}
              y1={y}
              y2={y}
            />
            <text class="cadre-chart__tick" x={box.left - 8} y={y + 4} text-anchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

// A centred label near an edge would spill out of the SVG; slide it in instead.
const inside = (centre: number, label: string): number =>
  Math.min(Math.max(centre, textWidth(label) / 2 + 2), WIDTH - textWidth(label) / 2 - 2);

/** Category labels under the plot, one in `every` when they would overlap, and the axis name. */
export function CategoryAxis(p: {
  box: PlotBox;
  labels: readonly string[];
  centres: readonly number[];
  title: string;
}) {
  const { box } = p;
  const every = labelEvery(p.labels, box.right - box.left);
  return (
    <g class="cadre-chart__axis">
      {p.labels.map((label, i) =>
        i % every === 0 ? (
          <text class="cadre-chart__tick" x={px(inside(p.centres[i]!, label))} y={box.bottom + 18} text-anchor="middle">
            {label}
          </text>
        ) : null,
      )}
      <text class="cadre-chart__axis-title" x={px((box.left + box.right) / 2)} y={box.bottom + 42} text-anchor="middle">
        {p.title}
      </text>
    </g>
  );
}
