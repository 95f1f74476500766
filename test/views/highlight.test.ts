/** Highlighting passages in a document's text, with page marks. */

import { describe, expect, it } from "vitest";
import { segmentText } from "../../views/components/highlight";

describe("segmentText", () => {
  const text = "Article 1. Tarif selon le quotient familial.\fArticle 2. Hors commune : 5 €.";
  const page2 = text.indexOf("Article 2");

  it("cuts text, marks and page marks in reading order", () => {
    const qf = text.indexOf("quotient familial");
    const hors = text.indexOf("Hors commune");
    expect(
      segmentText(
        text,
        [
          { anchor: "b", start: hors, end: hors + 12 },
          { anchor: "a", start: qf, end: qf + 17 },
        ],
        [0, page2],
      ),
    ).toEqual([
      { kind: "text", text: "Article 1. Tarif selon le " },
      { kind: "mark", text: "quotient familial", anchors: ["a"] },
      { kind: "text", text: ".\f" },
      { kind: "page", page: 2 },
      { kind: "text", text: "Article 2. " },
      { kind: "mark", text: "Hors commune", anchors: ["b"] },
      { kind: "text", text: " : 5 €." },
    ]);
  });

  it("merges overlapping passages into one mark that answers to both anchors", () => {
    const segments = segmentText(
      "abcdefghij",
      [
        { anchor: "x", start: 2, end: 6 },
        { anchor: "y", start: 4, end: 8 },
      ],
      [0],
    );
    expect(segments).toEqual([
      { kind: "text", text: "ab" },
      { kind: "mark", text: "cdefgh", anchors: ["x", "y"] },
      { kind: "text", text: "ij" },
    ]);
  });

  it("ignores ranges outside the text", () => {
    expect(segmentText("abc", [{ anchor: "z", start: 2, end: 9 }], [0])).toEqual([{ kind: "text", text: "abc" }]);
  });
});
