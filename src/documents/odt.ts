/** ODT to pages of text: content.xml's paragraphs, headings, spans, spaces, tabs, tables, page breaks. */

import { ExtractionFailure, messages } from "./extraction-failure";
import { FlowText } from "./flow-text";
import { walkXml } from "./xml";
import { ZipArchive } from "./zip";

export function readOdt(bytes: Uint8Array, checkpoint: () => void): string[] {
  const zip = ZipArchive.open(bytes, "odt");
  // An encrypted ODT still unzips, but into ciphertext: the manifest says so.
  if (zip.readText("META-INF/manifest.xml")?.includes("encryption-data"))
    throw new ExtractionFailure(messages.archivePassword("odt"));
  const xml = zip.readText("content.xml");
  if (xml === null) throw new ExtractionFailure(messages.damaged);
  return odtXmlToPages(xml, checkpoint);
}

// Not the body's text: notes (they would land mid-sentence), comments, tracked deletions,
// images' alt texts, and index templates.
const SKIPPED = /^(?:text:note|office:annotation|text:tracked-changes|svg:title|svg:desc|text:[\w-]+-source)$/;
const PARAGRAPHS = new Set(["text:p", "text:h"]);
const CELLS = new Set(["table:table-cell", "table:covered-table-cell"]);
// text:c is a repeat count: a hostile file could ask for billions of spaces.
const MAX_SPACES = 1000;

interface PageBreaks {
  before: boolean;
  after: boolean;
}

export function odtXmlToPages(xml: string, checkpoint: () => void = () => {}): string[] {
  const flow = new FlowText();
  // Automatic styles come before the body: the ones asking for a page break before or after.
  const styleBreaks = new Map<string, PageBreaks>();
  let style: string | null = null;
  const open: (PageBreaks | undefined)[] = []; // paragraphs and tables, to break after them
  let skipped = 0;
  let paragraphs = 0;
  let afterSpace = true;

  walkXml(
    xml,
    {
      open(name, attributes) {
        if (skipped > 0 || SKIPPED.test(name)) {
          skipped++;
          return;
        }
        if (name === "style:style") style = attributes["style:name"] ?? null;
        else if (style && name.startsWith("style:") && name.endsWith("-properties")) {
          const breaks = styleBreaks.get(style) ?? { before: false, after: false };
          breaks.before ||= attributes["fo:break-before"] === "page";
          breaks.after ||= attributes["fo:break-after"] === "page";
          styleBreaks.set(style, breaks);
        } else if (PARAGRAPHS.has(name) || name === "table:table") {
          const breaks = styleBreaks.get(attributes["text:style-name"] ?? attributes["table:style-name"] ?? "");
          if (breaks?.before) flow.pageBreak("rendered");
          open.push(breaks);
          if (name === "table:table") flow.startTable();
          else {
            paragraphs++;
            afterSpace = true;
          }
        } else if (name === "table:table-row") flow.startRow();
        else if (paragraphs > 0) inline(name, attributes);
        if (name === "text:soft-page-break") flow.pageBreak("rendered");
      },
      close(name) {
        if (skipped > 0) {
          skipped--;
          return;
        }
        if (name === "style:style") style = null;
        else if (CELLS.has(name)) flow.endCell();
        else if (name === "table:table-row") flow.endRow();
        else if (PARAGRAPHS.has(name) || name === "table:table") {
          if (name === "table:table") flow.endTable();
          else {
            flow.endParagraph();
            paragraphs--;
          }
          if (open.pop()?.after) flow.pageBreak("rendered");
        }
      },
      text(text) {
        if (paragraphs === 0 || skipped > 0) return;
        // ODF collapses white space in text, as HTML does; text:s carries the spaces that count.
        let collapsed = text.replace(/[ \t\r\n]+/g, " ");
        if (afterSpace && collapsed.startsWith(" ")) collapsed = collapsed.slice(1);
        if (!collapsed) return;
        flow.text(collapsed);
        afterSpace = collapsed.endsWith(" ");
      },
    },
    checkpoint,
  );
  return flow.finish();

  function inline(name: string, attributes: Readonly<Record<string, string>>): void {
    if (name === "text:s") {
      const count = Number.parseInt(attributes["text:c"] ?? "1", 10);
      flow.text(" ".repeat(Number.isFinite(count) ? Math.min(Math.max(count, 1), MAX_SPACES) : 1));
      afterSpace = false;
    } else if (name === "text:tab") {
      flow.text("\t");
      afterSpace = false;
    } else if (name === "text:line-break") {
      flow.lineBreak();
      afterSpace = true;
    }
  }
}
