/**
 * Why a document could not be read, in French for the applicant and the instructor. Readers
 * throw ExtractionFailure; extractDocument turns it into a "failed" result and never throws.
 */

export class ExtractionFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "ExtractionFailure";
  }
}

export type ArchiveKind = "docx" | "odt";

const ARCHIVE_NAMES: Record<ArchiveKind, string> = { docx: "Document Word", odt: "Document OpenDocument" };

export const messages = {
  empty: "Le fichier est vide : il n'y a rien à lire.",
  unknownFormat:
    "Format non reconnu : Cadre lit les PDF, les documents Word (DOCX) et les documents OpenDocument (ODT).",
  otherZip:
    "Cette archive ZIP n'est ni un document Word (DOCX) ni un document OpenDocument (ODT) : Cadre ne la lit pas.",
  legacyOffice:
    "Ce fichier est au format Word 97-2003 (.doc) ou protégé par un mot de passe : Cadre ne peut pas le lire. " +
    "Enregistrez-le en PDF ou en DOCX sans protection, puis déposez-le à nouveau.",
  pdfPassword:
    "Ce PDF est protégé par un mot de passe : Cadre ne peut pas le lire. Déposez une version sans protection.",
  pdfTooLarge:
    "Ce PDF est trop volumineux une fois décompressé : Cadre ne le lit pas. Imprimez-le en PDF ou exportez-le à nouveau depuis le logiciel qui l'a produit, puis déposez-le.",
  damaged:
    "Le fichier est incomplet ou endommagé : Cadre ne peut pas le lire. Déposez-le à nouveau, ou exportez-le une nouvelle fois depuis le logiciel qui l'a produit.",
  timeout: (seconds: number) =>
    `La lecture du document a pris plus de ${seconds.toLocaleString("fr-FR")} seconde${seconds >= 2 ? "s" : ""} : Cadre l'a interrompue. ` +
    "Déposez une version plus légère (un PDF exporté depuis le traitement de texte plutôt qu'une numérisation, par exemple).",
  tooManyPages: (total: number, read: number) =>
    `Le document compte ${total} pages : seules les ${read} premières ont été lues.`,
  needsOcr:
    "Ce document est une image numérisée, sans texte lisible directement : il sera lu par reconnaissance de caractères (OCR) dans un second temps.",
  imageOnlyPages: (pages: readonly number[]) =>
    pages.length === 1
      ? `La page ${pages[0]} semble être une image numérisée : son texte n'a pas été lu.`
      : `Les pages ${pages.join(", ")} semblent être des images numérisées : leur texte n'a pas été lu.`,
  ocrFailed:
    "La reconnaissance de caractères (OCR) a échoué sur ce document : déposez une version au format texte (PDF exporté, DOCX ou ODT).",
  imageTooLarge:
    "L'image est trop grande pour être lue (plus de 50 millions de pixels) : déposez une version de plus petite taille.",
  archivePassword: (kind: ArchiveKind) =>
    `${ARCHIVE_NAMES[kind]} protégé par un mot de passe : Cadre ne peut pas le lire. Déposez une version sans protection.`,
  archiveTooLarge: (kind: ArchiveKind) =>
    `${ARCHIVE_NAMES[kind]} trop volumineux une fois décompressé : Cadre ne le lit pas. Enregistrez-le en PDF, puis déposez-le à nouveau.`,
  unexpected:
    "Cadre n'a pas pu lire ce document à cause d'une erreur inattendue. Déposez-le à nouveau, ou dans un autre format (PDF, DOCX, ODT).",
} as const;
