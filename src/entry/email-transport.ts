/**
 * E-mail on Node: SMTP through nodemailer when SMTP_URL is set (smtp://user:pass@host:port),
 * otherwise a logging transport (the demo's), which logs one line per message without the
 * address or the text: no personal data in logs.
 */

import type { EmailMessage } from "../notifications/dispatch-outbox";

export function createEmailTransport(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): (message: EmailMessage) => Promise<void> {
  const url = env.SMTP_URL;
  if (!url) {
    return async (message) => log(`[cadre] e-mail (transport de démonstration, non envoyé) : « ${message.subject} »`);
  }
  // Loaded only when there is an SMTP server to talk to: nodemailer is a fair share of a cold start.
  const transport = import("nodemailer").then(({ createTransport }) => createTransport(url));
  const from = env.EMAIL_FROM ?? "Cadre <ne-pas-repondre@cadre.local>";
  return async (message) => {
    await (await transport).sendMail({ from, to: message.to, subject: message.subject, text: message.text });
  };
}
