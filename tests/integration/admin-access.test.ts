import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";

// Who is signed in is what the session cookie says; the test plays that part. Everything else
// (requireAdmin, the database, the actions' validation) is the real code.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session-cookie", async (importOriginal) => {
  const { openSession } = await import("@/lib/auth/sessions");
  return {
    ...(await importOriginal<typeof import("@/lib/auth/session-cookie")>()),
    // A live session row for the played user, as a real cookie would name (lib/auth/session.ts checks it).
    requestSessionClaims: vi.fn(async () => (session.userId ? { sub: session.userId, sid: await openSession(session.userId) } : null)),
  };
});
// Revalidation needs a request being served; here it only has to be asked for.

const { reinstateShopAction, resyncAccountAction, suspendShopAction } = await import("@/app/[locale]/(admin)/admin/accounts/actions");
const { default: AdminLayout } = await import("@/app/[locale]/(admin)/admin/layout");
const { default: AdminOverviewPage } = await import("@/app/[locale]/(admin)/admin/page");
const { default: AdminAccountsPage } = await import("@/app/[locale]/(admin)/admin/accounts/page");
const { default: AdminOrdersPage } = await import("@/app/[locale]/(admin)/admin/orders/page");
const { default: AdminOrderPage } = await import("@/app/[locale]/(admin)/admin/orders/[orderId]/page");
const { default: AdminShopsPage } = await import("@/app/[locale]/(admin)/admin/shops/page");

/** The digest Next.js gives the error thrown by notFound() or redirect(). */
async function digestOf(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    return String((error as { digest?: unknown }).digest ?? error);
  }
  return "no error";
}

const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";
const users: Record<"admin" | "buyer" | "seller", string> = { admin: "", buyer: "", seller: "" };
let brulerieId = "";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

beforeAll(async () => {
  await seed(db);
  const byEmail = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
  users.admin = await byEmail("admin@comptoir.test");
  users.buyer = await byEmail("alice@comptoir.test");
  users.seller = await byEmail("paul@comptoir.test");
  brulerieId = (await db.shop.findUniqueOrThrow({ where: { slug: "brulerie-du-port" } })).id;
});

const brulerieInvalidated = async () => (await db.cacheTagInvalidation.count({ where: { tag: "shop:brulerie-du-port" } })) > 0;

beforeEach(async () => {
  session.userId = null;
  await db.cacheTagInvalidation.deleteMany();
});

describe("admin pages and actions refuse everyone but admins", () => {
  const visitors = [
    ["an anonymous visitor", () => null],
    ["a buyer", () => users.buyer],
    ["a seller", () => users.seller],
  ] as const;

  for (const [who, id] of visitors) {
    it(`answer 404 to ${who}, before reading or changing anything`, async () => {
      session.userId = id();
      const searchParams = Promise.resolve({});
      const order = await db.order.findFirstOrThrow();
      expect(await digestOf(() => AdminLayout({ children: null }))).toBe(NOT_FOUND);
      expect(await digestOf(() => AdminOverviewPage({ searchParams }))).toBe(NOT_FOUND);
      expect(await digestOf(() => AdminAccountsPage({ searchParams }))).toBe(NOT_FOUND);
      expect(await digestOf(() => AdminOrdersPage({ searchParams }))).toBe(NOT_FOUND);
      expect(await digestOf(() => AdminOrderPage({ params: Promise.resolve({ orderId: order.id }) }))).toBe(NOT_FOUND);
      expect(await digestOf(() => AdminShopsPage({ searchParams }))).toBe(NOT_FOUND);

      const input = form({ shopId: brulerieId, returnTo: "/admin/accounts" });
      expect(await digestOf(() => suspendShopAction(input))).toBe(NOT_FOUND);
      expect(await digestOf(() => reinstateShopAction(input))).toBe(NOT_FOUND);
      expect(await digestOf(() => resyncAccountAction(input))).toBe(NOT_FOUND);
      expect((await db.shop.findUniqueOrThrow({ where: { id: brulerieId } })).status).toBe("ACTIVE");
      expect(await brulerieInvalidated()).toBe(false);
    });
  }
});

describe("admin actions for an admin", () => {
  it("suspend and reinstate a shop, then go back to the list with a message", async () => {
    session.userId = users.admin;
    const suspended = await digestOf(() => suspendShopAction(form({ shopId: brulerieId, returnTo: "/admin/shops?q=port&notice=old" })));
    expect(suspended).toMatch(/^NEXT_REDIRECT;/);
    expect(suspended).toContain("/admin/shops?q=port&notice=suspended&shop=Br%C3%BBlerie+du+Port");
    expect((await db.shop.findUniqueOrThrow({ where: { id: brulerieId } })).status).toBe("SUSPENDED");
    // The storefront's cached pages of the shop are invalidated (lib/cache/catalogue.ts).
    expect(await brulerieInvalidated()).toBe(true);

    const reinstated = await digestOf(() => reinstateShopAction(form({ shopId: brulerieId, returnTo: "https://evil.example/admin" })));
    expect(reinstated).toContain("/admin/accounts?notice=reinstated");
    expect((await db.shop.findUniqueOrThrow({ where: { id: brulerieId } })).status).toBe("ACTIVE");
  });

  it("refuse an invalid form or an unknown shop with an error message, changing nothing", async () => {
    session.userId = users.admin;
    expect(await digestOf(() => suspendShopAction(form({ returnTo: "/admin/accounts" })))).toContain("/admin/accounts?error=invalid");
    expect(await digestOf(() => suspendShopAction(form({ shopId: "no-such-shop" })))).toContain("/admin/accounts?error=notFound");
    expect(await digestOf(() => resyncAccountAction(form({ shopId: brulerieId, returnTo: "/admin/shops" })))).toContain("/admin/shops?error=noAccount");
    expect(await brulerieInvalidated()).toBe(false);
  });
});
