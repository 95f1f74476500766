/**
 * What a person typed, made comparable before asking "is it empty?": a motivation of a
 * non-breaking space and a zero-width space used to pass as written, and a collectivité got a
 * refusal with no visible reason. NFKC folds look-alike characters (non-breaking and other wide
 * spaces become spaces), format and other invisible characters (zero-width spaces and joiners,
 * BOM, soft hyphen, bidirectional marks, Hangul fillers) and stray control characters go, and
 * runs of spaces collapse. The normalised text is the one stored, so what is read is what was
 * checked. Used for every required text: motivations and reasons, messages, template names and
 * bodies, people's names.
 */

/** "line": one line (names). "paragraphs": line breaks kept, at most one blank line in a row. */
export type TextShape = "line" | "paragraphs";

const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
// Control characters other than the tab and the line feed (carriage returns are turned into line feeds first).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function normaliseText(raw: string, shape: TextShape = "line"): string {
  const text = raw
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(CONTROL, "");
  if (shape === "line") return text.replace(/\s+/gu, " ").trim();
  return text
    .split("\n")
    .map((line) => line.replace(/\s+/gu, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
