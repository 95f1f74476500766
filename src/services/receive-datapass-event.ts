/**
 * A DataPass webhook, once its signature is checked: a submission is imported (created, or its
 * data replaced), any event of a demande Cadre does not know yet imports it as DataPass has it
 * now, and the other events (changes requested, approved, refused…) join the request's history.
 * A replay changes nothing (the delivery's unique row), and an event older than the one applied
 * is recorded without moving DataPass's state back.
 */

import { invalid } from "../domain/errors";
import { SYSTEM_ROLE, type SystemActor } from "../domain/roles";
import type { DatapassDemande, DatapassWebhook } from "../datapass/messages";
import { isUniqueViolation, runAtomically } from "../storage/database";
import type { Database } from "../storage/database";
import { deliveryStatement, findLinkByDatapassId, linkStateStatement } from "../storage/datapass-store";
import { eventStatement } from "../storage/event-rows";
import { systemUserId } from "../storage/follow-up-store";
import { findRequest } from "../storage/requests-store";
import type { ServiceContext } from "./context";
import { importActUrl } from "./import-act-url";
import { createFromDatapass, updateFromDatapass } from "./import-datapass-request";
import { reannotateRequest } from "./read-document";

export interface DatapassEventInput {
  readonly webhook: DatapassWebhook;
  /** DataPass's API (src/datapass/client.ts): null when it does not know the id. */
  readonly readDemande: (id: number) => Promise<DatapassDemande | null>;
  /** The demande's page in DataPass, for the link back. */
  readonly linkUrl: string;
}

export type DatapassOutcome =
  | { readonly outcome: "imported" | "updated" | "recorded"; readonly requestId: number }
  | { readonly outcome: "replayed"; readonly requestId: number | null };

/**
 * No person acts here: the webhook's signature was the authentication, and Cadre's own account
 * (as for its scheduled jobs) writes what DataPass said.
 */
export async function receiveDatapassEvent(
  deps: { readonly db: Database; readonly now: () => number },
  input: DatapassEventInput,
): Promise<DatapassOutcome> {
  const actor: SystemActor = {
    userId: await systemUserId(deps.db, deps.now()),
    role: SYSTEM_ROLE,
    organisationId: null,
    name: "DataPass",
  };
  const ctx: ServiceContext = { ...deps, actor };
  const { webhook } = input;
  const link = await findLinkByDatapassId(ctx.db, webhook.datapassId);
  try {
    if (!link || (webhook.event === "submit" && webhook.firedAt > link.lastFiredAt)) {
      const demande = await input.readDemande(webhook.datapassId);
      if (!demande) throw invalid(`DataPass ne connaît pas la demande ${webhook.datapassId} : rien n'a été importé.`);
      if (demande.id !== webhook.datapassId) throw invalid("DataPass a renvoyé une autre demande que celle annoncée.");
      if (!link) {
        const requestId = await createFromDatapass(ctx, demande, webhook, input.linkUrl);
        if (demande.legalFrameworkUrl) await importActUrl(ctx, requestId, demande.legalFrameworkUrl);
        return { outcome: "imported", requestId };
      }
      const before = (await findRequest(ctx.db, link.requestId))!;
      // A request Cadre has closed keeps its data: the submission only joins its history.
      if (!(await updateFromDatapass(ctx, link, demande, webhook)))
        return { outcome: "recorded", requestId: before.id };
      if (demande.legalFrameworkUrl && demande.legalFrameworkUrl !== before.legalFrameworkUrl) {
        await importActUrl(ctx, before.id, demande.legalFrameworkUrl);
      }
      await reannotateRequest(ctx.db, (await findRequest(ctx.db, before.id))!, ctx.now());
      return { outcome: "updated", requestId: before.id };
    }
    await recordEvent(ctx, link.requestId, webhook);
    return { outcome: "recorded", requestId: link.requestId };
  } catch (error) {
    if (isUniqueViolation(error, "datapass_deliveries") || isUniqueViolation(error, "datapass_links")) {
      return { outcome: "replayed", requestId: link?.requestId ?? null };
    }
    throw error;
  }
}

/** Changes requested, approved, refused…: one history line, DataPass's state kept if newer. */
async function recordEvent(ctx: ServiceContext, requestId: number, webhook: DatapassWebhook): Promise<void> {
  const now = ctx.now();
  await runAtomically(ctx.db, [
    eventStatement(
      ctx.db,
      {
        requestId,
        requestVersion: null,
        actorId: null,
        type: `datapass_${webhook.event}`,
        payload: { state: webhook.state, firedAt: webhook.firedAt },
      },
      now,
    ),
    linkStateStatement(ctx.db, requestId, webhook.state, webhook.firedAt),
    deliveryStatement(ctx.db, webhook, requestId, now),
  ]);
}
