import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

const suffix = () => randomBytes(4).toString("hex");

export async function createSeller(overrides: { email?: string } = {}) {
  return db.user.create({ data: { email: overrides.email ?? `seller-${suffix()}@example.com`, role: "SELLER", name: "Test Seller" } });
}

export async function createShopFor(ownerId: string, overrides: { name?: string; country?: string; currency?: string } = {}) {
  const id = suffix();
  return db.shop.create({
    data: {
      ownerId,
      slug: `shop-${id}`,
      name: overrides.name ?? `Boutique ${id}`,
      country: overrides.country ?? "FR",
      currency: overrides.currency ?? "eur",
    },
  });
}
