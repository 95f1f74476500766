/**
 * The rule catalogue (/regles), public: what Cadre checks in a délibération and why, rule by
 * rule, with phrasings each rule catches and ones it deliberately does not — for instructors
 * weighing a verdict and for collectivités preparing their act.
 */

import type { RuleCatalogue } from "../../src/services/read-models";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";

export function RulesPage({ viewer, catalogue }: { viewer: Viewer | null; catalogue: RuleCatalogue }) {
  return (
    <Page title="Règles de lecture" viewer={viewer} currentPath="/regles">
      <h1>Règles de lecture des délibérations</h1>
      <p class="fr-text--lead">
        Cadre lit chaque document déposé à la lumière du guide « Qu'est-ce qu'une bonne délibération pour accéder à API
        Particulier ? ». Il propose, l'instructeur décide.
      </p>
      <p>
        Chaque donnée demandée reçoit un verdict : <strong>justifiée</strong> (avec le passage qui la justifie),{" "}
        <strong>non justifiée</strong> (l'acte a été lu et le critère est absent ou écarté) ou{" "}
        <strong>à vérifier</strong> (le document en parle sans condition claire, ou le texte lu est douteux :
        l'instructeur lit le passage indiqué).
      </p>
      <h2>Règles sur les données demandées</h2>
      {catalogue.scopeRules.map((rule) => (
        <section class="fr-mb-5w" aria-labelledby={`regle-${rule.id}`}>
          <h3 id={`regle-${rule.id}`}>{rule.title}</h3>
          <blockquote class="fr-quote fr-py-2w">
            <p>{rule.guide}</p>
          </blockquote>
          <p class="fr-text--sm">Données : {rule.scopes.join(", ")}.</p>
          <ul>
            {rule.needs.map((need) => (
              <li>L'acte doit prévoir {need}.</li>
            ))}
          </ul>
          {rule.catches.length > 0 ? (
            <>
              <p class="fr-mb-1w">
                <strong>Reconnu</strong>, par exemple :
              </p>
              <ul class="fr-text--sm">
                {rule.catches.map((example) => (
                  <li>« {example} »</li>
                ))}
              </ul>
            </>
          ) : null}
          {rule.doesNotCatch.length > 0 ? (
            <>
              <p class="fr-mb-1w">
                <strong>Volontairement pas reconnu</strong> :
              </p>
              <ul class="fr-text--sm">
                {rule.doesNotCatch.map((example) => (
                  <li>« {example} »</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
      <h2>Règles sur le document</h2>
      <ul>
        {catalogue.documentRules.map((rule) => (
          <li>
            <strong>{rule.title}</strong> : {rule.summary}
          </li>
        ))}
      </ul>
    </Page>
  );
}
