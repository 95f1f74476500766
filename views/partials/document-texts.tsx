/**
 * The text Cadre read from each document, with every cited passage highlighted and anchored,
 * so a click on a finding lands on its passage and shows its page.
 */

import type { RequestReading } from "../../src/services/read-models";
import { segmentText, type Passage } from "../components/highlight";
import { readingStatusLabel } from "../components/reading-labels";
import { passageAnchor } from "./reading-panel";

export function DocumentTexts({ reading }: { reading: RequestReading }) {
  const others = reading.findings.filter((finding) => !finding.scope);
  const passagesOf = (documentId: number): Passage[] => [
    ...reading.scopes.flatMap((verdict, index) =>
      verdict.evidence.flatMap((evidence, evidenceIndex) =>
        evidence.documentId === documentId
          ? [{ anchor: passageAnchor("donnee", index, evidenceIndex), ...evidence }]
          : [],
      ),
    ),
    ...others.flatMap((finding, index) =>
      finding.evidence.flatMap((evidence, evidenceIndex) =>
        evidence.documentId === documentId
          ? [{ anchor: passageAnchor("constat", index, evidenceIndex), ...evidence }]
          : [],
      ),
    ),
  ];
  return (
    <section class="fr-mb-4w" aria-labelledby="textes">
      <h2 id="textes" class="fr-h4">
        Texte lu dans les documents
      </h2>
      {reading.documents.map((document) => (
        <div class="fr-mb-3w">
          <h3 class="fr-h6">{document.name}</h3>
          {document.status === "done" ? (
            <div class="cadre-document-text" tabindex={0} aria-label={`Texte de ${document.name}`}>
              {segmentText(document.text, passagesOf(document.id), document.pageOffsets).map((segment) =>
                segment.kind === "page" ? (
                  <span class="cadre-page-mark" id={`document-${document.id}-page-${segment.page}`}>
                    Page {segment.page}
                  </span>
                ) : segment.kind === "mark" ? (
                  <>
                    {segment.anchors.slice(1).map((anchor) => (
                      <span id={anchor} />
                    ))}
                    <mark id={segment.anchors[0]}>{segment.text}</mark>
                  </>
                ) : (
                  segment.text.replaceAll("\f", "")
                ),
              )}
            </div>
          ) : (
            <p>{readingStatusLabel(document)}</p>
          )}
        </div>
      ))}
    </section>
  );
}
