/**
 * What Cadre read, for a request page: per-document reading status, a verdict per requested
 * scope with its passage (or what is missing), the other findings and, for instructors, the
 * suggested decision. While a document is being read the panel refreshes itself (htmx), and
 * the page works without JavaScript (the status says to reload).
 */

import { scopeLabel } from "../../src/domain/scope-catalogue";
import type { RequestReading } from "../../src/services/read-models";
import { DECISION_LABELS, FINDING_BADGES, readingStatusLabel, VERDICT_BADGES } from "../components/reading-labels";
import { DsfrTable } from "../components/dsfr-table";

export interface ReadingPanelProps {
  readonly reading: RequestReading;
  readonly pollUrl: string;
  /** Instructors see the suggestion; evidence links point into the page's document texts. */
  readonly forInstructor: boolean;
}

export const passageAnchor = (kind: string, index: number, evidenceIndex: number) =>
  `passage-${kind}-${index}-${evidenceIndex}`;

export function ReadingPanel({ reading, pollUrl, forInstructor }: ReadingPanelProps) {
  const names = new Map(reading.documents.map((document) => [document.id, document.name]));
  const others = reading.findings.filter((finding) => !finding.scope);
  return (
    <section
      id="lecture"
      class="fr-mb-4w"
      aria-labelledby="lecture-titre"
      {...(reading.inProgress ? { "hx-get": pollUrl, "hx-trigger": "every 2s", "hx-swap": "outerHTML" } : {})}
    >
      <h2 id="lecture-titre" class="fr-h4">
        Contrôle du cadre juridique
      </h2>
      <p class="fr-text--sm">
        Cadre lit les documents et propose ; {forInstructor ? "vous décidez" : "l'instructeur décide"}. Chaque constat
        cite le passage sur lequel il s'appuie.
      </p>
      <ul class="fr-mb-3w" aria-live="polite">
        {reading.documents.map((document) => (
          <li>
            <strong>{document.name}</strong> — {readingStatusLabel(document)}
          </li>
        ))}
      </ul>
      {reading.inProgress ? (
        <p class="fr-text--sm">
          La lecture prend quelques secondes ; cette section se met à jour seule (ou rechargez la page).
        </p>
      ) : null}
      {reading.scopes.length > 0 ? (
        <DsfrTable caption="Chaque donnée demandée, et le passage qui la justifie">
          <thead>
            <tr>
              <th scope="col">Donnée</th>
              <th scope="col">Verdict</th>
              <th scope="col">Passage ou manque</th>
            </tr>
          </thead>
          <tbody>
            {reading.scopes.map((verdict, index) => (
              <tr>
                <td>{scopeLabel(verdict.scope)}</td>
                <td>
                  <p class={`fr-badge fr-badge--sm ${VERDICT_BADGES[verdict.status].badge}`}>
                    {VERDICT_BADGES[verdict.status].label}
                  </p>
                </td>
                <td>
                  {verdict.status === "pass" ? null : <p class="fr-text--sm fr-mb-1w">{verdict.message}</p>}
                  {verdict.evidence[0] ? (
                    <Quote
                      quote={verdict.evidence[0].quote}
                      page={verdict.evidence[0].page}
                      document={names.get(verdict.evidence[0].documentId)}
                      href={forInstructor ? `#${passageAnchor("donnee", index, 0)}` : undefined}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </DsfrTable>
      ) : null}
      {others.length > 0 ? (
        <ul class="cadre-findings">
          {others.map((finding, index) => {
            const badge = FINDING_BADGES[finding.status] ?? FINDING_BADGES.info!;
            return (
              <li>
                <p class={`fr-badge fr-badge--sm ${badge.badge}`}>{badge.label}</p> {finding.message}
                {finding.evidence[0] ? (
                  <Quote
                    quote={finding.evidence[0].quote}
                    page={finding.evidence[0].page}
                    document={names.get(finding.evidence[0].documentId)}
                    href={forInstructor ? `#${passageAnchor("constat", index, 0)}` : undefined}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {forInstructor && reading.suggestion ? (
        <div class="fr-callout fr-mt-3w">
          <h3 class="fr-callout__title">Suggestion : {DECISION_LABELS[reading.suggestion.decision]}</h3>
          {reading.suggestion.toCheck && reading.suggestion.toCheck.length > 0 ? (
            <div class="fr-callout__text">
              <p class="fr-mb-1w">
                <strong>À vérifier avant de décider</strong> (Cadre n'a pas pu conclure) :
              </p>
              <ul>
                {reading.suggestion.toCheck.map((point) => (
                  <li>{point}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <p class="fr-callout__text cadre-motivation">{reading.suggestion.motivation}</p>
        </div>
      ) : null}
    </section>
  );
}

function Quote({ quote, page, document, href }: { quote: string; page: number; document?: string; href?: string }) {
  const where = `page ${page}${document ? `, ${document}` : ""}`;
  return (
    <blockquote class="cadre-quote">
      « {quote.length > 240 ? `${quote.slice(0, 240)}…` : quote} »{" "}
      {href ? (
        <a href={href} class="fr-link fr-link--sm">
          ({where})
        </a>
      ) : (
        <span class="fr-text--xs">({where})</span>
      )}
    </blockquote>
  );
}
