/** unpredict on two rows of two bytes (10 20 / 15 25), encoded by hand with each predictor. */

import { describe, expect, it } from "vitest";
import { unpredict } from "../../src/documents/pdf-predictors";

const ROWS = [10, 20, 15, 25];
const png = { predictor: 12, colors: 1, bitsPerComponent: 8, columns: 2 };

describe("unpredict", () => {
  it.each([
    ["PNG None", png, [0, 10, 20, 0, 15, 25]],
    ["PNG Sub", png, [1, 10, 10, 1, 15, 10]],
    ["PNG Up", png, [2, 10, 20, 2, 5, 5]],
    ["PNG Average", png, [3, 10, 15, 3, 10, 8]],
    ["PNG Paeth", png, [4, 10, 10, 4, 5, 5]],
    ["TIFF", { ...png, predictor: 2 }, [10, 10, 15, 10]],
  ] as const)("undoes %s", (_, parameters, encoded) => {
    expect([...unpredict(Uint8Array.from(encoded), parameters)]).toEqual(ROWS);
  });

  it("refuses what no object stream would use", () => {
    expect(() => unpredict(Uint8Array.of(9, 1, 2), png)).toThrow(RangeError);
    expect(() => unpredict(Uint8Array.of(1, 2), { ...png, predictor: 2, bitsPerComponent: 4 })).toThrow(RangeError);
    expect(() => unpredict(Uint8Array.of(1, 2), { ...png, columns: 0 })).toThrow(RangeError);
  });
});
