/**
 * The queue's filter form: a plain GET form (works without JavaScript) that htmx upgrades to
 * update the results in place and push the URL, so back/forward and deep links keep working.
 * The order comes first; the filters fold under "Filtres" (open unless app.js closes them on a
 * small screen), with the number of active ones in the summary.
 */

import { QUEUE_SORTS, READING_OUTCOMES, SUGGESTION_KEYS } from "../../src/domain/queue-order";
import { DECISION_LABELS } from "../components/reading-labels";
import { STATE_LABELS, type RequestState } from "../../src/domain/request-state";
import { scopeGroups } from "../../src/domain/scope-catalogue";
import { USE_CASES } from "../../src/domain/use-case-catalogue";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, type QueueForm } from "../../src/domain/queue";
import { FilterSelect } from "../components/form-fields";

export interface QueueFiltersProps {
  readonly tabKey: string;
  readonly form: QueueForm;
  readonly states: readonly RequestState[];
  readonly rules: readonly { id: string; title: string }[];
  readonly instructors: readonly { id: number; name: string }[];
}

const FILTER_KEYS = [
  "etat",
  "cas",
  "donnee",
  "lecture",
  "suggestion",
  "regle",
  "dept",
  "instructeur",
  "du",
  "au",
] as const;

export function QueueFilters({ tabKey, form, states, rules, instructors }: QueueFiltersProps) {
  const active = FILTER_KEYS.filter((key) => form[key]).length;
  return (
    <form
      method="get"
      action="/instruction"
      class="cadre-filters fr-mb-3w"
      role="search"
      aria-label="Filtrer les demandes"
      hx-get="/instruction"
      hx-target="#file"
      hx-push-url="true"
      hx-trigger="change, submit, input changed delay:400ms from:#recherche"
    >
      <input type="hidden" name="onglet" value={tabKey} />
      <div class="fr-search-bar fr-mb-2w">
        <label class="fr-label" for="recherche">
          Rechercher (collectivité, SIRET, numéro, texte des documents)
        </label>
        <input class="fr-input" type="search" id="recherche" name="q" value={form.q} placeholder="Rechercher" />
        <button class="fr-btn" type="submit" title="Rechercher">
          Rechercher
        </button>
      </div>
      <div class="cadre-filters__order">
        <div class="fr-select-group cadre-filters__sort">
          <label class="fr-label" for="f-tri">
            Trier par
          </label>
          <select class="fr-select" id="f-tri" name="tri">
            {QUEUE_SORTS.map((sort, index) => (
              <option value={index === 0 ? "" : sort.key} selected={form.tri === sort.key}>
                {sort.label}
              </option>
            ))}
          </select>
        </div>
        <div class="fr-select-group cadre-filters__sort">
          <label class="fr-label" for="f-par">
            Demandes par page
          </label>
          <select class="fr-select" id="f-par" name="par">
            {PAGE_SIZES.map((size) => (
              <option value={size === DEFAULT_PAGE_SIZE ? "" : String(size)} selected={form.par === String(size)}>
                {String(size)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details class="cadre-filters__details" open data-fold-small>
        <summary class="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-filter-line fr-btn--icon-left fr-mb-2w">
          Filtres{active > 0 ? ` (${active} actif${active > 1 ? "s" : ""})` : ""}
        </summary>
        <div class="cadre-filters__grid">
          <FilterSelect
            id="f-etat"
            name="etat"
            label="État"
            value={form.etat}
            options={states.map((state) => ({ value: state, label: STATE_LABELS[state] }))}
          />
          <FilterSelect
            id="f-cas"
            name="cas"
            label="Cas d'usage"
            value={form.cas}
            options={USE_CASES.map((u) => ({ value: u.key, label: u.label }))}
          />
          <div class="fr-select-group">
            <label class="fr-label" for="f-donnee">
              Donnée demandée
            </label>
            <select class="fr-select" id="f-donnee" name="donnee">
              <option value="">Toutes</option>
              {scopeGroups().map(({ group, scopes }) => (
                <optgroup label={group}>
                  {scopes.map((scope) => (
                    <option value={scope.key} selected={form.donnee === scope.key}>
                      {scope.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <FilterSelect
            id="f-lecture"
            name="lecture"
            label="Résultat de la lecture"
            value={form.lecture}
            options={READING_OUTCOMES.map((outcome) => ({ value: outcome.key, label: outcome.label }))}
          />
          <FilterSelect
            id="f-suggestion"
            name="suggestion"
            label="Décision suggérée"
            value={form.suggestion}
            options={Object.entries(SUGGESTION_KEYS).map(([key, decision]) => ({
              value: key,
              label: DECISION_LABELS[decision]!,
            }))}
          />
          <FilterSelect
            id="f-regle"
            name="regle"
            label="Règle en échec"
            value={form.regle}
            options={rules.map((rule) => ({ value: rule.id, label: rule.title }))}
          />
          <div class="fr-input-group">
            <label class="fr-label" for="f-dept">
              Département
            </label>
            <input class="fr-input" id="f-dept" name="dept" value={form.dept} inputmode="text" maxlength={3} />
          </div>
          <FilterSelect
            id="f-instructeur"
            name="instructeur"
            label="Suivie par"
            value={form.instructeur}
            options={[
              { value: "aucun", label: "Personne" },
              ...instructors.map((user) => ({ value: String(user.id), label: user.name })),
            ]}
          />
          <div class="fr-input-group">
            <label class="fr-label" for="f-du">
              Soumise du
            </label>
            <input class="fr-input" type="date" id="f-du" name="du" value={form.du} />
          </div>
          <div class="fr-input-group">
            <label class="fr-label" for="f-au">
              au
            </label>
            <input class="fr-input" type="date" id="f-au" name="au" value={form.au} />
          </div>
        </div>
        <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mt-1w">
          <li>
            <button class="fr-btn fr-btn--sm" type="submit">
              Filtrer
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--sm fr-btn--tertiary" href={`/instruction?onglet=${tabKey}`}>
              Effacer les filtres
            </a>
          </li>
        </ul>
      </details>
    </form>
  );
}
