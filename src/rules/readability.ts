/**
 * readability: there must be text to read. An empty or nearly empty text (a scan without
 * OCR, a broken export) cannot support any finding; a low OCR confidence makes quotes doubtful.
 */

import { readingOf } from "./reading";
import { defineRule, type FindingInput } from "./rule-kit";
import type { DocumentUnderReview } from "./rule-types";

const EMPTY_BELOW = 20;
const SPARSE_BELOW = 150;
const LOW_CONFIDENCE = 70;
// Below this share of letters, digits, spaces and common signs, the text is likely garbled.
const GARBLED_BELOW = 0.8;
const SAMPLE = 20_000;

// Letters, digits, spaces and the signs of ordinary French text, by code (checked per character).
const COMMON = new Uint8Array(0x10000);
for (const ch of "abcdefghijklmnopqrstuvwxyz0123456789 \n\t.,;:'\"()/%€°|+-_=*«»…!?&#@[]<>œæ") {
  COMMON[ch.charCodeAt(0)] = 1;
}

interface TextMeasure {
  readonly letters: number;
  /** Share of ordinary characters in the sample (0 to 1). */
  readonly share: number;
  readonly characters: number;
  readonly pages: number;
}

function measureText(document: DocumentUnderReview): TextMeasure {
  const { folded, pageOffsets } = readingOf(document);
  // A sample is enough to judge the text, and bounds the cost on a long document.
  const sample = Math.min(folded.length, SAMPLE);
  let letters = 0;
  let common = 0;
  for (let i = 0; i < sample; i++) {
    const code = folded.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) letters++;
    common += COMMON[code] ?? 0;
  }
  return { letters, share: common / Math.max(1, sample), characters: folded.length, pages: pageOffsets.length };
}

/** Whether the text may not say all the document says: nearly empty, sparse, garbled or a doubtful OCR. */
export function isDoubtfulText(document: DocumentUnderReview): boolean {
  const { letters, share } = measureText(document);
  const lowConfidence = document.confidence !== null && document.confidence < LOW_CONFIDENCE;
  return letters < SPARSE_BELOW || share < GARBLED_BELOW || lowConfidence;
}

export const readability = defineRule({
  id: "readability",
  title: "Lisibilité du document",
  summary:
    "Vérifie qu'il y a un texte à lire : un document vide, très court, mal reconnu (OCR peu fiable) ou illisible ne permet pas de conclure.",
  guideLink: "guide#pourquoi-ce-guide",
  messages: {
    empty:
      "Le document ne contient pas de texte lisible (scan sans reconnaissance de caractères, fichier vide ?) : aucune vérification n'est possible.",
    sparse: "Le texte lu est très court ({letters} lettres) : le document est peut-être incomplet ou mal lu.",
    lowConfidence:
      "Le texte vient d'une reconnaissance de caractères peu fiable (confiance {confidence} %) : vérifier les passages cités sur le document.",
    garbled:
      "Une part importante du texte lu n'est pas du texte courant ({share} % de caractères inhabituels) : la lecture est peut-être défectueuse.",
    readable: "Texte lisible : {characters} caractères sur {pages} page(s).",
  },
  inspect(document): FindingInput[] {
    const { letters, share, characters, pages } = measureText(document);
    if (letters < EMPTY_BELOW) return [{ status: "fail", messageId: "empty" }];
    const findings: FindingInput[] = [];
    if (letters < SPARSE_BELOW) findings.push({ status: "warning", messageId: "sparse", values: { letters } });
    if (document.confidence !== null && document.confidence < LOW_CONFIDENCE) {
      findings.push({
        status: "warning",
        messageId: "lowConfidence",
        values: { confidence: Math.round(document.confidence) },
      });
    }
    if (share < GARBLED_BELOW) {
      findings.push({ status: "warning", messageId: "garbled", values: { share: Math.round((1 - share) * 100) } });
    }
    if (findings.length === 0) {
      findings.push({
        status: "pass",
        messageId: "readable",
        values: { characters, pages },
      });
    }
    return findings;
  },
});
