-- One open checkout attempt per cart and shop, and a deadline on every reservation.
-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "cartFingerprint" TEXT,
ADD COLUMN     "reservedUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Order_cartId_shopId_status_idx" ON "Order"("cartId", "shopId", "status");

-- CreateIndex
CREATE INDEX "Order_status_reservedUntil_idx" ON "Order"("status", "reservedUntil");


-- Pending orders from before had no deadline: they get the one they would have had (an hour, the old
-- session lifetime, plus the grace period), so the sweep can close those a crash left behind.
UPDATE "Order" SET "reservedUntil" = "createdAt" + interval '65 minutes' WHERE "status" = 'PENDING';
