/**
 * What Cadre reads from an OpenID Connect provider's claims (ProConnect's names: email,
 * given_name, usual_name, siret). Pure: deciding what the identity may do is the service's job.
 * Roles are never read from claims.
 */

import { normaliseText } from "./required-text";

export interface OidcIdentity {
  /** Lower-cased: e-mails are how Cadre recognises its users. */
  readonly email: string;
  readonly name: string;
  /** Digits only, as the provider sent them; not yet checked (only new users need a valid one). */
  readonly siret: string | null;
  /** The organisation's name when the provider sends one (ProConnect does not). */
  readonly organisationName: string | null;
}

export type IdentityReading = { ok: true; identity: OidcIdentity } | { ok: false; message: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function readIdentity(claims: Readonly<Record<string, unknown>>): IdentityReading {
  const email = text(claims.email)?.toLowerCase();
  if (!email || !EMAIL.test(email)) {
    return {
      ok: false,
      message:
        "Le fournisseur d'identité n'a pas transmis d'adresse électronique valide : Cadre ne peut pas vous reconnaître.",
    };
  }
  const fullName = [text(claims.given_name), text(claims.usual_name) ?? text(claims.family_name)]
    .filter(Boolean)
    .join(" ");
  const siret = text(claims.siret)?.replace(/[\s.]/g, "") || null;
  return {
    ok: true,
    identity: {
      email,
      name: fullName || text(claims.name) || email,
      siret,
      organisationName: text(claims.organization_name) ?? null,
    },
  };
}

function text(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? normaliseText(value) || undefined : undefined;
}

/** The honest name of an organisation first met through a sign-in: the SIRET, until its agent or an admin names it. */
export const organisationNameForSiret = (siret: string) => `Organisation SIRET ${siret}`;
