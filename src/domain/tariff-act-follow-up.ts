/**
 * What happens to a request that waits for its tariff act: a reminder to the collectivité after
 * TARIFF_ACT_REMINDER_DAYS, then closure after TARIFF_ACT_CLOSE_DAYS. Pure: the cron job reads
 * the waiting requests, asks `followUpAction` for each, and writes through the services.
 */

import { ConfigError } from "./errors";

export const DAY_MS = 86_400_000;
const DEFAULT_REMINDER_DAYS = 30;
const DEFAULT_CLOSE_DAYS = 60;

export interface FollowUpSettings {
  /** Days after the request for the tariff act before the one reminder; null: no reminder. */
  readonly reminderDays: number | null;
  /** Days after the request for the tariff act before the request is closed; null: never. */
  readonly closeDays: number | null;
}

/** A request in tariff_act_requested, as the cron job sees it. */
export interface WaitingRequest {
  /** The request's version: it is the round (each request_tariff_act produces a new version). */
  readonly version: number;
  /** When the tariff act was asked for in this round (the request_tariff_act event). */
  readonly requestedAt: number;
  /** When this round's reminder was sent, or null. */
  readonly remindedAt: number | null;
}

export type FollowUpAction = "remind" | "close" | null;

/**
 * Unset: the default; "0" or an empty value: disabled; otherwise a whole number of days. The
 * closure must come after the reminder, or the reminder would announce a closure already past.
 */
export function readFollowUpSettings(env: Record<string, string | undefined>): FollowUpSettings {
  const reminderDays = days(env, "TARIFF_ACT_REMINDER_DAYS", DEFAULT_REMINDER_DAYS);
  const closeDays = days(env, "TARIFF_ACT_CLOSE_DAYS", DEFAULT_CLOSE_DAYS);
  if (reminderDays !== null && closeDays !== null && closeDays <= reminderDays) {
    throw new ConfigError(
      `TARIFF_ACT_CLOSE_DAYS (${closeDays}) doit être supérieur à TARIFF_ACT_REMINDER_DAYS (${reminderDays}) : ` +
        "la relance doit précéder la clôture.",
    );
  }
  return { reminderDays, closeDays };
}

function days(env: Record<string, string | undefined>, name: string, fallback: number): number | null {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const value = raw.trim();
  if (value === "" || value === "0") return null;
  if (!/^\d{1,4}$/.test(value)) {
    throw new ConfigError(`${name} doit être un nombre de jours entier (ou 0 pour désactiver) : « ${raw} ».`);
  }
  return Number(value);
}

/**
 * When the request will be closed. A reminder sent late (the cron was stopped, the setting was
 * just turned on) pushes the closure back: the collectivité always gets the announced delay
 * between the reminder and the closure.
 */
export function closesAt(request: WaitingRequest, settings: FollowUpSettings, remindedAt = request.remindedAt) {
  if (settings.closeDays === null) return null;
  const due = request.requestedAt + settings.closeDays * DAY_MS;
  if (settings.reminderDays === null || remindedAt === null) return due;
  return Math.max(due, remindedAt + (settings.closeDays - settings.reminderDays) * DAY_MS);
}

/** What the cron job should do now for this request: remind, close, or nothing. */
export function followUpAction(request: WaitingRequest, settings: FollowUpSettings, now: number): FollowUpAction {
  const reminderDue = settings.reminderDays !== null && now >= request.requestedAt + settings.reminderDays * DAY_MS;
  // Never close without the reminder first, when there are reminders.
  if (settings.reminderDays !== null && request.remindedAt === null) return reminderDue ? "remind" : null;
  const closure = closesAt(request, settings);
  return closure !== null && now >= closure ? "close" : null;
}

/** Whole days the request has waited, for the texts. */
export function daysWaited(request: Pick<WaitingRequest, "requestedAt">, now: number): number {
  return Math.floor((now - request.requestedAt) / DAY_MS);
}
