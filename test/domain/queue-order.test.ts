/** A request's reading outcome in the queue: the worst verdict on its data, as a table. */

import { describe, expect, it } from "vitest";
import { readingOutcome } from "../../src/domain/queue-order";

describe("readingOutcome", () => {
  it.each([
    [{ read: false, unjustified: 0, toCheck: 0 }, "unread"],
    [{ read: false, unjustified: 2, toCheck: 1 }, "unread"],
    [{ read: true, unjustified: 1, toCheck: 0 }, "unjustified"],
    [{ read: true, unjustified: 1, toCheck: 3 }, "unjustified"],
    [{ read: true, unjustified: 0, toCheck: 1 }, "to_check"],
    [{ read: true, unjustified: 0, toCheck: 0 }, "justified"],
  ] as const)("%o is %s", (counts, outcome) => {
    expect(readingOutcome(counts)).toBe(outcome);
  });
});
