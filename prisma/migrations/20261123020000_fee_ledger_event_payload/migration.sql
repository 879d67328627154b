-- AlterTable
ALTER TABLE "StripeEvent" ADD COLUMN     "payload" JSONB;

-- CreateTable
CREATE TABLE "ApplicationFeeRecord" (
    "id" TEXT NOT NULL,
    "stripeFeeId" TEXT NOT NULL,
    "stripeAccount" TEXT NOT NULL,
    "chargeId" TEXT NOT NULL,
    "orderId" TEXT,
    "amount" INTEGER NOT NULL,
    "amountRefunded" INTEGER NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL,
    "stripeCreated" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApplicationFeeRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationFeeRecord_stripeFeeId_key" ON "ApplicationFeeRecord"("stripeFeeId");

-- CreateIndex
CREATE INDEX "ApplicationFeeRecord_stripeCreated_idx" ON "ApplicationFeeRecord"("stripeCreated");

-- CreateIndex
CREATE INDEX "ApplicationFeeRecord_orderId_idx" ON "ApplicationFeeRecord"("orderId");

-- AddForeignKey
ALTER TABLE "ApplicationFeeRecord" ADD CONSTRAINT "ApplicationFeeRecord_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

