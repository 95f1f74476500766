/**
 * Validation of what an applicant types into a request, with one French message per field.
 * Pure: the web and the API both call it and show the same words.
 */

import { invalid } from "./errors";
import { isScopeKey } from "./scope-catalogue";
import { resolveUseCase, USE_CASES } from "./use-case-catalogue";

export interface RawRequestInput {
  readonly useCase?: string;
  readonly scopes?: readonly string[];
  readonly legalFrameworkText?: string;
  readonly legalFrameworkUrl?: string;
}

export interface RequestInput {
  readonly useCase: string;
  readonly scopes: string[];
  readonly legalFrameworkText: string;
  readonly legalFrameworkUrl: string | null;
}

const MAX_LEGAL_TEXT_LENGTH = 5000;

/** Where the accepted values are listed for a program (the 422 message points there). */
const OPENAPI_PATH = "/api/v1/openapi.json";
const DATAPASS_FORMS = USE_CASES.map((useCase) => useCase.datapassForm).join(", ");

export function validateRequestInput(raw: RawRequestInput): RequestInput {
  const fields: Record<string, string> = {};
  const resolved = resolveUseCase((raw.useCase ?? "").trim());
  if ("ambiguous" in resolved) {
    fields.use_case = `Ce cas d'usage DataPass correspond à plusieurs formulaires : indiquez ${resolved.ambiguous.join(" ou ")}.`;
  } else if ("unknown" in resolved) {
    fields.use_case = `Choisissez un cas d'usage dans la liste. Valeurs acceptées : ${DATAPASS_FORMS}, ou la clé DataPass ou Cadre du cas d'usage (énumération UseCase de ${OPENAPI_PATH}).`;
  }
  const useCase = "useCase" in resolved ? resolved.useCase.key : "";

  const scopes = [...new Set((raw.scopes ?? []).map((scope) => scope.trim()).filter(Boolean))];
  const unknown = scopes.filter((scope) => !isScopeKey(scope));
  if (scopes.length === 0) fields.scopes = "Cochez au moins une donnée.";
  else if (unknown.length > 0) {
    fields.scopes = `Données inconnues : ${unknown.join(", ")}. Les clés acceptées sont celles de DataPass (énumération Scope de ${OPENAPI_PATH}).`;
  }

  const legalFrameworkText = (raw.legalFrameworkText ?? "").trim();
  if (legalFrameworkText.length > MAX_LEGAL_TEXT_LENGTH) {
    fields.cadre_juridique_nature = `Ce texte ne doit pas dépasser ${MAX_LEGAL_TEXT_LENGTH} caractères.`;
  }

  const url = (raw.legalFrameworkUrl ?? "").trim();
  if (url && !isHttpUrl(url))
    fields.cadre_juridique_url = "Indiquez une adresse web complète, commençant par https://.";

  if (Object.keys(fields).length > 0) throw invalid("Certains champs sont à corriger.", fields);
  return { useCase, scopes: scopes.sort(), legalFrameworkText, legalFrameworkUrl: url || null };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}
