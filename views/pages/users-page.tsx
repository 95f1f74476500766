/**
 * Accounts and roles, for admins: create an account by e-mail, change a role, disable an account,
 * create an API token (shown once).
 */

import { ROLES, ROLE_LABELS, type Role } from "../../src/domain/roles";
import { Alert } from "../components/alert";
import { FieldError, TextInput } from "../components/form-fields";
import { DsfrTable } from "../components/dsfr-table";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";
import { OrganisationNamingForm, type NamingFormState } from "../partials/organisation-naming";

/** An account as the page lists it, with its organisation's name. */
interface UserItem {
  readonly id: number;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly disabled: boolean;
  readonly organisationName: string | null;
}

/** The new-account form's values. */
interface NewAccountValues {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly siret: string;
}

export interface UsersPageProps {
  readonly viewer: Viewer;
  readonly users: readonly UserItem[];
  readonly newToken?: { userName: string; token: string };
  readonly error?: string;
  /** The creation form as sent, with the server's messages, after a refusal. */
  readonly newAccount?: { values: NewAccountValues; errors: Readonly<Record<string, string>> };
  /** Organisations first met through a sign-in that nobody has named yet. */
  readonly toName?: readonly { id: number; siret: string; name: string; knownName: string }[];
  readonly naming?: NamingFormState & { organisationId: number };
}

const EMPTY_ACCOUNT: NewAccountValues = { email: "", name: "", role: "instructor", siret: "" };

export function UsersPage({ viewer, users, newToken, error, newAccount, toName = [], naming }: UsersPageProps) {
  const values = newAccount?.values ?? EMPTY_ACCOUNT;
  const errors = newAccount?.errors ?? {};
  return (
    <Page title="Comptes" viewer={viewer} currentPath="/admin/utilisateurs">
      <h1>Comptes et rôles</h1>
      {error ? <Alert kind="error" title={error} /> : null}
      {newToken ? (
        <div class="fr-alert fr-alert--success fr-mb-3w">
          <h3 class="fr-alert__title">Jeton d'API créé pour {newToken.userName}</h3>
          <p>Copiez-le maintenant : il ne sera plus affiché.</p>
          <p>
            <code class="cadre-token">{newToken.token}</code>
          </p>
        </div>
      ) : null}
      {toName.length > 0 ? (
        <section class="fr-mb-6w" aria-labelledby="a-nommer">
          <h2 id="a-nommer">Organisations à nommer</h2>
          <p>
            Créées à la première connexion d'un agent, elles n'ont ni type ni département (et parfois pas d'autre nom
            que leur SIRET) tant que personne ne les a nommées.
          </p>
          {toName.map((organisation) => (
            <div class="fr-mb-3w">
              <h3 class="fr-h6">{organisation.name}</h3>
              <OrganisationNamingForm
                action={`/admin/organisations/${organisation.id}/nom`}
                idPrefix={`organisation-${organisation.id}`}
                siret={organisation.siret}
                knownName={organisation.knownName}
                state={naming?.organisationId === organisation.id ? naming : undefined}
                submitLabel="Nommer"
              />
            </div>
          ))}
        </section>
      ) : null}
      <h2>Créer un compte</h2>
      <p>
        La personne se connecte ensuite avec ProConnect, sous cette adresse. Les agents de collectivité n'ont pas besoin
        d'être créés : leur compte l'est à leur première connexion.
      </p>
      <form method="post" action="/admin/utilisateurs" class="cadre-narrow-form">
        <TextInput
          id="compte-email"
          name="email"
          label="Adresse e-mail"
          type="email"
          autocomplete="off"
          value={values.email}
          error={errors.email}
        />
        <TextInput id="compte-nom" name="nom" label="Nom" value={values.name} error={errors.name} />
        <div class={`fr-select-group${errors.role ? " fr-select-group--error" : ""}`}>
          <label class="fr-label" for="compte-role">
            Rôle
          </label>
          <select class="fr-select" id="compte-role" name="role">
            {ROLES.map((role) => (
              <option value={role} selected={values.role === role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
          <FieldError id="compte-role" message={errors.role} />
        </div>
        <TextInput
          id="compte-siret"
          name="siret"
          label="SIRET de l'organisation"
          hint="Pour un compte de collectivité seulement : 14 chiffres, organisation déjà connue de Cadre."
          value={values.siret}
          error={errors.siret}
        />
        <button type="submit" class="fr-btn">
          Créer le compte
        </button>
      </form>
      <h2 class="fr-mt-5w">Comptes existants</h2>
      <DsfrTable caption="Comptes">
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">E-mail</th>
            <th scope="col">Organisation</th>
            <th scope="col">Rôle et état</th>
            <th scope="col">Jeton d'API</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{user.organisationName ?? "—"}</td>
              <td>
                <form method="post" action={`/admin/utilisateurs/${user.id}`} class="cadre-inline-form">
                  <label class="fr-sr-only" for={`role-${user.id}`}>
                    Rôle de {user.name}
                  </label>
                  <select class="fr-select" id={`role-${user.id}`} name="role">
                    {ROLES.map((role) => (
                      <option value={role} selected={user.role === role}>
                        {ROLE_LABELS[role]}
                      </option>
                    ))}
                  </select>
                  <div class="fr-checkbox-group fr-checkbox-group--sm">
                    <input
                      type="checkbox"
                      id={`desactive-${user.id}`}
                      name="desactive"
                      value="1"
                      checked={user.disabled}
                    />
                    <label class="fr-label" for={`desactive-${user.id}`}>
                      Désactivé
                    </label>
                  </div>
                  <button type="submit" class="fr-btn fr-btn--sm fr-btn--secondary">
                    Enregistrer
                  </button>
                </form>
              </td>
              <td>
                <form method="post" action={`/admin/utilisateurs/${user.id}/jeton`}>
                  <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary">
                    Créer un jeton
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </DsfrTable>
    </Page>
  );
}
