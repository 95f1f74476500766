/**
 * "Choisir" on the request form, without JavaScript: the form comes back by GET with what was
 * typed, and the chosen use case's usual data ticked in place of the previous one's. Nothing
 * is saved; files are not sent (a GET cannot carry them), which the page says.
 */

import type { Context } from "hono";
import { isScopeKey } from "../domain/scope-catalogue";
import { findUseCase, scopesAfterChoosing } from "../domain/use-case-catalogue";
import type { AppEnv } from "./app-env";

export interface ChosenForm {
  readonly values: {
    readonly useCase: string;
    readonly scopes: readonly string[];
    readonly legalFrameworkText: string;
    readonly legalFrameworkUrl: string;
  };
  readonly errors: Record<string, string>;
}

/** Undefined when the page is not the answer to "Choisir". */
export function chosenForm(c: Context<AppEnv>): ChosenForm | undefined {
  if (c.req.query("choisir") === undefined) return undefined;
  const useCase = c.req.query("use_case") ?? "";
  const before = c.req.query("use_case_before") ?? "";
  const scopes = (c.req.queries("scopes") ?? []).filter(isScopeKey);
  const known = findUseCase(useCase) !== undefined;
  return {
    values: {
      useCase,
      scopes: scopesAfterChoosing(scopes, before, useCase),
      legalFrameworkText: c.req.query("cadre_juridique_nature") ?? "",
      legalFrameworkUrl: c.req.query("cadre_juridique_url") ?? "",
    },
    errors: known ? {} : { use_case: "Choisissez un cas d'usage dans la liste." },
  };
}
