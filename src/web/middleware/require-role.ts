/** Route guard: a signed-in actor with one of the roles, or the matching domain error. */

import type { MiddlewareHandler } from "hono";
import { DomainError, forbidden } from "../../domain/errors";
import type { Role } from "../../domain/roles";
import type { AppEnv } from "../app-env";

export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.var.actor;
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Connectez-vous pour continuer.");
    if (!roles.includes(actor.role)) throw forbidden("Cet espace n'est pas ouvert à votre rôle.");
    await next();
  };
}
