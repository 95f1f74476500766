/** The refusal every account verb gives to a non-admin, in one place. */

export const MANAGE_USERS_REFUSAL = "Seul un administrateur gère les comptes.";
