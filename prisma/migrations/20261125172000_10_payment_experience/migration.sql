-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "paymentExperience" TEXT;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "paymentExperience" TEXT NOT NULL DEFAULT 'hosted';

-- AlterTable
ALTER TABLE "PlatformSettings" ADD COLUMN     "paymentExperience" TEXT NOT NULL DEFAULT 'hosted';

