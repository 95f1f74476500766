/** The statistics charts: accessible SVG, one mark per value, the same numbers in a DSFR table, 1-2-5 ticks. */

import { describe, expect, it } from "vitest";
import { BarChart, HorizontalBarChart, type ChartProps } from "../../views/components/charts/bar-chart";
import { LineChart } from "../../views/components/charts/line-chart";
import { formatNumber, labelEvery, niceTicks } from "../../views/components/charts/scale";
import { SERIES_STYLES } from "../../views/components/charts/series-styles";

type Chart = (props: ChartProps) => { toString(): string | Promise<string> };
const render = async (chart: Chart, props: ChartProps): Promise<string> => String(await chart(props).toString());
const all = (html: string, pattern: RegExp): string[] => [...html.matchAll(pattern)].map((match) => match[1]!);
const svgOf = (html: string) => html.slice(html.indexOf("<svg"), html.indexOf("</svg>"));
const tableOf = (html: string) => html.slice(html.indexOf("<table"), html.indexOf("</table>"));

const VOLUMES: ChartProps = {
  id: "volumes",
  title: "Demandes par jour",
  categoryLabel: "Jour",
  valueLabel: "Nombre de demandes",
  categories: ["10 mars", "11 mars", "12 mars"],
  series: [
    { label: "Soumises", meaning: "submitted", values: [2, 0, 1] },
    { label: "Validées", meaning: "accepted", values: [1, 1, 0] },
    { label: "Refusées", meaning: "rejected", values: [0, 0, 1] },
  ],
};

const CHARTS: [string, Chart][] = [
  ["BarChart", BarChart],
  ["HorizontalBarChart", HorizontalBarChart],
  ["LineChart", LineChart],
];

describe.each(CHARTS)("%s", (_, chart) => {
  it("is an image named by its title and described by its summary", async () => {
    const html = await render(chart, VOLUMES);
    expect(html).toMatch(/<svg[^>]* role="img"/);
    expect(html).toMatch(/<svg[^>]* aria-labelledby="volumes-title volumes-desc"/);
    expect(html).toContain('<title id="volumes-title">Demandes par jour</title>');
    expect(all(html, /<desc id="volumes-desc">([^<]*)<\/desc>/g)).toEqual([
      expect.stringContaining("3 séries (Soumises, Validées, Refusées), 3 entrées de « 10 mars » à « 12 mars »"),
    ]);
    expect(html).toContain("Valeur la plus haute : 2 (Soumises, 10 mars)");
  });

  it("names the value axis and writes the gridline values", async () => {
    const svg = svgOf(await render(chart, VOLUMES));
    expect(all(svg, /class="cadre-chart__axis-title"[^>]*>([^<]*)</g)).toContain("Nombre de demandes");
    expect(all(svg, /class="cadre-chart__tick"[^>]*>([^<]*)</g)).toEqual(expect.arrayContaining(["0", "1", "2"]));
  });

  it("repeats every number in a DSFR table captioned by the title", async () => {
    const html = await render(chart, VOLUMES);
    expect(html).toContain(
      '<div class="fr-table fr-table--multiline"><div class="fr-table__wrapper"><div class="fr-table__container" tabindex="0" role="region" aria-label="Demandes par jour"><div class="fr-table__content"><table><caption>Demandes par jour</caption>',
    );
    const table = tableOf(html);
    expect(all(table, /<th scope="col">([^<]*)</g)).toEqual(["Jour", "Soumises", "Validées", "Refusées"]);
    expect(all(table, /<th scope="row">([^<]*)</g)).toEqual(VOLUMES.categories);
    expect(all(table, /<td[^>]*>([^<]*)</g)).toEqual(["2", "1", "0", "0", "1", "0", "1", "0", "1"]);
  });

  it("says so in French instead of drawing an empty chart", async () => {
    for (const empty of [{ categories: [] }, { series: [] }]) {
      const html = await render(chart, { ...VOLUMES, ...empty });
      expect(html).not.toContain("<svg");
      expect(html).not.toContain("<table");
      expect(html).toContain("Aucune donnée sur la période choisie.");
    }
    const custom = await render(chart, { ...VOLUMES, categories: [], emptyMessage: "Aucune décision." });
    expect(custom).toContain("Aucune décision.");
  });

  it("escapes labels and keeps the caller's description", async () => {
    const html = await render(chart, {
      ...VOLUMES,
      categories: ["<b>10 mars</b>", "11 mars", "12 mars"],
      description: "Résumé fourni.",
    });
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;b&gt;10 mars&lt;/b&gt;");
    expect(html).toContain('<desc id="volumes-desc">Résumé fourni.</desc>');
  });
});

describe("BarChart", () => {
  it("draws one rect per value, heights in proportion to the values", async () => {
    const svg = svgOf(await render(BarChart, VOLUMES));
    const bars = all(svg, /<rect class="cadre-chart__bar"([^>]*)>/g);
    expect(bars).toHaveLength(9);
    const heights = bars.map((attributes) => Number(/ height="([^"]+)"/.exec(attributes)![1]));
    // Axis 0–2 over 200 px; categories first, then series within each group.
    expect(heights).toEqual([200, 100, 0, 0, 100, 0, 100, 0, 100]);
  });

  it("tells series apart by motif as well as colour, with a legend", async () => {
    const svg = svgOf(await render(BarChart, VOLUMES));
    expect(all(svg, /<pattern id="([^"]+)"/g)).toEqual([
      "volumes-motif-submitted",
      "volumes-motif-accepted",
      "volumes-motif-rejected",
    ]);
    expect(svg).toContain('class="cadre-chart__hatch"');
    expect(all(svg, /<rect class="cadre-chart__swatch"[^>]*fill="([^"]+)"/g)).toEqual([
      "url(#volumes-motif-submitted)",
      "url(#volumes-motif-accepted)",
      "url(#volumes-motif-rejected)",
    ]);
    expect(all(svg, /class="cadre-chart__label"[^>]*>([^<]*)</g)).toEqual(["Soumises", "Validées", "Refusées"]);
  });

  it("draws a single period as narrow bars, with the legend of its single series", async () => {
    const html = await render(BarChart, { ...VOLUMES, categories: ["sem. du 10 mars"], series: [VOLUMES.series[0]!] });
    const widths = all(svgOf(html), /<rect class="cadre-chart__bar"[^>]* width="([^"]+)"/g).map(Number);
    expect(widths).toHaveLength(1);
    expect(widths[0]).toBeLessThanOrEqual(48);
    // Its colour means "submitted" in every chart: the legend says so even when it is alone.
    expect(all(svgOf(html), /class="cadre-chart__label"[^>]*>([^<]*)</g)).toEqual(["Soumises"]);
    expect(html).toContain("1 entrée « sem. du 10 mars »");
  });

  it("writes values on wide bars only, where they do not run together", async () => {
    const labelled = svgOf(await render(BarChart, VOLUMES));
    expect(all(labelled, /class="cadre-chart__value"[^>]*>([^<]*)</g)).toEqual([
      "2",
      "1",
      "0",
      "0",
      "1",
      "0",
      "1",
      "0",
      "1",
    ]);
    const weeks = Array.from({ length: 27 }, (_, i) => `sem. ${i + 1}`);
    const crowded = svgOf(await render(BarChart, { ...VOLUMES, categories: weeks }));
    expect(crowded).not.toContain("cadre-chart__value");
    expect(all(crowded, /<rect class="cadre-chart__bar"/g)).toHaveLength(27 * 3);
  });

  it("puts large values on round ticks written the French way", async () => {
    const html = await render(BarChart, {
      ...VOLUMES,
      series: [{ label: "Soumises", meaning: "submitted", values: [1_234_567, 10, 0] }],
    });
    expect(all(svgOf(html), /class="cadre-chart__tick"[^>]*>([^<]*)</g).slice(0, 4)).toEqual(
      [0, 500_000, 1_000_000, 1_500_000].map(formatNumber),
    );
    expect(all(tableOf(html), /<td[^>]*>([^<]*)</g)).toEqual([formatNumber(1_234_567), "10", "0"]);
  });
});

describe("HorizontalBarChart", () => {
  it("writes each name above its bar and each value at the bar's end", async () => {
    const html = await render(HorizontalBarChart, {
      ...VOLUMES,
      categoryLabel: "Instructeur",
      categories: ["Ahmed Benali", "Zoé Martin"],
      series: [{ label: "Décisions", meaning: "count", values: [12, 3] }],
    });
    const svg = svgOf(html);
    expect(all(svg, /<rect class="cadre-chart__bar"/g)).toHaveLength(2);
    expect(all(svg, /class="cadre-chart__label"[^>]*>([^<]*)</g)).toEqual(["Décisions", "Ahmed Benali", "Zoé Martin"]);
    expect(all(svg, /class="cadre-chart__value"[^>]*>([^<]*)</g)).toEqual(["12", "3"]);
  });

  it("shortens a long rule title in the drawing but not in the table", async () => {
    const title = "La délibération fixe des conditions tarifaires ou d'attribution pour chacune des données demandées";
    const html = await render(HorizontalBarChart, { ...VOLUMES, categories: [title], series: [VOLUMES.series[0]!] });
    // After the legend's label, the row's.
    expect(all(svgOf(html), /class="cadre-chart__label"[^>]*>([^<]*)</g)[1]).toMatch(/…$/);
    expect(tableOf(html)).toContain(`<th scope="row">${title.replace("'", "&#39;")}</th>`);
  });
});

describe("series styles", () => {
  it("give each meaning its own look in every chart, whatever the order of the series", async () => {
    const reversed = { ...VOLUMES, series: [...VOLUMES.series].reverse() };
    for (const props of [VOLUMES, reversed]) {
      const bars = svgOf(await render(BarChart, props));
      expect(all(bars, /<pattern id="volumes-motif-(accepted)"/g)).toEqual(["accepted"]);
      expect(bars).toMatch(
        /<pattern id="volumes-motif-accepted"[^>]*><path class="cadre-chart__fill cadre-chart__series--accepted"/,
      );
      const lines = svgOf(await render(LineChart, props));
      expect(lines).toMatch(
        /<g class="cadre-chart__series cadre-chart__series--rejected"><path class="cadre-chart__line"[^>]* stroke-dasharray="2 4"/,
      );
    }
  });

  it("pair a dash and a marker that no other meaning has, and a distinct colour name and motif", () => {
    const styles = Object.values(SERIES_STYLES);
    const unique = (values: string[]) => new Set(values).size === values.length;
    expect(unique(styles.map((style) => `${style.dash}|${style.marker}`))).toBe(true);
    expect(unique(styles.map((style) => style.colourName))).toBe(true);
    expect(unique(styles.map((style) => style.motif))).toBe(true);
  });
});

describe("LineChart", () => {
  it("draws one line per series and one marker per value, each series with its own dash", async () => {
    const svg = svgOf(await render(LineChart, VOLUMES));
    const lines = all(svg, /<path class="cadre-chart__line"([^>]*)>/g);
    expect(lines).toHaveLength(3);
    expect(lines.map((attributes) => /stroke-dasharray="([^"]+)"/.exec(attributes)?.[1] ?? "plein")).toEqual([
      "plein",
      "6 3",
      "2 4",
    ]);
    expect(all(svg, /<path class="(cadre-chart__point)"/g)).toHaveLength(9 + 3); // values + legend samples
  });

  it("draws a single period as a point, with its value written above it", async () => {
    const svg = svgOf(
      await render(LineChart, {
        ...VOLUMES,
        categories: ["12 mars"],
        series: [{ label: "En attente", meaning: "waiting", values: [4] }],
      }),
    );
    expect(svg).not.toContain('<path class="cadre-chart__line"');
    expect(all(svg, /<path class="(cadre-chart__point)"/g)).toHaveLength(1 + 1); // the value + the legend sample
    expect(all(svg, /class="cadre-chart__value"[^>]*>([^<]*)</g)).toEqual(["4"]);
  });

  it("thins the period labels of a long series so they do not overlap", async () => {
    const weeks = Array.from({ length: 52 }, (_, i) => `sem. du ${(i % 28) + 1} mars`);
    const html = await render(LineChart, {
      ...VOLUMES,
      categories: weeks,
      series: [{ label: "En attente", meaning: "waiting", values: weeks.map((_, i) => i) }],
    });
    const shown = all(svgOf(html), /class="cadre-chart__tick"[^>]*text-anchor="middle">([^<]*)</g);
    expect(shown.length).toBeLessThan(10);
    expect(shown[0]).toBe("sem. du 1 mars");
    expect(all(tableOf(html), /<th scope="row">([^<]*)</g)).toHaveLength(52);
  });
});

describe("niceTicks", () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [14, [0, 5, 10, 15]],
    [20, [0, 5, 10, 15, 20]],
    [100, [0, 50, 100]],
    [1234, [0, 500, 1000, 1500]],
    [1_000_000, [0, 500_000, 1_000_000]],
  ])("ticks for %d are %j", (max, expected) => {
    expect(niceTicks(max).values).toEqual(expected);
  });

  it("allows decimal steps for ratios", () => {
    expect(niceTicks(0.8, { integer: false }).values).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0.3, { integer: false })).toEqual({ step: 0.1, max: 0.3, values: [0, 0.1, 0.2, 0.3] });
  });

  it("never returns an empty axis for odd input", () => {
    expect(niceTicks(Number.NaN).values).toEqual([0, 1]);
    expect(niceTicks(-5).values).toEqual([0, 1]);
  });
});

describe("labelEvery", () => {
  it("keeps every label when they fit and one in n when they would overlap", () => {
    expect(labelEvery(["10 mars", "11 mars"], 600)).toBe(1);
    // 15 characters ≈ 108 px, plus a 16 px gap: 52 × 124 / 600 = 10.7, so one label in 11.
    expect(labelEvery(Array(52).fill("sem. du 10 mars"), 600)).toBe(11);
  });
});
