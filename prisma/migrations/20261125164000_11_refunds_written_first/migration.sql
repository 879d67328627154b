-- Refunds are written before Stripe is called (no Stripe id yet), keyed by an idempotency key derived
-- from the order, and the platform's fee refund becomes the operator's policy.

-- AlterTable
ALTER TABLE "PlatformSettings" ADD COLUMN     "refundFeePolicy" TEXT NOT NULL DEFAULT 'proportional';

-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "failureReason" TEXT,
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "reason" TEXT NOT NULL DEFAULT 'seller',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "stripeRefundId" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Refund_idempotencyKey_key" ON "Refund"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Refund_status_idx" ON "Refund"("status");

