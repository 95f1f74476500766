/**
 * What leaves Cadre when a request changes: an e-mail to the collectivité for each decision
 * that concerns it, and a webhook delivery for every transition, for the tools that follow;
 * an e-mail to the other side for each message written on a request.
 */

import type { RequestEvent, RequestState } from "../domain/request-state";
import { formatDate } from "../domain/format";
import type { NewOutboxItem, WebhookRow } from "../storage/outbox-store";

export interface TransitionNotice {
  readonly requestId: number;
  readonly event: RequestEvent;
  readonly from: RequestState;
  readonly to: RequestState;
  readonly version: number;
  readonly motivation: string;
  readonly at: number;
  /** Cadre's cron did it (a closure without answer), not an instructor. */
  readonly automatic?: boolean;
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
  const automatic = notice.automatic === true;
  const subject = automatic ? "close sans réponse" : EMAIL_SUBJECTS[notice.event];
  const lead = automatic
    ? "Votre demande d'accès à API Particulier a été close automatiquement : l'acte tarifaire demandé n'a pas été transmis."
    : EMAIL_LEADS[notice.event];
  if (subject && lead) {
    const text = [
      "Bonjour,",
      "",
      lead,
      ...(notice.motivation ? ["", automatic ? "Motif :" : "Motivation de l'instructeur :", notice.motivation] : []),
      "",
      `Retrouvez la demande n° ${notice.requestId} dans Cadre : /demandes/${notice.requestId}`,
      "",
      "L'équipe Cadre",
    ].join("\n");
    items.push(...emailsAbout(notice.requestId, "decision", subject, text, emails));
  }
  const payload = JSON.stringify({
    event: notice.event,
    request_id: notice.requestId,
    from_state: notice.from,
    state: notice.to,
    version: notice.version,
    motivation: notice.motivation || null,
    at: new Date(notice.at).toISOString(),
    // Only on closures without answer, so the payload of every other event stays as it was.
    ...(automatic ? { automatic: true } : {}),
  });
  for (const hook of hooks)
    items.push({
      kind: "webhook",
      recipient: hook.url,
      body: payload,
      webhookId: hook.id,
      requestId: notice.requestId,
      topic: "transition",
    });
  return items;
}

export interface ReminderNotice {
  readonly requestId: number;
  readonly days: number;
  /** When the request will be closed, or null when closure is off. */
  readonly closesAt: number | null;
}

/** The reminder: e-mails to the collectivité only (no webhook: the request did not change). */
export function reminderItems(notice: ReminderNotice, emails: readonly string[]): NewOutboxItem[] {
  const text = [
    "Bonjour,",
    "",
    `L'instructeur de votre demande d'accès à API Particulier attend depuis ${notice.days} jours ` +
      "l'acte qui fixe vos tarifs ou vos conditions d'attribution.",
    ...(notice.closesAt !== null
      ? [
          "",
          `Sans réponse de votre part d'ici le ${formatDate(notice.closesAt)}, la demande sera close ; ` +
            "vous pourrez alors en déposer une nouvelle.",
        ]
      : []),
    "",
    `Transmettez l'acte depuis la demande n° ${notice.requestId} dans Cadre : /demandes/${notice.requestId}`,
    "",
    "L'équipe Cadre",
  ].join("\n");
  return emailsAbout(notice.requestId, "reminder", "relance, acte tarifaire toujours attendu", text, emails);
}

export interface MessageNotice {
  readonly requestId: number;
  /** Who wrote: the e-mail goes to the other side, whose link differs. */
  readonly from: "applicant" | "instructor";
  readonly authorName: string;
  readonly body: string;
}

/**
 * A message's e-mail: its text, so that it can be read without signing in, and the link to
 * answer in Cadre (the collectivité's page, or the instructor's).
 */
export function messageItems(notice: MessageNotice, emails: readonly string[]): NewOutboxItem[] {
  const toApplicant = notice.from === "instructor";
  const path = toApplicant ? `/demandes/${notice.requestId}` : `/instruction/demandes/${notice.requestId}`;
  const text = [
    "Bonjour,",
    "",
    toApplicant
      ? `L'instructeur de votre demande d'accès à API Particulier vous a écrit (${notice.authorName}) :`
      : `La collectivité a écrit sur la demande n° ${notice.requestId} (${notice.authorName}) :`,
    "",
    notice.body,
    "",
    `Répondez depuis la demande n° ${notice.requestId} dans Cadre : ${path}`,
    "",
    "L'équipe Cadre",
  ].join("\n");
  return emailsAbout(notice.requestId, "message", "nouveau message", text, emails);
}

/** The same e-mail about one request to each recipient; its subject starts with the request's number. */
function emailsAbout(
  requestId: number,
  topic: NonNullable<NewOutboxItem["topic"]>,
  subject: string,
  body: string,
  emails: readonly string[],
): NewOutboxItem[] {
  return emails.map((email) => ({
    kind: "email" as const,
    recipient: email,
    subject: `Demande n° ${requestId} : ${subject}`,
    body,
    requestId,
    topic,
  }));
}
