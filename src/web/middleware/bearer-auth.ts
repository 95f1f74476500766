/** API authentication: `Authorization: Bearer <token>`; the token's user becomes the actor. */

import type { MiddlewareHandler } from "hono";
import { DomainError } from "../../domain/errors";
import { sha256Hex } from "../../domain/digest";
import { toActor } from "../../storage/people-store";
import { findTokenUser } from "../../storage/tokens-store";
import type { AppEnv } from "../app-env";

export const bearerAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const match = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "");
  if (!match) throw new DomainError("UNAUTHENTICATED", "Jeton d'API manquant : en-tête Authorization: Bearer <jeton>.");
  const user = await findTokenUser(c.var.deps.db, await sha256Hex(match[1]!));
  if (!user) throw new DomainError("UNAUTHENTICATED", "Jeton d'API inconnu ou révoqué.");
  c.set("actor", toActor(user));
  await next();
};
