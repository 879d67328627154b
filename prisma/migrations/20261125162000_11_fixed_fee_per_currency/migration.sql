-- The fixed part of the platform fee was in euro cents for every currency: it becomes one amount
-- per currency. The existing value is kept as the EUR one, other currencies start with none.

-- CreateTable
CREATE TABLE "PlatformFixedFee" (
    "currency" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformFixedFee_pkey" PRIMARY KEY ("currency")
);

INSERT INTO "PlatformFixedFee" ("currency", "amount", "updatedAt")
  SELECT 'eur', "feeFixed", CURRENT_TIMESTAMP FROM "PlatformSettings" WHERE "id" = 1;

-- AlterTable
ALTER TABLE "PlatformSettings" DROP COLUMN "feeFixed";

-- A shop's fixed override was typed in the shop's currency (the fees page said so): it says which.
-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "feeFixedCurrency" TEXT;
UPDATE "Shop" SET "feeFixedCurrency" = lower("currency") WHERE "feeFixed" IS NOT NULL;
