/** The kinds of active or embedded content Cadre refuses in a PDF, and how each is named to the applicant. */

export type PdfHazard = "javascript" | "launch" | "attachment" | "xfa" | "multimedia";

/** In the order they are listed in a refusal, each completing "Le PDF contient …". */
export const PDF_HAZARD_LABELS: Readonly<Record<PdfHazard, string>> = {
  javascript: "du code JavaScript",
  launch: "une action de lancement de programme",
  attachment: "des fichiers joints",
  xfa: "un formulaire dynamique XFA",
  multimedia: "du contenu multimédia (RichMedia, Flash, vidéo, son ou 3D)",
};

/** Annotation subtypes that play media or 3D models, and action types that do the same. */
export const MULTIMEDIA_SUBTYPES: ReadonlySet<string> = new Set(["RichMedia", "Screen", "Movie", "Sound", "3D"]);
export const MULTIMEDIA_ACTIONS: ReadonlySet<string> = new Set(["Rendition", "Movie", "Sound", "GoTo3DView"]);

/**
 * A "javascript:" address, as a browser reads it: leading spaces and control characters
 * ignored, tabs and line breaks inside the scheme dropped, any case.
 */
export function isJavaScriptUrl(url: unknown): boolean {
  if (typeof url !== "string") return false;
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "");
  return squeezed.slice(0, 11).toLowerCase() === "javascript:";
}
