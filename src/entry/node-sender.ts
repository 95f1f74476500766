/**
 * Sending, by SMTP here, the e-mails that a Cadre on Workers (D1) cannot send: claims them
 * through its API (admin token), sends each with the Node e-mail transport and reports each
 * outcome, until nothing is due. Run by `cadre send-remote`, typically from a cron.
 */

import type { EmailMessage } from "../notifications/dispatch-outbox";
import { oneLine } from "../notifications/outbox-claims";

export interface RemoteSendingReport {
  sent: number;
  retried: number;
  failed: number;
  /** Results refused because the claim was taken over meanwhile (another dispatcher has them). */
  takenOver: number;
}

interface ClaimedEmail {
  id: number;
  to: string;
  subject: string;
  text: string;
  claim: number;
}

/** Thrown for anything that is not an e-mail's own failure: Cadre unreachable, token refused… */
export class RemoteSendingError extends Error {
  override name = "RemoteSendingError";
}

const BATCH = 10;
// A claim lasts 10 minutes; a call that hangs must not eat it.
const CALL_TIMEOUT_MS = 30_000;

export async function sendRemoteEmails(
  baseUrl: string,
  token: string,
  email: (message: EmailMessage) => Promise<void>,
  options: { fetcher?: typeof fetch; log?: (line: string) => void } = {},
): Promise<RemoteSendingReport> {
  const fetcher = options.fetcher ?? fetch;
  const log = options.log ?? (() => {});
  const post = async (path: string, body: unknown) => {
    try {
      return await fetcher(new URL(`/api/v1${path}`, baseUrl), {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
    } catch (error) {
      throw new RemoteSendingError(`Cadre injoignable (${baseUrl}) : ${oneLine(error)}`);
    }
  };
  const report: RemoteSendingReport = { sent: 0, retried: 0, failed: 0, takenOver: 0 };
  for (;;) {
    const claimed = await post("/courriels/reserver", { limit: BATCH });
    if (!claimed.ok) throw new RemoteSendingError(`réservation des courriels : ${await describe(claimed)}`);
    const { emails } = (await claimed.json()) as { emails: ClaimedEmail[] };
    if (emails.length === 0) return report;
    for (const item of emails) {
      let error: string | null = null;
      try {
        await email({ to: item.to, subject: item.subject, text: item.text });
      } catch (cause) {
        error = oneLine(cause) || "échec de l'envoi";
      }
      const stored = await post(
        `/courriels/${item.id}/resultat`,
        error === null ? { sent: true, claim: item.claim } : { sent: false, error, claim: item.claim },
      );
      if (stored.status === 409) {
        report.takenOver++;
        log(`courriel n° ${item.id} : résultat refusé, ${await describe(stored)}`);
        continue;
      }
      if (!stored.ok) throw new RemoteSendingError(`courriel n° ${item.id} : ${await describe(stored)}`);
      const result = (await stored.json()) as { status: string; next_attempt_at: string | null };
      // One line per e-mail, without its address or text: no personal data in cron logs.
      if (result.status === "sent") {
        report.sent++;
        log(`courriel n° ${item.id} : envoyé`);
      } else if (result.status === "failed") {
        report.failed++;
        log(`courriel n° ${item.id} : abandonné après le dernier essai (${error})`);
      } else {
        report.retried++;
        log(`courriel n° ${item.id} : échec (${error}), nouvel essai à partir de ${result.next_attempt_at}`);
      }
    }
  }
}

async function describe(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const message = (JSON.parse(text) as { error?: { message?: string } }).error?.message;
    if (message) return `HTTP ${response.status}, ${message}`;
  } catch {
    // Not Cadre's JSON (a proxy's page…): the status says enough.
  }
  return `HTTP ${response.status}`;
}
