/**
 * Route guard: a signed-in actor whose role may take the action (src/domain/policies.ts), or
 * the matching domain error. The services check again, with the request in hand.
 */

import type { MiddlewareHandler } from "hono";
import { DomainError, forbidden } from "../../domain/errors";
import { roleMay, type Action } from "../../domain/policies";
import type { AppEnv } from "../app-env";

export function allow(action: Action): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.var.actor;
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Connectez-vous pour continuer.");
    if (!roleMay(actor.role, action)) throw forbidden("Cet espace n'est pas ouvert à votre rôle.");
    await next();
  };
}
