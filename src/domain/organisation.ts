/** Collectivités: their kinds and the SIRET check (14 digits, Luhn checksum, La Poste's exception). */

export const ORGANISATION_KINDS = ["commune", "epci", "departement", "region", "ccas", "autre"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  commune: "Commune",
  epci: "Intercommunalité (EPCI)",
  departement: "Département",
  region: "Région",
  ccas: "CCAS / CIAS",
  autre: "Autre organisme public",
};

// La Poste's establishments share SIREN 356000000 and use a digit sum divisible by 5 instead.
const LA_POSTE_SIREN = "356000000";

export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== "35600000000048") {
    const sum = [...siret].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0;
  }
  return luhnSum(siret) % 10 === 0;
}

function luhnSum(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum;
}
