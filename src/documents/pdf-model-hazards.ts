/**
 * What pdf.js's document model says a PDF would run or carry, once every filter and object stream
 * is decoded (and the file decrypted): document, page, annotation and form-field JavaScript,
 * "javascript:" links, attachments (named or in FileAttachment annotations), XFA forms and
 * multimedia annotations. Reaching every page is also the upload's structure check: a PDF whose
 * pages cannot be reached is refused as damaged.
 */

import type { Deadline } from "./deadline";
import { isJavaScriptUrl, MULTIMEDIA_SUBTYPES, type PdfHazard } from "./pdf-hazard-kinds";
import type { PdfDocument } from "./pdf-open";

/** How many pages are asked for at once: pdf.js overlaps their parsing. */
const PAGES_AT_ONCE = 8;

interface Annotation {
  readonly subtype?: string;
  readonly actions?: Record<string, unknown> | null;
  readonly url?: string;
  readonly unsafeUrl?: string;
}

interface OutlineItem {
  readonly url: string | null;
  readonly unsafeUrl?: string;
  readonly items: readonly OutlineItem[];
}

interface DocumentInfo {
  readonly IsXFAPresent?: boolean;
  readonly IsCollectionPresent?: boolean;
}

export async function findModelHazards(pdf: PdfDocument, deadline: Deadline): Promise<Set<PdfHazard>> {
  const found = new Set<PdfHazard>();
  const info = ((await pdf.getMetadata()).info ?? {}) as DocumentInfo;
  if (info.IsXFAPresent || pdf.isPureXfa) found.add("xfa");
  if (info.IsCollectionPresent) found.add("attachment");
  if (await pdf.getJSActions()) found.add("javascript");
  if ((await pdf.hasJSActions()) || hasFieldActions(await pdf.getFieldObjects())) found.add("javascript");
  const attachments = await pdf.getAttachments();
  if (attachments && attachments.size > 0) found.add("attachment");
  if (outlineHasJavaScript((await pdf.getOutline()) ?? [])) found.add("javascript");

  for (let first = 1; first <= pdf.numPages; first += PAGES_AT_ONCE) {
    deadline.check();
    const last = Math.min(pdf.numPages, first + PAGES_AT_ONCE - 1);
    const numbers = Array.from({ length: last - first + 1 }, (_, index) => first + index);
    await Promise.all(
      numbers.map(async (number) => {
        const page = await pdf.getPage(number);
        if (await page.getJSActions()) found.add("javascript");
        for (const annotation of (await page.getAnnotations()) as Annotation[]) inspect(annotation, found);
      }),
    );
  }
  return found;
}

function inspect(annotation: Annotation, found: Set<PdfHazard>): void {
  if (annotation.actions && Object.keys(annotation.actions).length > 0) found.add("javascript");
  if (isJavaScriptUrl(annotation.unsafeUrl) || isJavaScriptUrl(annotation.url)) found.add("javascript");
  if (annotation.subtype === "FileAttachment") found.add("attachment");
  if (annotation.subtype && MULTIMEDIA_SUBTYPES.has(annotation.subtype)) found.add("multimedia");
}

function hasFieldActions(fields: Readonly<Record<string, readonly object[]>> | null): boolean {
  return Object.values(fields ?? {}).some((widgets) =>
    widgets.some((widget) => {
      const actions = (widget as { actions?: Record<string, unknown> | null }).actions;
      return actions !== null && actions !== undefined && Object.keys(actions).length > 0;
    }),
  );
}

function outlineHasJavaScript(items: readonly OutlineItem[]): boolean {
  return items.some(
    (item) => isJavaScriptUrl(item.unsafeUrl) || isJavaScriptUrl(item.url) || outlineHasJavaScript(item.items),
  );
}
