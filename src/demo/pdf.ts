/**
 * Demo documents as real PDFs with a text layer (pdf-lib, standard Helvetica), so the demo's
 * downloads and later text extraction behave like a town hall's scanned-free export.
 */

import { PDFDocument, StandardFonts, rgb, type PDFFont } from "pdf-lib";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BODY_SIZE = 10.5;
const LINE_HEIGHT = 14;

export async function renderTextPdf({ title, text }: { title: string; text: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setLanguage("fr-FR");
  // A fixed date keeps the demo's bytes, and so their sha256, the same from one seed to the next.
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = A4[0] - 2 * MARGIN;

  const lines: { text: string; font: PDFFont; size: number }[] = [];
  for (const line of wrap(title, bold, 13, width)) lines.push({ text: line, font: bold, size: 13 });
  lines.push({ text: "", font: regular, size: BODY_SIZE });
  for (const paragraph of text.split(/\n/)) {
    const wrapped = paragraph.trim() === "" ? [""] : wrap(paragraph, regular, BODY_SIZE, width);
    for (const line of wrapped) lines.push({ text: line, font: regular, size: BODY_SIZE });
  }

  const perPage = Math.floor((A4[1] - 2 * MARGIN) / LINE_HEIGHT);
  const pageCount = Math.max(1, Math.ceil(lines.length / perPage));
  for (let index = 0; index < pageCount; index++) {
    const page = pdf.addPage(A4);
    let y = A4[1] - MARGIN;
    for (const line of lines.slice(index * perPage, (index + 1) * perPage)) {
      if (line.text)
        page.drawText(line.text, { x: MARGIN, y, size: line.size, font: line.font, color: rgb(0.09, 0.09, 0.09) });
      y -= LINE_HEIGHT;
    }
    page.drawText(`Page ${index + 1} / ${pageCount}`, {
      x: A4[0] - MARGIN - 60,
      y: MARGIN / 2,
      size: 8,
      font: regular,
    });
  }
  return pdf.save();
}

function wrap(paragraph: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}
