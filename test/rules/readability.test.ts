import { describe, expect, it } from "vitest";
import { readability } from "../../src/rules/readability";
import { CANTEEN_DELIBERATION } from "../support/acts";
import { documentOf, requestOf } from "../support/rule-tester";

const check = (text: string, confidence: number | null = null) =>
  readability.check(documentOf(text, { method: confidence === null ? "text_layer" : "ocr", confidence }), requestOf());

describe("readability", () => {
  it("fails an empty text (a scan without OCR)", () => {
    expect(check("")[0]).toMatchObject({ status: "fail", messageId: "empty" });
    expect(check(" \n\f 12 \n")[0]?.status).toBe("fail");
  });

  it("warns on a nearly empty text", () => {
    expect(check("Délibération n° 12 – voir annexe.")[0]).toMatchObject({ status: "warning", messageId: "sparse" });
  });

  it("warns when OCR confidence is below 70", () => {
    const findings = check(CANTEEN_DELIBERATION, 52.4);
    expect(findings.find((f) => f.messageId === "lowConfidence")?.message).toContain("52 %");
  });

  it("warns on a garbled text layer", () => {
    const garbled = "ÿþ¤¶ §¤¶ ÿþ¤¶ Ɛ Ɣ Ɩ ".repeat(50) + "tarifs de la cantine scolaire pour les familles";
    expect(check(garbled).some((f) => f.messageId === "garbled")).toBe(true);
  });

  it("passes a readable text, OCR with good confidence included", () => {
    expect(check(CANTEEN_DELIBERATION)[0]).toMatchObject({ status: "pass", messageId: "readable" });
    expect(check(CANTEEN_DELIBERATION, 91)[0]?.status).toBe("pass");
  });
});
