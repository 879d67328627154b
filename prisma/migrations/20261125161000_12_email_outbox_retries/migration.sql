-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- The outbox: only messages still to send, by when they may go. A partial index (written by hand:
-- Prisma cannot declare one), so it holds the few pending messages, never the sent history.
CREATE INDEX "EmailMessage_outbox_idx" ON "EmailMessage" ("nextAttemptAt") WHERE "status" = 'PENDING';
