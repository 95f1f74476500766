/** What an edit changed, field by field: a table of before/after drafts. */

import { describe, expect, it } from "vitest";
import { draftChanges, isUnchanged } from "../../src/domain/draft-changes";
import type { RequestInput } from "../../src/domain/request-input";

const draft: RequestInput = {
  useCase: "tarification-municipale-enfance",
  scopes: ["cnaf_quotient_familial"],
  legalFrameworkText: "Délibération du 12 janvier",
  legalFrameworkUrl: null,
};

describe("draftChanges", () => {
  it.each([
    ["nothing", {}, { added: [], removed: [], changes: [] }],
    [
      "the use case",
      { useCase: "tarification-transports" },
      {
        added: [],
        removed: [],
        changes: [{ field: "useCase", before: "tarification-municipale-enfance", after: "tarification-transports" }],
      },
    ],
    [
      "the text",
      { legalFrameworkText: "Délibération du 3 mars" },
      {
        added: [],
        removed: [],
        changes: [
          { field: "legalFrameworkText", before: "Délibération du 12 janvier", after: "Délibération du 3 mars" },
        ],
      },
    ],
    [
      "an address added",
      { legalFrameworkUrl: "https://example.fr/deliberation" },
      {
        added: [],
        removed: [],
        changes: [{ field: "legalFrameworkUrl", before: null, after: "https://example.fr/deliberation" }],
      },
    ],
    [
      "the text emptied",
      { legalFrameworkText: "" },
      {
        added: [],
        removed: [],
        changes: [{ field: "legalFrameworkText", before: "Délibération du 12 janvier", after: null }],
      },
    ],
    [
      "the data",
      { scopes: ["cnaf_enfants"] },
      { added: ["cnaf_enfants"], removed: ["cnaf_quotient_familial"], changes: [] },
    ],
  ] as [string, Partial<RequestInput>, unknown][])("tells %s", (_, change, expected) => {
    const after: RequestInput = { ...draft, ...change };
    const changes = draftChanges(draft, after);
    expect(changes).toEqual(expected);
    expect(isUnchanged(changes)).toBe(Object.keys(change).length === 0);
  });
});
