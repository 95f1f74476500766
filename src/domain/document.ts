/** Documents attached to a request, and the limits DataPass already applies to them. */

export const DOCUMENT_KINDS = ["deliberation", "tariff_act", "annex"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  deliberation: "Délibération",
  tariff_act: "Acte tarifaire",
  annex: "Annexe",
};

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENTS_PER_REQUEST = 6;

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}
