/**
 * The cron's tariff-act follow-up: remind the collectivité once per round, then close the
 * request left without answer. Run by the Worker's cron trigger and the Node server's interval;
 * overlapping runs are safe: the second reminder of a round is refused by a unique index, the
 * second closure by the events' version index, each inside its own batch (e-mails included).
 */

import { DomainError } from "../domain/errors";
import { SYSTEM_ROLE, type SystemActor } from "../domain/roles";
import {
  closesAt,
  daysWaited,
  followUpAction,
  type FollowUpSettings,
  type WaitingRequest,
} from "../domain/tariff-act-follow-up";
import { reminderItems } from "../notifications/messages";
import { runAtomically, type Database } from "../storage/database";
import {
  isDuplicateReminder,
  listWaitingForTariffAct,
  reminderStatements,
  systemUserId,
  SYSTEM_NAME,
  type WaitingRow,
} from "../storage/follow-up-store";
import { organisationEmails, outboxStatements } from "../storage/outbox-store";
import { transitionRequest } from "./transition-request";

export interface FollowUpDeps {
  readonly db: Database;
  readonly now: () => number;
  readonly settings: FollowUpSettings;
}

export interface FollowUpReport {
  readonly reminded: number[];
  readonly closed: number[];
  /** Requests another run (or the applicant) changed first: nothing written for them here. */
  readonly skipped: number[];
}

/** One log line for a run that did something (no personal data: counts only), or null. */
export function followUpSummary(report: FollowUpReport): string | null {
  if (report.reminded.length + report.closed.length === 0) return null;
  return `[cadre] actes tarifaires : ${report.reminded.length} relance(s), ${report.closed.length} clôture(s)`;
}

function closureMotivation(days: number): string {
  return (
    `Sans réponse à la demande d'acte tarifaire depuis ${days} jours, la demande est close. ` +
    "Vous pouvez déposer une nouvelle demande."
  );
}

export async function followUpTariffActs(deps: FollowUpDeps): Promise<FollowUpReport> {
  const report: FollowUpReport = { reminded: [], closed: [], skipped: [] };
  const { settings } = deps;
  if (settings.reminderDays === null && settings.closeDays === null) return report;
  const now = deps.now();
  const due = (await listWaitingForTariffAct(deps.db)).filter((row) => followUpAction(row, settings, now) !== null);
  if (due.length === 0) return report;
  const actor: SystemActor = {
    userId: await systemUserId(deps.db, now),
    role: SYSTEM_ROLE,
    organisationId: null,
    name: SYSTEM_NAME,
  };
  for (const row of due) {
    const action = followUpAction(row, settings, now);
    const done = action === "remind" ? await remind(deps, actor, row, now) : await close(deps, actor, row, now);
    (done ? (action === "remind" ? report.reminded : report.closed) : report.skipped).push(row.id);
  }
  return report;
}

async function remind(deps: FollowUpDeps, actor: SystemActor, row: WaitingRow, now: number): Promise<boolean> {
  const closure = closesAt(row satisfies WaitingRequest, deps.settings, now);
  const days = daysWaited(row, now);
  const statements = [
    ...reminderStatements(
      deps.db,
      { requestId: row.id, round: row.version, actorId: actor.userId, days, closesAt: closure },
      now,
    ),
    ...outboxStatements(
      deps.db,
      reminderItems(
        { requestId: row.id, days, closesAt: closure },
        await organisationEmails(deps.db, row.organisationId),
      ),
      now,
    ),
  ];
  try {
    await runAtomically(deps.db, statements);
    return true;
  } catch (error) {
    if (isDuplicateReminder(error)) return false;
    throw error;
  }
}

/** The ordinary reject transition, by Cadre: same batch of state, event, decision and outbox. */
async function close(deps: FollowUpDeps, actor: SystemActor, row: WaitingRow, now: number): Promise<boolean> {
  try {
    await transitionRequest(
      { db: deps.db, actor, now: () => now },
      {
        requestId: row.id,
        event: "reject",
        version: row.version,
        motivation: closureMotivation(daysWaited(row, now)),
        payload: { automatic: true },
      },
    );
    return true;
  } catch (error) {
    // The applicant sent the act, or another run closed it first: its version moved on.
    if (error instanceof DomainError && error.code === "CONFLICT") return false;
    throw error;
  }
}
