/** DOCX to pages of text: word/document.xml's paragraphs, runs, tabs, breaks and tables. */

import { ExtractionFailure, messages } from "./extraction-failure";
import { FlowText } from "./flow-text";
import { walkXml } from "./xml";
import { ZipArchive } from "./zip";

export function readDocx(bytes: Uint8Array, checkpoint: () => void): string[] {
  const xml = ZipArchive.open(bytes, "docx").readText("word/document.xml");
  if (xml === null) throw new ExtractionFailure(messages.damaged);
  return docxXmlToPages(xml, checkpoint);
}

// Subtrees that are not the document's current text: mc:Fallback repeats mc:Choice (text boxes
// would appear twice), w:del and w:moveFrom hold tracked deletions.
const SKIPPED = new Set(["mc:Fallback", "w:del", "w:moveFrom"]);
const NO_PAGE_SECTIONS = new Set(["continuous", "nextColumn"]);

export function docxXmlToPages(xml: string, checkpoint: () => void = () => {}): string[] {
  const flow = new FlowText();
  let skipped = 0;
  let inText = false;
  let runs = 0;
  let inParagraphProperties = false;
  let sectionBreak = false;

  walkXml(
    xml,
    {
      open(name, attributes) {
        if (skipped > 0 || SKIPPED.has(name)) {
          skipped++;
          return;
        }
        switch (name) {
          case "w:t":
            inText = true;
            break;
          case "w:r":
            runs++;
            break;
          // w:tab also defines tab stops in paragraph properties: only a run's one is a character.
          case "w:tab":
          case "w:ptab":
            if (runs > 0) flow.text("\t");
            break;
          case "w:br":
            if (runs === 0) break;
            if (attributes["w:type"] === "page") flow.pageBreak("hard");
            else flow.lineBreak();
            break;
          case "w:cr":
            if (runs > 0) flow.lineBreak();
            break;
          case "w:noBreakHyphen":
            if (runs > 0) flow.text("-");
            break;
          case "w:lastRenderedPageBreak":
            flow.pageBreak("rendered");
            break;
          case "w:pPr":
            inParagraphProperties = true;
            break;
          case "w:pageBreakBefore":
            if (inParagraphProperties && !isOff(attributes["w:val"])) flow.pageBreak("rendered");
            break;
          // A section break lives in its last paragraph's properties; the body's final w:sectPr is not one.
          case "w:sectPr":
            if (inParagraphProperties) sectionBreak = true;
            break;
          case "w:type":
            if (inParagraphProperties && NO_PAGE_SECTIONS.has(attributes["w:val"] ?? "")) sectionBreak = false;
            break;
          case "w:tbl":
            flow.startTable();
            break;
          case "w:tr":
            flow.startRow();
            break;
        }
      },
      close(name) {
        if (skipped > 0) {
          skipped--;
          return;
        }
        switch (name) {
          case "w:t":
            inText = false;
            break;
          case "w:r":
            runs--;
            break;
          case "w:pPr":
            inParagraphProperties = false;
            break;
          case "w:p":
            flow.endParagraph();
            if (sectionBreak) flow.pageBreak("rendered");
            sectionBreak = false;
            break;
          case "w:tc":
            flow.endCell();
            break;
          case "w:tr":
            flow.endRow();
            break;
          case "w:tbl":
            flow.endTable();
            break;
        }
      },
      text(text) {
        if (inText && skipped === 0) flow.text(text);
      },
    },
    checkpoint,
  );
  return flow.finish();
}

function isOff(value: string | undefined): boolean {
  return value === "0" || value === "false" || value === "off";
}
