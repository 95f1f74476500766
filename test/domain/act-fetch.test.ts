/** Where reading the act from its address stands, from the documents and the events alone. */

import { describe, expect, it } from "vitest";
import { actFetchState, needsActFetch } from "../../src/domain/act-fetch";

const URL_A = "https://www.mairie.fr/acte.pdf";
const URL_B = "https://www.mairie.fr/acte-2.pdf";
const failed = (url: string, message: string, createdAt: number) => ({
  type: "act_fetch_failed",
  payload: { url, failure: "timeout", message },
  createdAt,
});

describe("actFetchState", () => {
  const cases: [string, Parameters<typeof actFetchState>, ReturnType<typeof actFetchState>][] = [
    ["no address", [null, [], []], { kind: "none" }],
    ["an address, nothing yet", [URL_A, [], []], { kind: "pending", url: URL_A }],
    [
      "an uploaded document stands for the act",
      [URL_A, [{ id: 1, sourceUrl: null }], [failed(URL_A, "x", 1)]],
      { kind: "none" },
    ],
    [
      "fetched from this address",
      [URL_A, [{ id: 7, sourceUrl: URL_A }], []],
      { kind: "fetched", url: URL_A, documentId: 7 },
    ],
    [
      "the last failure for this address",
      [URL_A, [], [failed(URL_A, "premier", 1), failed(URL_A, "second", 2)]],
      { kind: "failed", url: URL_A, message: "second", at: 2 },
    ],
    [
      "a failure for an older address does not count",
      [URL_B, [], [failed(URL_A, "ancien", 1)]],
      { kind: "pending", url: URL_B },
    ],
    [
      "a document fetched from an older address does not count",
      [URL_B, [{ id: 3, sourceUrl: URL_A }], []],
      { kind: "pending", url: URL_B },
    ],
  ];
  it.each(cases)("%s", (_name, args, expected) => {
    expect(actFetchState(...args)).toEqual(expected);
  });

  it("needs a fetch only while pending", () => {
    expect(needsActFetch(URL_A, [])).toBe(true);
    expect(needsActFetch(null, [])).toBe(false);
    expect(needsActFetch(URL_A, [{ id: 1, sourceUrl: URL_A }])).toBe(false);
    expect(needsActFetch(URL_A, [{ id: 1, sourceUrl: null }])).toBe(false);
  });
});
