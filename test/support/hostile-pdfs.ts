/**
 * PDFs with active or embedded content, built with pdf-lib and written with every dictionary
 * hidden in an encoded object stream (pdf-writer.ts), as an attacker would. Pure JavaScript
 * (pdf-lib, fflate), so the same files are made on Node and inside workerd.
 */

import { PDFDocument, PDFName, PDFRawStream, PDFString, StandardFonts, type PDFRef } from "pdf-lib";
import type { PdfHazard } from "../../src/documents/pdf-hazard-kinds";
import { flateBomb, GIB } from "./hostile-archives";
import { type StreamFilter } from "./pdf-filters";
import { writeWithHiddenObjects, type WriteOptions } from "./pdf-writer";

type Build = (pdf: PDFDocument) => void | Promise<void>;

/** A one-page délibération with a text layer, changed by `build`, then written hidden. */
export async function hostilePdf(
  build: Build,
  filter: StreamFilter = "ASCIIHexDecode",
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595.28, 841.89]);
  const lines = [
    "Deliberation n. 2024-031 du conseil municipal",
    "Objet : tarifs de la restauration scolaire selon le quotient familial.",
    "Article 1 : les tarifs sont fixes selon le quotient familial de la CAF.",
  ];
  lines.forEach((line, index) => page.drawText(line, { x: 56, y: 780 - index * 18, size: 11, font }));
  await build(pdf);
  return writeWithHiddenObjects(pdf, filter, options);
}

const javaScript = (pdf: PDFDocument, code = "app.alert('Cadre');") =>
  pdf.context.register(pdf.context.obj({ Type: "Action", S: "JavaScript", JS: PDFString.of(code) }));

function annotate(pdf: PDFDocument, annotation: Record<string, unknown>): PDFRef {
  const page = pdf.getPage(0);
  const ref = pdf.context.register(
    pdf.context.obj({ Type: "Annot", Rect: [56, 700, 256, 720], P: page.ref, ...annotation } as never),
  );
  page.node.addAnnot(ref);
  return ref;
}

interface HostileCase {
  /** What Cadre must say it found. */
  readonly finds: readonly PdfHazard[];
  readonly make: (filter?: StreamFilter) => Promise<Uint8Array>;
}

/** Every hostile case; each file hides its dictionaries in an encoded object stream. */
export const HOSTILE_PDFS: Readonly<Record<string, HostileCase>> = {
  "OpenAction JavaScript": {
    finds: ["javascript"],
    make: (filter) => hostilePdf((pdf) => pdf.catalog.set(PDFName.of("OpenAction"), javaScript(pdf)), filter),
  },
  "document JavaScript (Names tree)": {
    finds: ["javascript"],
    make: (filter) =>
      hostilePdf((pdf) => {
        const tree = pdf.context.obj({ Names: [PDFString.of("init"), javaScript(pdf)] });
        pdf.catalog.set(PDFName.of("Names"), pdf.context.obj({ JavaScript: tree }));
      }, filter),
  },
  "page open action (/AA /O)": {
    finds: ["javascript"],
    make: (filter) =>
      hostilePdf((pdf) => pdf.getPage(0).node.set(PDFName.of("AA"), pdf.context.obj({ O: javaScript(pdf) })), filter),
  },
  "annotation additional action (/AA)": {
    finds: ["javascript"],
    make: (filter) =>
      hostilePdf((pdf) => {
        annotate(pdf, { Subtype: "Link", Border: [0, 0, 0], AA: pdf.context.obj({ E: javaScript(pdf) }) });
      }, filter),
  },
  "javascript: URI": {
    finds: ["javascript"],
    make: (filter) =>
      hostilePdf((pdf) => {
        const action = pdf.context.obj({ S: "URI", URI: PDFString.of("javascript:app.alert(1)") });
        annotate(pdf, { Subtype: "Link", Border: [0, 0, 0], A: action });
      }, filter),
  },
  "bookmark JavaScript": {
    finds: ["javascript"],
    make: (filter) =>
      hostilePdf((pdf) => {
        const outlines = pdf.context.nextRef();
        const item = pdf.context.register(
          pdf.context.obj({ Title: PDFString.of("Annexe"), Parent: outlines, A: javaScript(pdf) }),
        );
        pdf.context.assign(outlines, pdf.context.obj({ Type: "Outlines", First: item, Last: item, Count: 1 }));
        pdf.catalog.set(PDFName.of("Outlines"), outlines);
      }, filter),
  },
  "form field JavaScript": {
    finds: ["javascript"],
    make: (filter) =>
      hostilePdf((pdf) => {
        const field = pdf.getForm().createTextField("montant");
        field.addToPage(pdf.getPage(0), { x: 56, y: 600, width: 200, height: 20 });
        field.acroField.dict.set(PDFName.of("AA"), pdf.context.obj({ K: javaScript(pdf, "event.value = 1;") }));
      }, filter),
  },
  "OpenAction Launch": {
    finds: ["launch"],
    make: (filter) =>
      hostilePdf((pdf) => {
        const action = pdf.context.obj({ S: "Launch", F: PDFString.of("calc.exe") });
        pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.register(action));
      }, filter),
  },
  "OpenAction Launch behind a PNG predictor": {
    finds: ["launch"],
    make: (filter) =>
      hostilePdf(
        (pdf) => {
          const action = pdf.context.obj({ S: "Launch", F: PDFString.of("calc.exe") });
          pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.register(action));
        },
        filter ?? "FlateDecode",
        { pngPredictor: true },
      ),
  },
  "OpenAction JavaScript in an object stream without /Type": {
    finds: ["javascript"],
    make: (filter) =>
      hostilePdf((pdf) => pdf.catalog.set(PDFName.of("OpenAction"), javaScript(pdf)), filter, { untyped: true }),
  },
  "link Launch": {
    finds: ["launch"],
    make: (filter) =>
      hostilePdf((pdf) => {
        const action = pdf.context.obj({ S: "Launch", Win: pdf.context.obj({ F: PDFString.of("cmd.exe") }) });
        annotate(pdf, { Subtype: "Link", Border: [0, 0, 0], A: action });
      }, filter),
  },
  "FileAttachment without /Type /EmbeddedFile": {
    finds: ["attachment"],
    make: (filter) =>
      hostilePdf((pdf) => {
        const file = pdf.context.register(pdf.context.flateStream("MZ\u0090\u0000 not really a program"));
        const spec = pdf.context.obj({
          Type: "Filespec",
          F: PDFString.of("invoice.exe"),
          UF: PDFString.of("invoice.exe"),
          EF: pdf.context.obj({ F: file }),
        });
        annotate(pdf, { Subtype: "FileAttachment", FS: spec, Contents: PDFString.of("facture"), Name: "Paperclip" });
      }, filter),
  },
  "document attachment (EmbeddedFiles)": {
    finds: ["attachment"],
    make: (filter) =>
      hostilePdf((pdf) => {
        const file = pdf.context.register(pdf.context.flateStream("grille tarifaire"));
        const spec = pdf.context.obj({ Type: "Filespec", F: PDFString.of("annexe.txt"), EF: { F: file } });
        const tree = pdf.context.obj({ Names: [PDFString.of("annexe.txt"), spec] });
        pdf.catalog.set(PDFName.of("Names"), pdf.context.obj({ EmbeddedFiles: tree }));
      }, filter),
  },
  "XFA form with a script": {
    finds: ["xfa"],
    make: (filter) =>
      hostilePdf((pdf) => {
        const xdp =
          '<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/3.3/">' +
          '<subform name="form1" layout="tb"><pageSet><pageArea name="p1"><contentArea x="0" y="0" w="210mm" h="297mm"/>' +
          '</pageArea></pageSet><event activity="initialize"><script contentType="application/x-javascript">' +
          "app.alert('XFA');</script></event></subform></template></xdp:xdp>";
        const stream = pdf.context.register(pdf.context.flateStream(xdp));
        const form = pdf.context.obj({ Fields: [], XFA: [PDFString.of("xdp:xdp"), stream] });
        pdf.catalog.set(PDFName.of("AcroForm"), pdf.context.register(form));
      }, filter),
  },
  "RichMedia annotation": {
    finds: ["multimedia", "attachment"],
    make: (filter) =>
      hostilePdf((pdf) => {
        const asset = pdf.context.register(pdf.context.flateStream("FWS not really flash"));
        const spec = pdf.context.obj({
          Type: "Filespec",
          F: PDFString.of("film.swf"),
          EF: pdf.context.obj({ F: asset }),
        });
        const content = pdf.context.obj({ Assets: pdf.context.obj({ Names: [PDFString.of("film.swf"), spec] }) });
        annotate(pdf, { Subtype: "RichMedia", RichMediaContent: content });
      }, filter),
  },
};

/** A page whose second content stream inflates to 1 GiB of spaces, from about 1 MB. */
export function pdfWithStreamBomb(): Promise<Uint8Array> {
  return hostilePdf((pdf) => {
    const bomb = PDFRawStream.of(pdf.context.obj({ Filter: "FlateDecode" }), flateBomb(GIB));
    pdf.getPage(0).node.addContentStream(pdf.context.register(bomb));
  });
}

/** A form with a text field and no script: legitimate, it must pass. */
export function formWithoutScript(filter?: StreamFilter): Promise<Uint8Array> {
  return hostilePdf((pdf) => {
    const field = pdf.getForm().createTextField("commune");
    field.setText("Villeneuve");
    field.addToPage(pdf.getPage(0), { x: 56, y: 600, width: 200, height: 20 });
  }, filter);
}

/** The same page, nothing added: what each filter's hostile twin differs from. */
export function plainPdf(filter?: StreamFilter): Promise<Uint8Array> {
  return hostilePdf(() => {}, filter);
}
