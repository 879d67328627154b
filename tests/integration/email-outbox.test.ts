import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverPendingEmails, MAX_EMAIL_ATTEMPTS, messageIdOf, resetSmtpTransport, retryFailedEmail } from "@/lib/email/deliver";

type Attempt = { messageId: string | undefined; accepted: boolean };
const attempts: Attempt[] = [];
let refuseNext = 0;

// A local SMTP server that refuses a message (451, "try again later") while refuseNext > 0.
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    stream.on("end", () => {
      const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1];
      const refuse = refuseNext > 0;
      if (refuse) refuseNext--;
      attempts.push({ messageId, accepted: !refuse });
      if (refuse) callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
      else callback();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  resetSmtpTransport();
});
afterAll(async () => {
  resetSmtpTransport();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const outboxEmail = () =>
  db.emailMessage.create({
    data: { dedupeKey: `test:${Math.random().toString(36).slice(2)}`, kind: "test", to: "buyer@example.com", subject: "Votre commande", text: "Merci", html: "<p>Merci</p>" },
  });
/** Time passes: the message's back-off is over. */
const dueNow = (id: string) => db.emailMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

describe("the email outbox over SMTP", () => {
  it("retries a refused message after a back-off, marks it sent once accepted, and sends it once", async () => {
    attempts.length = 0;
    const email = await outboxEmail();
    refuseNext = 1;

    expect(await deliverPendingEmails()).toBe(0);
    const waiting = await db.emailMessage.findUniqueOrThrow({ where: { id: email.id } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null });
    expect(waiting.lastError).toContain("451");
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // Backing off: a worker polling right away does not try again.
    expect(await deliverPendingEmails()).toBe(0);
    expect(attempts).toHaveLength(1);

    await dueNow(email.id);
    expect(await deliverPendingEmails()).toBe(1);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    // Nothing more goes out, however often the outbox is polled.
    expect(await deliverPendingEmails()).toBe(0);
    expect(attempts.map((a) => a.accepted)).toEqual([false, true]);
    // The retry carries the same Message-ID, so it is recognisably the same mail.
    expect(attempts.map((a) => a.messageId)).toEqual([messageIdOf(email.id), messageIdOf(email.id)]);
  });

  it("two workers polling at once send each message once", async () => {
    attempts.length = 0;
    refuseNext = 0;
    const emails = await Promise.all(Array.from({ length: 12 }, outboxEmail));
    const sent = await Promise.all([deliverPendingEmails(5), deliverPendingEmails(5), deliverPendingEmails(5), deliverPendingEmails(5)]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(12);
    expect(attempts).toHaveLength(12);
    expect(new Set(attempts.map((a) => a.messageId)).size).toBe(12);
    expect(await db.emailMessage.count({ where: { id: { in: emails.map((e) => e.id) }, status: "SENT" } })).toBe(12);
  });

  it("gives up after the last attempt (FAILED, for an operator), and an operator's retry sends it", async () => {
    attempts.length = 0;
    const email = await outboxEmail();
    refuseNext = MAX_EMAIL_ATTEMPTS;
    for (let i = 0; i < MAX_EMAIL_ATTEMPTS; i++) {
      await dueNow(email.id);
      await deliverPendingEmails();
    }
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "FAILED", attempts: MAX_EMAIL_ATTEMPTS });
    await dueNow(email.id);
    expect(await deliverPendingEmails()).toBe(0);

    expect(await retryFailedEmail(email.id)).toBe(true);
    expect(await deliverPendingEmails()).toBe(1);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "SENT" });
    expect(attempts.filter((a) => a.accepted)).toHaveLength(1);
    expect(await retryFailedEmail(email.id)).toBe(false); // a sent message is not sent again
  });
});
