/**
 * The collectivité's own name as the text gives it ("Ville de Bellerive", "COMMUNE DE VERNET"),
 * so "les familles de Bellerive" or "Hors Bellerive" can be read as a residence condition.
 */

import type { Reading } from "../reading";

// Case matters here (a name is capitalised), so this runs on the normalised text, not the folded one.
const NAMED_BODY =
  /\b(?:[Cc]ommune|COMMUNE|[Vv]ille|VILLE|[Mm]airie|MAIRIE|[Cc]onseil [Mm]unicipal|CONSEIL MUNICIPAL|[Mm]aire) (?:de |d'|d’|DE |D'|du |DU )(?:la |LA |l'|L')?(\p{Lu}[\p{L}'’]+(?:[ -](?:(?:sur|sous|en|lès|les|le|la|de|du|des|aux|SUR|SOUS|EN|LES|LE|LA|DE|DU|DES|AUX)[ -])?\p{Lu}[\p{L}'’]+)*)/gu;

// Capitalised words that follow "Commune de"/"Ville de" without being a place.
const NOT_A_PLACE = new Set([
  "ville",
  "commune",
  "mairie",
  "communaute",
  "metropole",
  "region",
  "departement",
  "republique",
  "france",
  "conseil",
  "maire",
  "cette",
  "notre",
]);

/** Folded place names (at least three letters), most frequent first. */
export function placeNames(reading: Reading): string[] {
  const counts = new Map<string, number>();
  NAMED_BODY.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = NAMED_BODY.exec(reading.text)) !== null) {
    const start = match.index + match[0].length - (match[1] ?? "").length;
    const name = reading.folded.slice(start, start + (match[1] ?? "").length);
    if (NOT_A_PLACE.has(name)) {
      // "Conseil municipal de la Ville de Bellerive": read on from "Ville" to find "Bellerive".
      NAMED_BODY.lastIndex = start;
      continue;
    }
    if (name.length < 3) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    // An all-capitals line may run on past the name ("VILLE DE VERNET ACCORDE"): keep its first word too.
    const first = name.split(/[ -]/)[0] ?? "";
    if (first !== name && first.length >= 3 && !/^saint/.test(first)) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  NAMED_BODY.lastIndex = 0;
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/** Escapes a folded name for use inside a pattern. */
export function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
