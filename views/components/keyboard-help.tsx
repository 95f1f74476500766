/** The keyboard shortcuts of the instruction pages, in a DSFR modal opened by "?" or its button. */

const SHORTCUTS = [
  ["j", "demande suivante (ligne suivante dans la file)"],
  ["k", "demande précédente (ligne précédente dans la file)"],
  ["o", "ouvrir la demande sélectionnée"],
  ["v", "aller au formulaire « Valider »"],
  ["t", "aller au formulaire « Demander l'acte tarifaire »"],
  ["r", "aller au formulaire « Refuser »"],
  ["?", "afficher cette aide"],
] as const;

export function KeyboardHelp() {
  return (
    <>
      <button
        class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm"
        data-fr-opened="false"
        aria-controls="aide-clavier"
        id="bouton-aide-clavier"
      >
        Raccourcis clavier
      </button>
      <dialog id="aide-clavier" class="fr-modal" aria-labelledby="aide-clavier-titre">
        <div class="fr-container fr-container--fluid fr-container-md">
          <div class="fr-grid-row fr-grid-row--center">
            <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
              <div class="fr-modal__body">
                <div class="fr-modal__header">
                  <button class="fr-btn--close fr-btn" aria-controls="aide-clavier" title="Fermer">
                    Fermer
                  </button>
                </div>
                <div class="fr-modal__content">
                  <h2 id="aide-clavier-titre" class="fr-modal__title">
                    Raccourcis clavier
                  </h2>
                  <dl class="cadre-facts">
                    {SHORTCUTS.map(([key, what]) => (
                      <>
                        <dt>
                          <kbd>{key}</kbd>
                        </dt>
                        <dd>{what}</dd>
                      </>
                    ))}
                  </dl>
                  <p class="fr-text--sm">Les raccourcis ne s'appliquent pas pendant la saisie dans un champ.</p>
                </div>
              </div>
            </div>
          </div>
        </div>
      </dialog>
    </>
  );
}
