-- CreateTable
CREATE TABLE "CacheTagInvalidation" (
    "tag" TEXT NOT NULL,
    "invalidatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheTagInvalidation_pkey" PRIMARY KEY ("tag")
);

-- CreateIndex
CREATE INDEX "CacheTagInvalidation_invalidatedAt_idx" ON "CacheTagInvalidation"("invalidatedAt");

