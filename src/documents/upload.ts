/**
 * Turning an upload into a storable document: size limit first (before anything is kept),
 * then the real type from the bytes, then the digest.
 */

import { invalid } from "../domain/errors";
import { MAX_DOCUMENT_BYTES } from "../domain/document";
import { sha256Hex } from "../domain/digest";
import { inspectPdfHazards } from "./pdf-hazards";
import { PDF, sniffMediaType, ACCEPTED_MEDIA_TYPES } from "./sniff";

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
  if (mediaType === PDF) refuseActivePdf(cleanName, bytes, field);
  return { name: cleanName, mediaType, bytes, sha256: await sha256Hex(bytes) };
}

/**
 * A délibération has no reason to run code or carry other files: such a PDF is refused (not
 * neutralised), so what an instructor downloads is exactly what the collectivité sent. A
 * password-protected PDF is refused too: nobody could read it. Permissions-only encryption is
 * let through, since many exports carry it and every reader opens them.
 */
function refuseActivePdf(name: string, bytes: Uint8Array, field: string): void {
  const hazards = inspectPdfHazards(bytes);
  const reasons = [
    hazards.javascript ? "du code JavaScript" : null,
    hazards.launchAction ? "une action de lancement de programme" : null,
    hazards.embeddedFiles ? "des fichiers joints" : null,
  ].filter((reason): reason is string => reason !== null);
  if (reasons.length === 0) return;
  throw invalid(`Le PDF « ${name} » contient ${reasons.join(", ")} : par sécurité, Cadre le refuse.`, {
    [field]: "Enregistrez le document en PDF simple (« Imprimer en PDF ») et déposez-le à nouveau.",
  });
}

/** Keeps the last path segment and printable characters: names are shown, never used as paths. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // Control characters (tabs, newlines, escapes) would break the lines and headers the name is shown in.
  const printable = base
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return printable || "document";
}
