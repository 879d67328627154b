import nodemailer, { type Transporter } from "nodemailer";
import { appTable, db } from "@/lib/db";
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

/** For tests that switch SMTP servers. */
export function resetSmtpTransport() {
  transport?.close();
  transport = undefined;
}

/** A worker's claim on a message: if it dies mid-send, another takes the message after this. */
const LEASE_SECONDS = 300;
export const MAX_EMAIL_ATTEMPTS = 8;
/** 30 s, 1 min, 2 min… up to 6 h between attempts. */
export const emailRetryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);

/** Stable for the message's life, so a retry after a lost SMTP answer is recognisable as the same mail. */
export function messageIdOf(id: string): string {
  const domain = /@([^>\s]+)/.exec(getEnv().EMAIL_FROM)?.[1] ?? "comptoir.local";
  return `<${id}@${domain}>`;
}

type Claimed = { id: string; to: string; subject: string; text: string; html: string; attempts: number };

/**
 * Sends what is due in the outbox, at least once. Messages are claimed with SKIP LOCKED on the
 * partial outbox index (only pending messages are in it, so the query does not grow with history)
 * and leased rather than marked: a message is SENT only after the SMTP server accepted it. A
 * failure is retried with back-off, then FAILED for an operator to see and retry.
 */
export async function deliverPendingEmails(limit = 20): Promise<number> {
  const table = appTable("EmailMessage");
  const claimed = await db.$queryRawUnsafe<Claimed[]>(
    `UPDATE ${table} SET "nextAttemptAt" = (now() AT TIME ZONE 'UTC') + interval '${LEASE_SECONDS} seconds', "attempts" = "attempts" + 1
     WHERE "id" IN (SELECT "id" FROM ${table} WHERE "status" = 'PENDING' AND "nextAttemptAt" <= (now() AT TIME ZONE 'UTC')
                    ORDER BY "nextAttemptAt" LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING "id", "to", "subject", "text", "html", "attempts"`,
    limit,
  );
  if (claimed.length === 0) return 0;
  const smtp = smtpTransport();
  if (!smtp) {
    // No SMTP server: the /mailbox page is the delivery.
    await db.emailMessage.updateMany({ where: { id: { in: claimed.map((m) => m.id) } }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
    return claimed.length;
  }
  const from = getEnv().EMAIL_FROM;
  const results = await Promise.all(claimed.map((message) => sendOne(smtp, from, message)));
  return results.filter(Boolean).length;
}

async function sendOne(smtp: Transporter, from: string, message: Claimed): Promise<boolean> {
  try {
    await smtp.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html, messageId: messageIdOf(message.id) });
  } catch (error) {
    const final = message.attempts >= MAX_EMAIL_ATTEMPTS;
    logger.warn("email could not be sent", { emailId: message.id, attempt: message.attempts, final, error });
    await db.emailMessage.update({
      where: { id: message.id },
      data: final
        ? { status: "FAILED", lastError: String(error).slice(0, 1000) }
        : { lastError: String(error).slice(0, 1000), nextAttemptAt: new Date(Date.now() + emailRetryDelayMs(message.attempts)) },
    });
    return false;
  }
  await db.emailMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
  return true;
}

/** An operator's retry of a message that failed: back in the outbox with a fresh set of attempts. */
export async function retryFailedEmail(id: string): Promise<boolean> {
  const { count } = await db.emailMessage.updateMany({ where: { id, status: "FAILED" }, data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() } });
  return count === 1;
}
