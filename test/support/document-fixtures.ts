/**
 * Documents made by real tools at test time (pdf-lib, @napi-rs/canvas, docx, fflate): no binary
 * fixture in the repository, and each hostile file is built the way an attacker would build it.
 */

import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { GlobalFonts, createCanvas } from "@napi-rs/canvas";
import { Document, Packer, PageBreak, Paragraph, Tab, Table, TableCell, TableRow, TextRun } from "docx";
import { strToU8, zipSync } from "fflate";
import { PDFDocument, PDFName, PDFString, StandardFonts } from "pdf-lib";
import { encryptPdf } from "./pdf-encryption";

/** Three pages of a délibération, as lines, with the accents Helvetica's WinAnsi encoding has. */
export const DELIBERATION_PAGES: readonly (readonly string[])[] = [
  [
    "Commune de Saint-Étienne-de-Crossey",
    "Délibération n° 2024-031 du conseil municipal",
    "Objet : tarifs de la restauration scolaire et de l'accueil périscolaire",
    "Le conseil municipal, après en avoir délibéré, décide à l'unanimité :",
  ],
  [
    "Article 1 : les tarifs sont fixés selon le quotient familial calculé par la CAF.",
    "Tranche 1 : quotient familial inférieur à 600 euros, repas à 1,20 euro.",
    "Tranche 2 : quotient familial de 600 à 1 000 euros, repas à 2,80 euros.",
  ],
  [
    "Article 2 : les familles domiciliées hors de la commune paient le tarif extérieur.",
    "Fait et délibéré en séance, les jour, mois et an susdits.",
    "Le maire, Hélène Dupré-Garçon",
  ],
];

export async function makeTextPdf(pages: readonly (readonly string[])[] = DELIBERATION_PAGES): Promise<Uint8Array> {
  const pdf = await buildTextPdf(pages);
  return pdf.save();
}

async function buildTextPdf(
  pages: readonly (readonly string[])[],
  options: Parameters<typeof PDFDocument.create>[0] = {},
): Promise<PDFDocument> {
  const pdf = await PDFDocument.create(options);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595.28, 841.89]);
    lines.forEach((line, index) => page.drawText(line, { x: 56, y: 780 - index * 18, size: 11, font }));
  }
  return pdf;
}

// Marianne, the State's typeface, ships with the DSFR that Cadre already installs.
const FONT_FAMILY = "Cadre Test Marianne";
let fontRegistered = false;

function registerFont(): void {
  if (fontRegistered) return;
  const dsfr = dirname(createRequire(import.meta.url).resolve("@gouvfr/dsfr/package.json"));
  GlobalFonts.registerFromPath(join(dsfr, "dist/fonts/Marianne-Regular.woff2"), FONT_FAMILY);
  fontRegistered = true;
}

/** Black text on white, like a page through a scanner at 150 dpi (A4 = 1240 × 1754 pixels). */
export function renderTextImage(lines: readonly string[], format: "png" | "jpeg" = "png"): Uint8Array {
  registerFont();
  const canvas = createCanvas(1240, 1754);
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = "#111111";
  context.font = `34px "${FONT_FAMILY}"`;
  lines.forEach((line, index) => context.fillText(line, 110, 180 + index * 60));
  return new Uint8Array(format === "png" ? canvas.toBuffer("image/png") : canvas.toBuffer("image/jpeg", 90));
}

/** A PDF with one full-page image per page and no text layer: what a scanner produces. */
export async function makeScannedPdf(pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (const lines of pages) {
    const image = await pdf.embedPng(renderTextImage(lines));
    const page = pdf.addPage([595.28, 841.89]);
    page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return pdf.save();
}

/** A text délibération whose last page is a scanned annex (an image, no text layer). */
export async function makePdfWithScannedAnnex(annex: readonly string[]): Promise<Uint8Array> {
  const pdf = await buildTextPdf(DELIBERATION_PAGES.slice(0, 2));
  const image = await pdf.embedPng(renderTextImage(annex));
  pdf.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return pdf.save();
}

/** Opens with `/OpenAction << /S /JavaScript /JS (…) >>`, stored inside a compressed object stream. */
export async function makeJavaScriptPdf(): Promise<Uint8Array> {
  const pdf = await buildTextPdf(DELIBERATION_PAGES.slice(0, 1));
  const action = pdf.context.obj({ Type: "Action", S: "JavaScript", JS: PDFString.of("app.alert('Cadre');") });
  pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.register(action));
  return pdf.save({ useObjectStreams: true });
}

export async function makeLaunchPdf(): Promise<Uint8Array> {
  const pdf = await buildTextPdf(DELIBERATION_PAGES.slice(0, 1));
  const action = pdf.context.obj({ S: "Launch", F: PDFString.of("calc.exe") });
  pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.register(action));
  return pdf.save({ useObjectStreams: false });
}

export async function makePdfWithAttachment(): Promise<Uint8Array> {
  const pdf = await buildTextPdf(DELIBERATION_PAGES.slice(0, 1));
  await pdf.attach(strToU8("grille tarifaire"), "annexe.txt", { mimeType: "text/plain" });
  return pdf.save();
}

/**
 * A PDF really encrypted (see pdf-encryption.ts). With an empty user password it opens without
 * asking (permissions only), as many exported PDFs do.
 */
export async function makeEncryptedPdf(userPassword: string): Promise<Uint8Array> {
  const pdf = await buildTextPdf(DELIBERATION_PAGES.slice(0, 1), { updateMetadata: false });
  return encryptPdf(pdf, userPassword);
}

/** Word document: two pages (explicit page break), a tab, a line break, a tariff table. */
export async function makeDocx(): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph("Délibération n° 2024-031 du conseil municipal"),
          new Paragraph({
            children: [new TextRun("Objet :"), new TextRun({ children: [new Tab(), "tarifs « cantine » & garderie"] })],
          }),
          new Paragraph({
            children: [new TextRun("Première ligne"), new TextRun({ text: "deuxième ligne", break: 1 })],
          }),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph("Article 1 : tarifs selon le quotient familial."),
          new Table({
            rows: [
              new TableRow({ children: [cell("Quotient familial"), cell("Tarif")] }),
              new TableRow({ children: [cell("< 600 €"), cell("1,20 €")] }),
            ],
          }),
          new Paragraph("Le maire, Hélène Dupré-Garçon"),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

export const ODT_MEDIA_TYPE = "application/vnd.oasis.opendocument.text";

/** A valid ODF package around `body` (the inside of office:text); `styles` go in automatic styles. */
export function makeOdt(body: string, styles = ""): Uint8Array {
  const namespaces = [
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  ].join(" ");
  const content =
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${namespaces} office:version="1.3">` +
    `<office:automatic-styles>${styles}</office:automatic-styles>` +
    `<office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  const manifest =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
    `<manifest:file-entry manifest:full-path="/" manifest:media-type="${ODT_MEDIA_TYPE}"/>` +
    `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>` +
    `</manifest:manifest>`;
  // The ODF rule: "mimetype" first, stored (not compressed), so that its bytes identify the file.
  return zipSync({
    mimetype: [strToU8(ODT_MEDIA_TYPE), { level: 0 }],
    "META-INF/manifest.xml": strToU8(manifest),
    "content.xml": strToU8(content),
  });
}

/** Reproducible noise (a linear congruential generator), so a failure can be replayed. */
export function noise(length: number, seed = 42): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed >>> 0;
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[index] = state >>> 24;
  }
  return out;
}
