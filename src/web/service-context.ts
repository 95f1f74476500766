/** Builds the services' context from a request; no actor means the visitor must sign in. */

import type { Context } from "hono";
import { DomainError } from "../domain/errors";
import type { ServiceContext } from "../services/context";
import type { AppEnv } from "./app-env";

export function serviceContext(c: Context<AppEnv>): ServiceContext {
  const actor = c.var.actor;
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Connectez-vous pour continuer.");
  const { db, now } = c.var.deps;
  return { db, actor, now: now ?? Date.now };
}
