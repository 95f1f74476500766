/**
 * Turning an upload into a storable document: size limit first (before anything is kept), then
 * the real type from the bytes, then the file's structure and content (before anything is
 * stored: a refused file leaves no document, blob or event), then the digest. Every upload path
 * (the applicant's forms, the tariff act, the API, the demo's seed) goes through checkUpload.
 */

import { invalid } from "../domain/errors";
import { MAX_DOCUMENT_BYTES } from "../domain/document";
import { sha256Hex } from "../domain/digest";
import { ExtractionFailure, messages, type ArchiveKind } from "./extraction-failure";
import { PDF_HAZARD_LABELS, type PdfHazard } from "./pdf-hazard-kinds";
import { inspectPdf } from "./pdf-hazards";
import { DOCX, PDF, sniffMediaType, ACCEPTED_MEDIA_TYPES } from "./sniff";
import { ZipArchive } from "./zip";

export interface CheckedUpload {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

export async function checkUpload(name: string, bytes: Uint8Array, field = "documents"): Promise<CheckedUpload> {
  const cleanName = cleanFileName(name);
  if (bytes.byteLength === 0)
    throw invalid(`Le fichier « ${cleanName} » est vide.`, { [field]: "Ce fichier est vide." });
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw invalid(`Le fichier « ${cleanName} » dépasse 10 Mo.`, {
      [field]: "Chaque fichier doit faire au plus 10 Mo.",
    });
  }
  const mediaType = sniffMediaType(bytes);
  if (!mediaType || !ACCEPTED_MEDIA_TYPES.includes(mediaType)) {
    throw invalid(
      `Le fichier « ${cleanName} » n'est ni un PDF, ni un document Word (DOCX), ni un document OpenDocument (ODT).`,
      {
        [field]: "Formats acceptés : PDF, DOCX, ODT.",
      },
    );
  }
  try {
    if (mediaType === PDF) refuseHazards(cleanName, await inspectPdf(bytes), field);
    else checkArchive(bytes, mediaType === DOCX ? "docx" : "odt");
  } catch (error) {
    if (!(error instanceof ExtractionFailure)) throw error;
    throw invalid(`Fichier « ${cleanName} » : ${error.reason}`, { [field]: error.reason });
  }
  return { name: cleanName, mediaType, bytes, sha256: await sha256Hex(bytes) };
}

/**
 * A délibération has no reason to run code or carry other files: such a PDF is refused (not
 * neutralised), so what an instructor downloads is exactly what the collectivité sent. A
 * password-protected PDF is refused as unreadable; permissions-only encryption is let through,
 * since many exports carry it and every reader opens them.
 */
function refuseHazards(name: string, hazards: ReadonlySet<PdfHazard>, field: string): void {
  const found = (Object.keys(PDF_HAZARD_LABELS) as PdfHazard[]).filter((hazard) => hazards.has(hazard));
  if (found.length === 0) return;
  const labels = found.map((hazard) => PDF_HAZARD_LABELS[hazard]);
  const listed = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} et ${labels.at(-1)}`;
  throw invalid(
    `Le PDF « ${name} » contient ${listed} : par sécurité, Cadre le refuse. ` +
      `Ouvrez-le, imprimez-le en PDF (« Imprimer », puis « Enregistrer au format PDF ») et déposez ce nouveau fichier.`,
    { [field]: "Enregistrez le document en PDF simple (« Imprimer en PDF ») et déposez-le à nouveau." },
  );
}

/** Every entry inflated under a budget, and the part the reader needs present and readable. */
function checkArchive(bytes: Uint8Array, kind: ArchiveKind): void {
  const archive = ZipArchive.open(bytes, kind);
  // An encrypted ODT still unzips, but into ciphertext: only its manifest says so.
  if (kind === "odt" && archive.readText("META-INF/manifest.xml")?.includes("encryption-data"))
    throw new ExtractionFailure(messages.archivePassword(kind));
  ZipArchive.open(bytes, kind).checkEntries();
  const main = kind === "docx" ? "word/document.xml" : "content.xml";
  if (!archive.entries.has(main)) throw new ExtractionFailure(messages.damaged);
}

/** Keeps the last path segment and printable characters: names are shown, never used as paths. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // Control characters (tabs, newlines, escapes) would break the lines and headers the name is shown in.
  const printable = base
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return printable || "document";
}
