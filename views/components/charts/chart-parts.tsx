/** What every chart shares: its props, the accessible SVG frame, the legend, and the same numbers as a table. */

import type { Child } from "hono/jsx";
import { DsfrTable } from "../dsfr-table";
import { formatNumber, px, textWidth } from "./scale";
import type { SeriesMeaning } from "./series-styles";

export interface ChartSeries {
  readonly label: string;
  /** What the series counts: it fixes the colour, motif, dash and marker, the same in every chart. */
  readonly meaning: SeriesMeaning;
  /** values[i] belongs to categories[i]; a missing value counts as 0. */
  readonly values: readonly number[];
}

export interface ChartProps {
  /** Prefix of the ids inside the SVG (title, description, motifs); unique on the page. */
  readonly id: string;
  /** Names the chart for assistive technologies and captions its table. */
  readonly title: string;
  /** Overrides the generated summary read out after the title. */
  readonly description?: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** What a category is ("Semaine", "Instructeur"): the category axis and the table's first column. */
  readonly categoryLabel: string;
  /** What the values count ("Nombre de demandes"): the value axis. */
  readonly valueLabel: string;
  readonly emptyMessage?: string;
}

export const WIDTH = 640;
const LEGEND_ROW = 22;

export const valueAt = (series: ChartSeries, index: number): number => series.values[index] ?? 0;
const hasData = (props: ChartProps): boolean => props.categories.length > 0 && props.series.length > 0;
export const maxValue = (props: ChartProps): number =>
  Math.max(0, ...props.series.flatMap((series) => props.categories.map((_, i) => valueAt(series, i))));

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/** A spoken summary: what is drawn, over which range, and where the highest value is. */
function summary(props: ChartProps, kind: string): string {
  let top = { value: -Infinity, series: "", category: "" };
  for (const series of props.series) {
    props.categories.forEach((category, i) => {
      if (valueAt(series, i) > top.value) top = { value: valueAt(series, i), series: series.label, category };
    });
  }
  const first = props.categories[0]!;
  const last = props.categories[props.categories.length - 1]!;
  const range = first === last ? `« ${first} »` : `de « ${first} » à « ${last} »`;
  const where = props.series.length > 1 ? `${top.series}, ${top.category}` : top.category;
  return (
    `${kind}, ${plural(props.series.length, "série", "séries")} (${props.series.map((s) => s.label).join(", ")}), ` +
    `${plural(props.categories.length, "entrée", "entrées")} ${range}. ` +
    `Valeur la plus haute : ${formatNumber(top.value)} (${where}). Les valeurs sont reprises dans le tableau qui suit.`
  );
}

/** The SVG with its title and description, then the table; or one sentence when there is nothing to draw. */
export function ChartFrame(p: { props: ChartProps; kind: string; height: number; children?: Child }) {
  const { id, title } = p.props;
  if (!hasData(p.props)) {
    return (
      <div class="cadre-chart cadre-chart--empty">
        <p class="cadre-chart__empty">{p.props.emptyMessage ?? "Aucune donnée sur la période choisie."}</p>
      </div>
    );
  }
  return (
    <div class="cadre-chart">
      <svg
        class="cadre-chart__svg"
        viewBox={`0 0 ${WIDTH} ${p.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{p.props.description ?? summary(p.props, p.kind)}</desc>
        {p.children}
      </svg>
      <ChartTable props={p.props} />
    </div>
  );
}

function ChartTable({ props }: { props: ChartProps }) {
  return (
    <DsfrTable caption={props.title}>
      <thead>
        <tr>
          <th scope="col">{props.categoryLabel}</th>
          {props.series.map((series) => (
            <th scope="col">{series.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.categories.map((category, i) => (
          <tr>
            <th scope="row">{category}</th>
            {props.series.map((series) => (
              <td class="cadre-chart__number">{formatNumber(valueAt(series, i))}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </DsfrTable>
  );
}

/** Where each legend item goes, wrapping to a new row when the width is used up. */
function legendLayout(labels: readonly string[], width: number): { x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return labels.map((label) => {
    const itemWidth = 22 + textWidth(label) + 16;
    if (x > 0 && x + itemWidth > width) [x, row] = [0, row + 1];
    const at = { x, row };
    x += itemWidth;
    return at;
  });
}

export const legendHeight = (labels: readonly string[], width: number): number =>
  labels.length === 0 ? 0 : (Math.max(...legendLayout(labels, width).map((at) => at.row)) + 1) * LEGEND_ROW;

/**
 * The legend, even for one series: its colour and motif mean the same in every chart, and the
 * key says so. `sample` draws the key (a motif swatch, a dashed line with its marker).
 */
export function Legend(p: {
  labels: readonly string[];
  x: number;
  y: number;
  width: number;
  sample: (i: number) => Child;
}) {
  if (p.labels.length === 0) return null;
  return (
    <g class="cadre-chart__legend">
      {legendLayout(p.labels, p.width).map((at, i) => (
        <g transform={`translate(${px(p.x + at.x)} ${p.y + at.row * LEGEND_ROW})`}>
          {p.sample(i)}
          <text class="cadre-chart__label" x="22" y="11">
            {p.labels[i]}
          </text>
        </g>
      ))}
    </g>
  );
}
