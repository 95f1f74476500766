/** The outbox's items as admins read them (/admin/envois): their states and what a row shows. */

const OUTBOX_STATUSES = ["pending", "failed", "sent"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export function isOutboxStatus(value: string): value is OutboxStatus {
  return (OUTBOX_STATUSES as readonly string[]).includes(value);
}

export interface OutboxListing {
  readonly id: number;
  readonly kind: string;
  readonly recipient: string;
  readonly subject: string;
  readonly requestId: number | null;
  readonly topic: string | null;
  readonly status: string;
  readonly attempts: number;
  readonly nextAttemptAt: number;
  readonly lastError: string | null;
  readonly createdAt: number;
  readonly sentAt: number | null;
}

export interface DecisionEmailState {
  readonly decidedAt: number;
  readonly sent: number;
  readonly pending: number;
  readonly failed: number;
}
