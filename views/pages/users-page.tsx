/** Accounts and roles, for admins: change a role, disable an account, create an API token (shown once). */

import { ROLES, ROLE_LABELS } from "../../src/domain/roles";
import type { UserListing } from "../../src/storage/people-store";
import { Alert } from "../components/alert";
import { DsfrTable } from "../components/dsfr-table";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";

export interface UsersPageProps {
  readonly viewer: Viewer;
  readonly users: readonly UserListing[];
  readonly newToken?: { userName: string; token: string };
  readonly error?: string;
}

export function UsersPage({ viewer, users, newToken, error }: UsersPageProps) {
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
