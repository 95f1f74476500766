/** The documented dictionary of an export's columns, as Markdown for the README, from the definitions. */

import type { Column, ColumnType } from "./columns";

/** How each type is written, in the admins' words; kept beside the writers' decisions. */
const TYPE_LABELS: Readonly<Record<ColumnType, string>> = {
  text: "texte",
  integer: "entier",
  number: "nombre décimal",
  date: "date (AAAA-MM-JJ)",
  datetime: "date et heure de Paris (AAAA-MM-JJTHH:MM:SS+01:00, +02:00 en été)",
};

export interface DictionaryOptions {
  /** A `###` heading above the table, e.g. "Export des demandes". */
  readonly title?: string;
}

export function columnDictionaryMarkdown(columns: readonly Column[], options: DictionaryOptions = {}): string {
  const lines: string[] = [];
  if (options.title) lines.push(`### ${inline(options.title)}`, "");
  lines.push("| Colonne | Clé | Type | Description |", "|---|---|---|---|");
  for (const column of columns) {
    lines.push(
      `| ${cell(column.header)} | \`${column.key}\` | ${TYPE_LABELS[column.type]} | ${cell(column.description)} |`,
    );
  }
  return lines.join("\n") + "\n";
}

/** The conventions shared by every export, to print once above the dictionaries. */
export const EXPORT_CONVENTIONS_MARKDOWN = `\
- **CSV** : UTF-8 avec BOM (Excel lit les accents), lignes terminées par CRLF, champs entre
  guillemets quand ils contiennent un séparateur, un guillemet ou un saut de ligne (RFC 4180).
  Séparateur « ; » par défaut, avec la virgule comme séparateur décimal (\`3,5\`), comme l'attend
  Excel en français ; avec le séparateur « , », le point décimal (\`3.5\`).
- **Dates** : \`AAAA-MM-JJ\` ; dates et heures à l'heure de Paris avec leur décalage
  (\`2024-03-05T14:30:00+01:00\`). Dans les fichiers XLSX et ODS, ce sont de vraies dates
  (tri et filtres possibles), affichées \`JJ/MM/AAAA HH:MM:SS\`, à l'heure de Paris.
- **Formules** : dans un CSV, un texte qui commence par \`=\`, \`+\`, \`-\`, \`@\`, une tabulation ou un
  retour chariot est précédé d'une apostrophe (\`'=SOMME(A1)\`), pour qu'un tableur ne l'exécute
  pas. Dans les fichiers XLSX et ODS, les textes sont des cellules de texte, jamais des formules :
  ils sont écrits tels quels. Les nombres ne sont jamais modifiés (\`-5\` reste un nombre).
- **Cellule vide** : valeur absente.
- **XLSX et ODS** : 1 048 575 lignes au plus (limite des tableurs) ; au-delà, utiliser le CSV.
  Un texte de plus de 32 767 caractères y est tronqué (limite d'Excel), pas dans le CSV.
`;

// A pipe would end the Markdown cell and a line break the table row.
function cell(text: string): string {
  return inline(text).replace(/\|/g, "\\|");
}

function inline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
