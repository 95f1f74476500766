/**
 * What leaves Cadre when a request changes: an e-mail to the collectivité for each decision
 * that concerns it, and a webhook delivery for every transition, for the tools that follow.
 */

import type { RequestEvent, RequestState } from "../domain/request-state";
import type { NewOutboxItem, WebhookRow } from "../storage/outbox-store";

export interface TransitionNotice {
  readonly requestId: number;
  readonly event: RequestEvent;
  readonly from: RequestState;
  readonly to: RequestState;
  readonly version: number;
  readonly motivation: string;
  readonly at: number;
}

const EMAIL_SUBJECTS: Partial<Record<RequestEvent, string>> = {
  accept: "validée",
  reject: "refusée",
  request_tariff_act: "acte tarifaire demandé",
  reopen: "décision rouverte",
};

const EMAIL_LEADS: Partial<Record<RequestEvent, string>> = {
  accept: "Votre demande d'accès à API Particulier a été validée.",
  reject: "Votre demande d'accès à API Particulier a été refusée.",
  request_tariff_act:
    "L'instructeur a besoin de l'acte qui fixe vos tarifs ou vos conditions d'attribution pour poursuivre.",
  reopen: "La décision prise sur votre demande a été rouverte : elle est de nouveau en instruction.",
};

export function noticeItems(
  notice: TransitionNotice,
  emails: readonly string[],
  hooks: readonly WebhookRow[],
): NewOutboxItem[] {
  const items: NewOutboxItem[] = [];
  const subject = EMAIL_SUBJECTS[notice.event];
  const lead = EMAIL_LEADS[notice.event];
  if (subject && lead) {
    const text = [
      "Bonjour,",
      "",
      lead,
      ...(notice.motivation ? ["", "Motivation de l'instructeur :", notice.motivation] : []),
      "",
      `Retrouvez la demande n° ${notice.requestId} dans Cadre : /demandes/${notice.requestId}`,
      "",
      "L'équipe Cadre",
    ].join("\n");
    for (const email of emails)
      items.push({
        kind: "email",
        recipient: email,
        subject: `Demande n° ${notice.requestId} : ${subject}`,
        body: text,
      });
  }
  const payload = JSON.stringify({
    event: notice.event,
    request_id: notice.requestId,
    from_state: notice.from,
    state: notice.to,
    version: notice.version,
    motivation: notice.motivation || null,
    at: new Date(notice.at).toISOString(),
  });
  for (const hook of hooks) items.push({ kind: "webhook", recipient: hook.url, body: payload, webhookId: hook.id });
  return items;
}
