/**
 * checkUpload on office files: real DOCX and ODT pass; bombs, lying sizes, encrypted or gutted
 * archives are refused with the reader's French reason, before any storage is involved.
 */

import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../src/domain/errors";
import { messages } from "../../src/documents/extraction-failure";
import { checkUpload } from "../../src/documents/upload";
import { makeDocx, makeOdt, ODT_MEDIA_TYPE } from "../support/document-fixtures";
import { GIB, makeDocxBomb, makeSmallDocx, withDeclaredSize } from "../support/hostile-archives";

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  const error = await checkUpload(name, bytes).then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).message;
}

describe("checkUpload on DOCX and ODT", { timeout: 30_000 }, () => {
  it("takes real documents", async () => {
    expect((await checkUpload("a.docx", await makeDocx())).mediaType).toContain("wordprocessingml");
    expect((await checkUpload("b.docx", makeSmallDocx())).mediaType).toContain("wordprocessingml");
    expect((await checkUpload("c.odt", makeOdt("<text:p>Délibération</text:p>"))).mediaType).toBe(ODT_MEDIA_TYPE);
  });

  const REFUSED: [string, () => Uint8Array, string][] = [
    ["a bomb that says its size", () => makeDocxBomb(GIB), messages.archiveTooLarge("docx")],
    [
      "a bomb that hides it",
      () => withDeclaredSize(makeDocxBomb(GIB), "word/document.xml", 100),
      messages.archiveTooLarge("docx"),
    ],
    [
      "an entry larger than declared",
      () => withDeclaredSize(makeSmallDocx(), "word/document.xml", 10),
      messages.damaged,
    ],
    [
      "an entry smaller than declared",
      () => withDeclaredSize(makeSmallDocx(), "word/document.xml", 100_000),
      messages.damaged,
    ],
    ["a DOCX cut in half", () => makeSmallDocx().slice(0, 200), messages.damaged],
    [
      "a DOCX without its document part",
      () => zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml.old": strToU8("<w:document/>") }),
      messages.damaged,
    ],
  ];

  it.each(REFUSED)("refuses %s", async (_, make, reason) => {
    expect(await refusal("d.docx", make())).toBe(`Fichier « d.docx » : ${reason}`);
  });

  it("refuses an encrypted ODT, which unzips into ciphertext", async () => {
    const odt = makeOdt("<text:p>x</text:p>");
    const manifest = strToU8(
      '<manifest:manifest><manifest:encryption-data manifest:checksum="x"/></manifest:manifest>',
    );
    const encrypted = zipSync({
      mimetype: [strToU8(ODT_MEDIA_TYPE), { level: 0 }],
      "META-INF/manifest.xml": manifest,
      "content.xml": odt.slice(0, 64),
    });
    expect(await refusal("e.odt", encrypted)).toBe(`Fichier « e.odt » : ${messages.archivePassword("odt")}`);
  });
});
