/** Admins' envois: the outbox's e-mails and webhook deliveries, and the retry of a failed one. */

import { Hono, type Context } from "hono";
import { DomainError } from "../../domain/errors";
import { retryOutboxItem } from "../../services/retry-outbox-item";
import { isOutboxStatus } from "../../domain/outbox-status";
import { listOutboxPage } from "../../services/list-outbox";
import { OUTBOX_PAGE_SIZE, OutboxPage } from "../../../views/pages/outbox-page";
import type { AppEnv } from "../app-env";
import { allow } from "../middleware/allow";
import { formBody, idParam } from "../params";
import { redirectAfterPost, renderPage } from "../render";
import { serviceContext } from "../service-context";

export const outboxRoutes = new Hono<AppEnv>();

const admin = allow("manage_outbox");

async function renderOutbox(
  c: Context<AppEnv>,
  notice?: { kind: "success" | "error"; text: string },
  status: 200 | 409 = 200,
) {
  const state = c.req.query("etat") ?? "";
  const filter = isOutboxStatus(state) ? state : "";
  const requested = Number(c.req.query("page") ?? "1");
  const page = Number.isSafeInteger(requested) && requested > 0 ? requested : 1;
  const { items, total } = await listOutboxPage(serviceContext(c), {
    status: filter || undefined,
    limit: OUTBOX_PAGE_SIZE,
    offset: (page - 1) * OUTBOX_PAGE_SIZE,
  });
  return renderPage(
    c,
    <OutboxPage viewer={c.var.viewer!} items={items} total={total} page={page} status={filter} notice={notice} />,
    status,
  );
}

outboxRoutes.get("/admin/envois", admin, async (c) => {
  const retried = c.req.query("relance");
  return renderOutbox(
    c,
    retried && /^\d+$/.test(retried)
      ? { kind: "success", text: `Envoi n° ${retried} relancé : il part à la prochaine tournée d'envoi.` }
      : undefined,
  );
});

outboxRoutes.post("/admin/envois/:id/reessayer", admin, async (c) => {
  await formBody(c);
  const id = idParam(c, "id");
  try {
    await retryOutboxItem(serviceContext(c), { id });
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "CONFLICT") throw error;
    return renderOutbox(c, { kind: "error", text: error.message }, 409);
  }
  return redirectAfterPost(c, `/admin/envois?relance=${id}`);
});
