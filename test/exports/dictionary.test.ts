import { describe, expect, it } from "vitest";
import type { Column } from "../../src/exports/columns";
import { columnDictionaryMarkdown, EXPORT_CONVENTIONS_MARKDOWN } from "../../src/exports/dictionary";
import { EXPORT_FORMATS, exportFileName } from "../../src/exports/formats";
import { columns } from "./support/sample";

describe("columnDictionaryMarkdown", () => {
  it("renders one table row per column, in order, with the French type", () => {
    expect(columnDictionaryMarkdown(columns.slice(0, 2).concat(columns.slice(4)), { title: "Export des demandes" }))
      .toBe(`### Export des demandes

| Colonne | Clé | Type | Description |
|---|---|---|---|
| Numéro | \`id\` | entier | Identifiant de la demande |
| Collectivité | \`organisation\` | texte | Nom de la collectivité |
| Date de dépôt | \`depot\` | date (AAAA-MM-JJ) | Jour du dépôt |
| Décidée le | \`decision\` | date et heure de Paris (AAAA-MM-JJTHH:MM:SS+01:00, +02:00 en été) | Date et heure de la décision |
`);
  });

  it("keeps pipes and line breaks from breaking the table", () => {
    const column: Column = { key: "k", header: "A | B", description: "ligne 1\nligne 2", type: "number" };
    expect(columnDictionaryMarkdown([column])).toContain("| A \\| B | `k` | nombre décimal | ligne 1 ligne 2 |");
  });

  it("documents the conventions the writers follow", () => {
    expect(EXPORT_CONVENTIONS_MARKDOWN).toContain("apostrophe");
    expect(EXPORT_CONVENTIONS_MARKDOWN).toContain("heure de Paris");
  });
});

describe("formats", () => {
  it("names files in ASCII with the Paris day", () => {
    expect(exportFileName("Décisions été", "xlsx", new Date("2024-07-14T22:30:00Z"))).toBe(
      "decisions-ete-2024-07-15.xlsx",
    );
    expect(EXPORT_FORMATS.ods.mediaType).toBe("application/vnd.oasis.opendocument.spreadsheet");
  });
});
