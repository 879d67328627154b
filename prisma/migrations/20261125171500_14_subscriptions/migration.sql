-- CreateEnum
CREATE TYPE "RecurringInterval" AS ENUM ('week', 'month', 'year');

-- CreateEnum
CREATE TYPE "SubscriptionStatus" AS ENUM ('ACTIVE', 'PAST_DUE', 'UNPAID', 'CANCELED', 'INCOMPLETE', 'PAUSED');

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "recurringInterval" "RecurringInterval",
ADD COLUMN     "recurringIntervalCount" INTEGER;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "stripeInvoiceId" TEXT,
ADD COLUMN     "subscriptionFeeBps" INTEGER,
ADD COLUMN     "subscriptionId" TEXT;

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "stripeSubscriptionId" TEXT NOT NULL,
    "stripeCustomerId" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "buyerId" TEXT,
    "email" TEXT,
    "status" "SubscriptionStatus" NOT NULL,
    "currency" TEXT NOT NULL,
    "periodAmount" INTEGER NOT NULL,
    "interval" "RecurringInterval" NOT NULL,
    "intervalCount" INTEGER NOT NULL,
    "feePercent" DECIMAL(5,2),
    "currentPeriodEnd" TIMESTAMP(3) NOT NULL,
    "cancelAtPeriodEnd" BOOLEAN NOT NULL DEFAULT false,
    "canceledAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_stripeSubscriptionId_key" ON "Subscription"("stripeSubscriptionId");

-- CreateIndex
CREATE INDEX "Subscription_shopId_status_idx" ON "Subscription"("shopId", "status");

-- CreateIndex
CREATE INDEX "Subscription_buyerId_createdAt_idx" ON "Subscription"("buyerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Order_stripeInvoiceId_key" ON "Order"("stripeInvoiceId");

-- CreateIndex
CREATE INDEX "Order_subscriptionId_createdAt_idx" ON "Order"("subscriptionId", "createdAt");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

