import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { createOrPromoteAdmin } from "@/lib/admin/create-admin";
import { clearShopFeeOverride, getPlatformFees, listShopFees, setShopFeeOverride, updatePlatformFees } from "@/lib/admin/fees";
import { verifyPassword } from "@/lib/auth/password";
import { startCheckout } from "@/lib/checkout/start-checkout";
import { db } from "@/lib/db";
import { applicationFee } from "@/lib/fees/application-fee";
import { cartWith, createProduct, sellingShop } from "../support/marketplace";
import { startEmulatorForFile } from "../support/stripe-emulator";

const stripe = startEmulatorForFile();

async function checkout(shopId: string, productId: string) {
  const cart = await cartWith([{ productId, quantity: 1 }]);
  const started = await startCheckout({ cartId: cart.id, shopId, buyer: null, locale: "fr" });
  if (!started.ok) throw new Error(started.code);
  return db.order.findUniqueOrThrow({ where: { id: started.orderId } });
}

describe("platform fee settings", () => {
  it("apply to new checkouts only; an existing order keeps its fee", async () => {
    await updatePlatformFees({ feeBps: "500", fixed: { eur: "0,30" } }, "fr");
    const { shop, accountId } = await sellingShop(stripe);
    const product = await createProduct(shop.id, { priceAmount: 4000 });
    const before = await checkout(shop.id, product.id);
    expect(before.applicationFeeAmount).toBe(applicationFee(4000, { feeBps: 500, feeFixed: 30 }));

    expect(await updatePlatformFees({ feeBps: "1000", fixed: { eur: "0.50" } }, "en")).toEqual({ ok: true });
    expect(await getPlatformFees()).toMatchObject({ feeBps: 1000, fixed: expect.arrayContaining([{ currency: "eur", amount: 50 }]) });
    const after = await checkout(shop.id, product.id);
    expect(after.applicationFeeAmount).toBe(applicationFee(4000, { feeBps: 1000, feeFixed: 50 }));
    expect((await db.order.findUniqueOrThrow({ where: { id: before.id } })).applicationFeeAmount).toBe(230);
    // The session opened before the change charges the fee it was created with.
    await stripe.control("POST", `/_emulator/checkout/sessions/${before.checkoutSessionId}/pay`, { outcome: "paid" });
    const session = await stripe.stripe.checkout.sessions.retrieve(before.checkoutSessionId!, { expand: ["payment_intent"] }, { stripeAccount: accountId });
    expect((session.payment_intent as Stripe.PaymentIntent).application_fee_amount).toBe(230);
  });

  it("a shop override wins, field by field, and clearing it brings the platform's back", async () => {
    await updatePlatformFees({ feeBps: "500", fixed: { eur: "0,30" } }, "fr");
    const { shop } = await sellingShop(stripe);
    const product = await createProduct(shop.id, { priceAmount: 2000 });

    expect(await setShopFeeOverride({ shopId: shop.id, feeBps: "200", feeFixed: "" }, "fr")).toEqual({ ok: true });
    expect(await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({ feeBps: 200, feeFixed: null });
    expect((await checkout(shop.id, product.id)).applicationFeeAmount).toBe(applicationFee(2000, { feeBps: 200, feeFixed: 30 }));

    expect(await setShopFeeOverride({ shopId: shop.id, feeBps: "0", feeFixed: "0" }, "fr")).toEqual({ ok: true });
    expect((await checkout(shop.id, product.id)).applicationFeeAmount).toBe(0);

    const listed = await listShopFees({ overridesOnly: true });
    expect(listed.rows.map((row) => row.id)).toEqual([shop.id]);
    expect(listed.rows[0]).toMatchObject({ effectiveBps: 0, effectiveFixed: 0 });

    expect(await clearShopFeeOverride(shop.id)).toBe(true);
    expect((await listShopFees({ overridesOnly: true })).rows).toEqual([]);
    expect((await checkout(shop.id, product.id)).applicationFeeAmount).toBe(applicationFee(2000, { feeBps: 500, feeFixed: 30 }));
  });

  it("takes the fixed part in the order's currency: ¥3000 pays the yen amount, a currency without one pays none", async () => {
    expect(await updatePlatformFees({ feeBps: "500", fixed: { eur: "0,30", jpy: "50", gbp: "" } }, "fr")).toEqual({ ok: true });
    const fees = await getPlatformFees();
    expect(fees.fixed).toEqual(expect.arrayContaining([{ currency: "eur", amount: 30 }, { currency: "jpy", amount: 50 }, { currency: "gbp", amount: null }]));

    const yen = await sellingShop(stripe, { currency: "jpy" });
    const yenProduct = await createProduct(yen.shop.id, { priceAmount: 3000, currency: "jpy" });
    expect((await checkout(yen.shop.id, yenProduct.id)).applicationFeeAmount).toBe(150 + 50); // not 150 + 30

    const pound = await sellingShop(stripe, { currency: "gbp" });
    const poundProduct = await createProduct(pound.shop.id, { priceAmount: 2000, currency: "gbp" });
    expect((await checkout(pound.shop.id, poundProduct.id)).applicationFeeAmount).toBe(100);

    // A shop's fixed override is in its own currency; the listing says when there is no fixed part.
    expect(await setShopFeeOverride({ shopId: yen.shop.id, feeBps: "", feeFixed: "80" }, "fr")).toEqual({ ok: true });
    expect(await db.shop.findUniqueOrThrow({ where: { id: yen.shop.id } })).toMatchObject({ feeFixed: 80, feeFixedCurrency: "jpy" });
    expect((await checkout(yen.shop.id, yenProduct.id)).applicationFeeAmount).toBe(150 + 80);
    const rows = (await listShopFees({ page: 1 })).rows;
    expect(rows.find((row) => row.id === pound.shop.id)).toMatchObject({ effectiveFixed: null });
  });

  it("refuses what is not a fee, naming the field", async () => {
    const cases: [{ feeBps: string; fixed: Record<string, string> }, object][] = [
      [{ feeBps: "abc", fixed: { eur: "0,30" } }, { feeBps: "bpsInvalid" }],
      [{ feeBps: "1.5", fixed: { eur: "0,30" } }, { feeBps: "bpsInvalid" }],
      [{ feeBps: "10001", fixed: { eur: "0,30" } }, { feeBps: "bpsRange" }],
      [{ feeBps: "-1", fixed: { eur: "0,30" } }, { feeBps: "bpsInvalid" }],
      [{ feeBps: "500", fixed: { eur: "100,01" } }, { fixed: { eur: "fixedRange" } }],
      [{ feeBps: "500", fixed: { eur: "-0,30" } }, { fixed: { eur: "fixedRange" } }],
      [{ feeBps: "500", fixed: { eur: "0,305" } }, { fixed: { eur: "fixedDecimals" } }],
      [{ feeBps: "500", fixed: { eur: "trente" } }, { fixed: { eur: "fixedInvalid" } }],
    ];
    for (const [input, errors] of cases) {
      expect(await updatePlatformFees(input, "fr"), JSON.stringify(input)).toEqual({ ok: false, errors });
    }
    expect(await updatePlatformFees({ feeBps: "10000", fixed: { eur: "100,00" } }, "fr")).toEqual({ ok: true });
    expect(await updatePlatformFees({ feeBps: "0", fixed: { eur: "0" } }, "fr")).toEqual({ ok: true });
    expect(await getPlatformFees()).toMatchObject({ feeBps: 0, fixed: expect.arrayContaining([{ currency: "eur", amount: 0 }]) });

    const { shop } = await sellingShop(stripe);
    expect(await setShopFeeOverride({ shopId: shop.id, feeBps: " ", feeFixed: "" })).toEqual({ ok: false, errors: { form: "overrideEmpty" } });
    expect(await setShopFeeOverride({ shopId: "nope", feeBps: "100", feeFixed: "" })).toEqual({ ok: false, errors: { form: "shopNotFound" } });
    expect(await setShopFeeOverride({ shopId: shop.id, feeBps: "20000", feeFixed: "x" })).toEqual({ ok: false, errors: { feeBps: "bpsRange", feeFixed: "fixedInvalid" } });
    expect(await db.shop.findUniqueOrThrow({ where: { id: shop.id } })).toMatchObject({ feeBps: null, feeFixed: null });
  });
});

describe("admin:create", () => {
  it("creates an administrator with a generated password shown once", async () => {
    const result = await createOrPromoteAdmin({ email: "  Ops@Example.COM " });
    expect(result).toMatchObject({ ok: true, status: "created", email: "ops@example.com" });
    if (!result.ok || result.status !== "created") throw new Error("not created");
    expect(result.generatedPassword).toMatch(/^[\w-]{24}$/);
    const user = await db.user.findUniqueOrThrow({ where: { email: "ops@example.com" }, omit: { passwordHash: false } });
    expect(user.role).toBe("ADMIN");
    expect(user.passwordHash).not.toContain(result.generatedPassword);
    expect(await verifyPassword(result.generatedPassword!, user.passwordHash)).toBe(true);

    expect(await createOrPromoteAdmin({ email: "ops@example.com" })).toMatchObject({ ok: true, status: "unchanged", generatedPassword: null });
  });

  it("promotes an existing user and keeps their password; uses a given password for a new one", async () => {
    const buyer = await db.user.create({ data: { email: "buyer-admin@example.com", role: "BUYER", passwordHash: "kept-hash" } });
    expect(await createOrPromoteAdmin({ email: "buyer-admin@example.com" })).toMatchObject({ ok: true, status: "promoted", userId: buyer.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: buyer.id }, omit: { passwordHash: false } })).toMatchObject({ role: "ADMIN", passwordHash: "kept-hash" });

    const given = await createOrPromoteAdmin({ email: "given@example.com", password: "un-mot-de-passe" });
    expect(given).toMatchObject({ ok: true, status: "created", generatedPassword: null });
    const user = await db.user.findUniqueOrThrow({ where: { email: "given@example.com" }, omit: { passwordHash: false } });
    expect(await verifyPassword("un-mot-de-passe", user.passwordHash)).toBe(true);
  });

  it("refuses a bad email or a short password and writes nothing", async () => {
    const users = await db.user.count();
    expect(await createOrPromoteAdmin({ email: "not-an-email" })).toEqual({ ok: false, error: "invalidEmail" });
    expect(await createOrPromoteAdmin({ email: "" })).toEqual({ ok: false, error: "invalidEmail" });
    expect(await createOrPromoteAdmin({ email: "short@example.com", password: "court" })).toEqual({ ok: false, error: "passwordTooShort" });
    expect(await db.user.count()).toBe(users);
  });
});
