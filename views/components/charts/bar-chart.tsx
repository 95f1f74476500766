/** Bar charts as server-rendered SVG: grouped columns per period, or horizontal bars for rankings. */

import { CategoryAxis, ValueAxis, verticalBox, yOf } from "./axes";
import {
  ChartFrame,
  Legend,
  WIDTH,
  legendHeight,
  maxValue,
  valueAt,
  type ChartProps,
  type ChartSeries,
} from "./chart-parts";
import { formatNumber, niceTicks, px, textWidth, truncate } from "./scale";
import { MotifPattern, motifId } from "./motifs";

export type { ChartProps } from "./chart-parts";

/** One pattern per meaning present (series are told apart by motif as well as by colour). */
function Motifs({ id, series }: { id: string; series: readonly ChartSeries[] }) {
  const meanings = [...new Set(series.map((one) => one.meaning))];
  return (
    <defs>
      {meanings.map((meaning) => (
        <MotifPattern id={motifId(id, meaning)} meaning={meaning} />
      ))}
    </defs>
  );
}

const motif = (id: string, series: ChartSeries) => `url(#${motifId(id, series.meaning)})`;

const Swatch = ({ id, series }: { id: string; series: ChartSeries }) => (
  <rect class="cadre-chart__swatch" x="0" y="0" width="14" height="14" fill={motif(id, series)} />
);

const VALUE_FONT = 11;
// Below this width, value labels of neighbouring bars run together ("00 00"): the table has them.
const LABELLED_BAR = 16;

/** Columns grouped by category (one per series), values up a 1-2-5 axis. */
export function BarChart(props: ChartProps) {
  const ticks = niceTicks(maxValue(props));
  const labels = props.series.map((series) => series.label);
  const box = verticalBox(labels, ticks);
  const slot = (box.right - box.left) / Math.max(props.categories.length, 1);
  // A lone period must not become one 450-pixel slab: bars stay narrow, groups keep a gap.
  const barWidth = px(Math.min((slot * 0.75) / Math.max(props.series.length, 1), 48));
  const centres = props.categories.map((_, i) => px(box.left + slot * (i + 0.5)));
  return (
    <ChartFrame props={props} kind="Diagramme en barres" height={box.height}>
      <Motifs id={props.id} series={props.series} />
      <Legend
        labels={labels}
        x={16}
        y={box.legendY}
        width={WIDTH - 32}
        sample={(i) => <Swatch id={props.id} series={props.series[i]!} />}
      />
      <ValueAxis box={box} ticks={ticks} title={props.valueLabel} />
      {centres.map((centre, i) => {
        const first = centre - (barWidth * props.series.length) / 2;
        return (
          <g class="cadre-chart__group">
            {props.series.map((series, s) => {
              const value = valueAt(series, i);
              const y = yOf(box, ticks, value);
              const x = px(first + s * barWidth);
              const text = formatNumber(value);
              return (
                <g>
                  <rect
                    class="cadre-chart__bar"
                    x={x}
                    y={y}
                    width={px(barWidth - 1)}
                    height={box.bottom - y}
                    fill={motif(props.id, series)}
                  />
                  {barWidth >= LABELLED_BAR && textWidth(text, VALUE_FONT) <= barWidth + 2 ? (
                    <text class="cadre-chart__value" x={px(x + barWidth / 2)} y={y - 4} text-anchor="middle">
                      {text}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
      <CategoryAxis box={box} labels={props.categories} centres={centres} title={props.categoryLabel} />
    </ChartFrame>
  );
}

const BAR = 16;
const LABEL_LINE = 18;

/** One row per category (instructor, rule), its name above its bars and each value written at the bar's end. */
export function HorizontalBarChart(props: ChartProps) {
  const ticks = niceTicks(maxValue(props));
  const labels = props.series.map((series) => series.label);
  const valueRoom = Math.max(...ticks.values.map((tick) => textWidth(formatNumber(tick)))) + 12;
  const left = 16;
  const right = WIDTH - valueRoom;
  const top = 16 + legendHeight(labels, WIDTH - 32) + 4;
  const rowHeight = LABEL_LINE + props.series.length * (BAR + 4) + 10;
  const bottom = top + rowHeight * props.categories.length;
  const xOf = (value: number) => px(left + (value / ticks.max) * (right - left));
  return (
    <ChartFrame props={props} kind="Diagramme en barres horizontales" height={bottom + 52}>
      <Motifs id={props.id} series={props.series} />
      <Legend
        labels={labels}
        x={16}
        y={16}
        width={WIDTH - 32}
        sample={(i) => <Swatch id={props.id} series={props.series[i]!} />}
      />
      <g class="cadre-chart__axis">
        {ticks.values.map((tick) => (
          <g>
            <line
              class={tick === 0 ? "cadre-chart__baseline" : "cadre-chart__grid"}
              x1={xOf(tick)}
              x2={xOf(tick)}
              y1={top}
              y2={bottom}
            />
            <text class="cadre-chart__tick" x={xOf(tick)} y={bottom + 16} text-anchor="middle">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        <text class="cadre-chart__axis-title" x={px((left + right) / 2)} y={bottom + 40} text-anchor="middle">
          {props.valueLabel}
        </text>
      </g>
      {props.categories.map((category, i) => {
        const rowTop = top + i * rowHeight;
        return (
          <g class="cadre-chart__group">
            <text class="cadre-chart__label" x={left + 4} y={rowTop + 13}>
              {truncate(category, right - left)}
            </text>
            {props.series.map((series, s) => {
              const value = valueAt(series, i);
              const y = rowTop + LABEL_LINE + s * (BAR + 4);
              return (
                <g>
                  <rect
                    class="cadre-chart__bar"
                    x={left}
                    y={y}
                    width={px(xOf(value) - left)}
                    height={BAR}
                    fill={motif(props.id, series)}
                  />
                  <text class="cadre-chart__value" x={px(xOf(value) + 6)} y={y + BAR - 4}>
                    {formatNumber(value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </ChartFrame>
  );
}
