/** API authentication: `Authorization: Bearer <token>`; the token's user becomes the actor. */

import type { MiddlewareHandler } from "hono";
import { DomainError } from "../../domain/errors";
import { authenticateToken } from "../../services/authenticate-token";
import type { AppEnv } from "../app-env";

export const bearerAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const match = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "");
  if (!match) throw new DomainError("UNAUTHENTICATED", "Jeton d'API manquant : en-tête Authorization: Bearer <jeton>.");
  const actor = await authenticateToken(c.var.deps.db, match[1]!);
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Jeton d'API inconnu ou révoqué.");
  c.set("actor", actor);
  await next();
};
