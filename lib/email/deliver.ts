import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";

let transport: Transporter | null | undefined;

/** SMTP when SMTP_URL is set; otherwise emails stay in the outbox, readable on the /mailbox page. */
function smtpTransport(): Transporter | null {
  if (transport === undefined) {
    const url = getEnv().SMTP_URL;
    transport = url ? nodemailer.createTransport(url) : null;
  }
  return transport;
}

/**
 * Sends what the outbox holds. Each message is claimed with a conditional update before it is
 * sent, so two instances never send the same one. Failures are kept with their error and never
 * fail the caller (a webhook must not be retried because an email bounced).
 */
export async function deliverPendingEmails(limit = 20): Promise<number> {
  const pending = await db.emailMessage.findMany({ where: { status: "PENDING" }, orderBy: { createdAt: "asc" }, take: limit });
  let sent = 0;
  for (const message of pending) {
    const claimed = await db.emailMessage.updateMany({
      where: { id: message.id, status: "PENDING" },
      data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } },
    });
    if (claimed.count === 0) continue;
    const smtp = smtpTransport();
    if (!smtp) {
      sent++;
      continue;
    }
    try {
      await smtp.sendMail({ from: getEnv().EMAIL_FROM, to: message.to, subject: message.subject, text: message.text, html: message.html });
      sent++;
    } catch (error) {
      logger.error("email could not be sent", { emailId: message.id, error });
      await db.emailMessage.update({ where: { id: message.id }, data: { status: "FAILED", lastError: String(error).slice(0, 1000) } });
    }
  }
  return sent;
}

/** For callers that must not wait on or fail because of email. */
export async function deliverPendingEmailsQuietly(): Promise<void> {
  await deliverPendingEmails().catch((error: unknown) => logger.error("email delivery failed", { error }));
}
