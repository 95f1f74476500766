import { describe, expect, it } from "vitest";
import { foldForMatching, normalizeForReading } from "../../src/documents/normalize";

// [what, extracted text, normalised text]
const CASES: readonly [string, string, string][] = [
  ["plain text is left alone", "Le conseil municipal fixe les tarifs.", "Le conseil municipal fixe les tarifs."],
  ["combining accents are composed (NFD from a PDF)", "de\u0301libe\u0301ration", "délibération"],
  ["an uppercase accent too", "E\u0301cole", "École"],
  ["mojibake: é è à ç ô", "dÃ©libÃ©ration, piÃ¨ce, Ã§a, hÃ´tel", "délibération, pièce, ça, hôtel"],
  ["mojibake: à with its no-break space flattened", "tarif Ã  partir du 3e enfant", "tarif à partir du 3e enfant"],
  ["mojibake: euro and apostrophe", "3,50 â‚¬ lâ€™enfant", "3,50 € l’enfant"],
  ["mojibake: Œ and «»", "Å“uvre Â« tarif Â»", "œuvre « tarif »"],
  ["a lone Ã without other signs stays (could be real text)", "SÃO PAULO", "SÃO PAULO"],
  ["ligatures", "ﬁxe, ﬂeur, eﬀort, oﬃce, baﬄe", "fixe, fleur, effort, office, baffle"],
  ["no-break, narrow and thin spaces", "3,50\u00a0€ :\u202fQF\u2009450", "3,50 € : QF 450"],
  ["soft hyphens and zero-width characters", "déli\u00adbé\u200bration", "délibération"],
  ["runs of spaces and tabs", "Tranche  A\t\t: 1,20  €", "Tranche A : 1,20 €"],
  [
    "leading and trailing spaces of lines",
    "  Article 1\n   Les tarifs  \nsont fixés",
    "Article 1\nLes tarifs\nsont fixés",
  ],
  ["end-of-line hyphenation is joined", "la déli-\nbération du conseil", "la délibération du conseil"],
  ["hyphenation with spaces around the break", "partici-  \n  pation", "participation"],
  ["a capitalised compound keeps its hyphen", "Saint-\nDenis et Jean-\nPierre", "Saint-Denis et Jean-Pierre"],
  [
    "a known compound keeps its hyphen",
    "demi-\npension, après-\nmidi, peut-\nêtre",
    "demi-pension, après-midi, peut-être",
  ],
  ["a list dash is not hyphenation", "tarifs :\n-\nrepas", "tarifs :\n-\nrepas"],
  ["digits are not hyphenated words", "2023-\n2024", "2023-\n2024"],
  ["CRLF line ends", "ligne un\r\nligne deux\rligne trois", "ligne un\nligne deux\nligne trois"],
  ["a form feed becomes a blank line (page or document boundary)", "fin de page\fdébut", "fin de page\n\ndébut"],
  ["hyphenation is not joined across pages", "déli-\fbération", "déli-\n\nbération"],
  ["empty text", "", ""],
  ["only spaces", "   \t ", ""],
];

describe("normalizeForReading", () => {
  for (const [what, input, expected] of CASES) {
    it(what, () => {
      expect(normalizeForReading(input).text).toBe(expected);
    });
  }

  // Every word of the normalised text maps back to the original passage it was read from.
  it.each([
    ["la déli-\nbération du 3 mars", "délibération", "déli-\nbération"],
    ["dÃ©libÃ©ration du conseil", "délibération", "dÃ©libÃ©ration"],
    ["3,50\u00a0€ par repas", "3,50 €", "3,50\u00a0€"],
    ["le  prix   du repas", "prix du", "prix   du"],
    ["de\u0301libe\u0301re\u0301", "délibéré", "de\u0301libe\u0301re\u0301"],
    ["une ﬁche", "fiche", "ﬁche"],
    ["tarif Ã  partir", "à partir", "Ã  partir"],
    ["Saint-\nDenis", "Saint-Denis", "Saint-\nDenis"],
  ])("maps %j back: %s ← %s", (input, word, source) => {
    const normalized = normalizeForReading(input);
    const at = normalized.text.indexOf(word);
    expect(at).toBeGreaterThanOrEqual(0);
    const start = normalized.toOriginal(at);
    const end = normalized.toOriginalEnd(at + word.length);
    expect(input.slice(start, end)).toBe(source);
  });

  it("maps monotonically and stays inside the original", () => {
    const input = "  Le  con-\nseil\u00a0municipal,  de\u0301libe\u0301rant\r\nﬁxe 3,50 € \f page 2 ";
    const normalized = normalizeForReading(input);
    let previous = 0;
    for (let i = 0; i < normalized.text.length; i++) {
      const start = normalized.toOriginal(i);
      const end = normalized.toOriginalEnd(i + 1);
      expect(start).toBeGreaterThanOrEqual(previous);
      expect(end).toBeGreaterThan(start);
      expect(end).toBeLessThanOrEqual(input.length);
      previous = start;
    }
    expect(normalized.toOriginal(normalized.text.length)).toBe(input.length);
    expect(normalized.toOriginalEnd(0)).toBe(0);
  });
});

describe("foldForMatching", () => {
  it.each([
    ["DÉLIBÉRATION", "deliberation"],
    ["Après en avoir délibéré", "apres en avoir delibere"],
    ["Ça, Œuvre, Noël, naïf, où", "ca, œuvre, noel, naif, ou"],
    ["l’enfant – « tarif » — 3º", "l'enfant - « tarif » - 3°"],
    ["Ỳ", "y"],
  ])("%s → %s", (input, expected) => {
    expect(foldForMatching(input)).toBe(expected);
  });

  it("keeps the length, character for character", () => {
    const input = "İstanbul ÉÈÊË àâä ç ’ – 😀 ﬁ";
    expect(foldForMatching(input).length).toBe(input.length);
  });
});
