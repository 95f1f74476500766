/** DataPass's webhook signature: HMAC-SHA256 of the raw body, `sha256=<hex>`, nothing else accepted. */

import { describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import { datapassSignature, isSignedByDatapass } from "../../src/datapass/signature";

const SECRET = "datapass-webhook-secret";
const body = new TextEncoder().encode('{"event":"submit","fired_at":1767000000,"data":{"id":42}}');
const hex = createHmac("sha256", SECRET).update(body).digest("hex");

describe("DataPass webhook signature", () => {
  it("computes what DataPass sends (checked against node:crypto)", async () => {
    expect(await datapassSignature(SECRET, body)).toBe(`sha256=${hex}`);
  });

  it.each([
    ["the right signature", `sha256=${hex}`, true],
    ["upper-case hex", `sha256=${hex.toUpperCase()}`, true],
    ["no header", undefined, false],
    ["no prefix", hex, false],
    ["another algorithm's prefix", `sha1=${hex}`, false],
    ["a signature one digit off", `sha256=${hex.slice(0, -1)}${hex.endsWith("0") ? "1" : "0"}`, false],
    ["a short signature", `sha256=${hex.slice(0, 40)}`, false],
    ["another secret's signature", `sha256=${createHmac("sha256", "other").update(body).digest("hex")}`, false],
  ])("%s", async (_, header, expected) => {
    expect(await isSignedByDatapass(SECRET, body, header)).toBe(expected);
  });
});
