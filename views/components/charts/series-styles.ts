/**
 * One look per meaning, the same in every chart: "Validées" is always emerald green and plain,
 * "Refusées" always tile red and crossed, whichever chart and whatever the order of its series.
 * Colours come from the DSFR illustrative palette (charts.css); each meaning also has its own
 * motif, dash and marker, so that colour-blind readers, greyscale prints and forced colours
 * still tell the series apart.
 */

export type SeriesMeaning = "submitted" | "accepted" | "rejected" | "tariffActRequested" | "waiting" | "count";

export interface SeriesStyle {
  /** The series' name in charts and tables (a count's name depends on what it counts). */
  readonly label: string;
  /** The DSFR illustrative colour, by its name in the design system. */
  readonly colourName: string;
  /** Marks drawn in the background colour over the series colour, in an 8 × 8 tile; "" is plain. */
  readonly motif: string;
  readonly motifName: string;
  /** Line charts: the dash pattern ("" is solid) and the marker at each value. */
  readonly dash: string;
  readonly marker: "circle" | "square" | "triangle" | "diamond";
  /** What the colour means, for the key shown with the charts. */
  readonly meaning: string;
}

export const SERIES_STYLES: Readonly<Record<SeriesMeaning, SeriesStyle>> = {
  submitted: {
    label: "Soumises",
    colourName: "bleu écume",
    motif: "M0 2h8M0 6h8",
    motifName: "rayures horizontales",
    dash: "",
    marker: "circle",
    meaning: "demandes déposées",
  },
  accepted: {
    label: "Validées",
    colourName: "vert émeraude",
    motif: "",
    motifName: "plein",
    dash: "6 3",
    marker: "square",
    meaning: "issue favorable",
  },
  rejected: {
    label: "Refusées",
    colourName: "rouge tuile",
    motif: "M0 0l8 8M8 0l-8 8",
    motifName: "croisillons",
    dash: "2 4",
    marker: "triangle",
    meaning: "issue défavorable",
  },
  tariffActRequested: {
    label: "Acte tarifaire demandé",
    colourName: "jaune tournesol",
    motif: "M1 1h2v2H1zM5 5h2v2H5z",
    motifName: "points",
    dash: "12 4 2 4",
    marker: "diamond",
    meaning: "en attente de la collectivité",
  },
  waiting: {
    label: "En attente",
    colourName: "violet glycine",
    motif: "M-2 2l4-4M0 8l8-8M6 10l4-4",
    motifName: "hachures",
    dash: "",
    marker: "square",
    meaning: "en attente d'un instructeur",
  },
  count: {
    label: "Nombre",
    colourName: "gris galet",
    motif: "M2 0v8M6 0v8",
    motifName: "rayures verticales",
    dash: "",
    marker: "diamond",
    meaning: "nombre, sans autre sens",
  },
};

/** A series with its meaning's name, unless a count names what it counts. */
export function seriesOf(meaning: SeriesMeaning, values: readonly number[], label = SERIES_STYLES[meaning].label) {
  return { label, meaning, values };
}

/** The CSS class that gives a mark its meaning's colour (charts.css). */
export const seriesClass = (meaning: SeriesMeaning): string => `cadre-chart__series--${meaning}`;

/** Motifs whose marks are filled squares (dots) rather than strokes. */
export const isDotted = (meaning: SeriesMeaning): boolean => meaning === "tariffActRequested";
