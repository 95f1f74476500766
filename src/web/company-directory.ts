/**
 * The company directory as the routes use it: through the app's outgoing guard, at the address
 * the configuration gives. A hand-built configuration (tests) without one looks nothing up.
 */

import type { Context } from "hono";
import { createCompanyDirectory, type OrganisationNameLookup } from "../outbound/company-directory";
import type { AppEnv } from "./app-env";

export function organisationNameLookup(c: Context<AppEnv>): OrganisationNameLookup | undefined {
  const { config, outbound } = c.var.deps;
  if (!config.companyDirectoryUrl || !outbound) return undefined;
  return createCompanyDirectory(outbound.fetch, config.companyDirectoryUrl);
}
