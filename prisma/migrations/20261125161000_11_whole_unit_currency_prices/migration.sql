-- HUF, ISK and TWD amounts were read with Intl's decimals (0) while Stripe counts hundredths
-- (lib/money/currencies.ts). Prices and fixed-fee overrides typed by people meant whole units:
-- they become Stripe's minor units. Orders keep their amounts: they are what Stripe charged.
UPDATE "Product" SET "priceAmount" = "priceAmount" * 100
  WHERE lower("currency") IN ('huf', 'isk', 'twd') AND "priceAmount" <= 999999;
UPDATE "Shop" SET "feeFixed" = "feeFixed" * 100
  WHERE lower("currency") IN ('huf', 'isk', 'twd') AND "feeFixed" IS NOT NULL AND "feeFixed" <= 999999;
