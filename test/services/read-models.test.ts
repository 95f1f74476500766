/**
 * Views may import src/services/read-models.ts (the boundary check allows it) because it holds
 * types only: if code crept in, views would depend on a service's code. This keeps it honest.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as readModels from "../../src/services/read-models";

describe("read models", () => {
  it("export no value, only types", () => {
    expect(Object.keys(readModels)).toEqual([]);
  });

  it("import nothing but types", () => {
    const source = readFileSync(new URL("../../src/services/read-models.ts", import.meta.url), "utf8");
    const imports = source.match(/^import .*$/gm) ?? [];
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((line) => !line.startsWith("import type "))).toEqual([]);
  });
});
