/**
 * An organisation's name from its SIRET, asked of the public API Recherche d'entreprises
 * (`GET /search?q=SIRET`, no key): a collectivité first met through a sign-in or a token then
 * shows under its real name. Best effort, through the outgoing guard and within a few seconds:
 * any failure gives null and the caller keeps its placeholder name (the agent can rename it).
 */

import type { GuardedFetch } from "./guarded-fetch";

export type OrganisationNameLookup = (siret: string) => Promise<string | null>;

const TIMEOUT_MS = 3_000;
const MAX_ANSWER_BYTES = 1024 * 1024;
const MAX_NAME_LENGTH = 200;

interface SearchAnswer {
  readonly results?: readonly {
    readonly nom_complet?: unknown;
    readonly siege?: { readonly siret?: unknown };
    readonly matching_etablissements?: readonly { readonly siret?: unknown }[];
  }[];
}

export function createCompanyDirectory(
  fetch: GuardedFetch,
  baseUrl: string,
  timeoutMs = TIMEOUT_MS,
): OrganisationNameLookup {
  return async (siret) => {
    try {
      const answer = await fetch(`${baseUrl}/search?q=${encodeURIComponent(siret)}`, {
        headers: { accept: "application/json" },
        timeoutMs,
        maxBytes: MAX_ANSWER_BYTES,
        maxRedirects: 2,
      });
      if (answer.status !== 200) return null;
      return nameForSiret(JSON.parse(new TextDecoder().decode(answer.bytes)) as SearchAnswer, siret);
    } catch {
      return null;
    }
  };
}

/** The result whose head office or one of whose establishments is this SIRET: a full-text search can return neighbours. */
export function nameForSiret(answer: SearchAnswer, siret: string): string | null {
  const match = (answer.results ?? []).find(
    (result) =>
      result.siege?.siret === siret || (result.matching_etablissements ?? []).some((place) => place.siret === siret),
  );
  if (typeof match?.nom_complet !== "string") return null;
  // eslint-disable-next-line no-control-regex
  const name = match.nom_complet
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, MAX_NAME_LENGTH);
  return name || null;
}
