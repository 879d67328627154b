import { describe, expect, it, vi } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { recordFailure, secondsUntilAllowed } from "@/lib/auth/sign-in-throttle";
import { registerUser } from "@/lib/auth/register";
import { db } from "@/lib/db";
import { rateLimitKey } from "@/lib/rate-limit";
import { POLICIES } from "@/lib/rate-limit/policies";

// Route handlers run outside a Next.js request here: the session and the cookies are played by
// the test (nobody signed in unless `session.userId` is set, no cart cookie).
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session-cookie", async (importOriginal) => {
  const { openSession } = await import("@/lib/auth/sessions");
  return {
    ...(await importOriginal<typeof import("@/lib/auth/session-cookie")>()),
    // A live session row for the played user, as a real cookie would name (lib/auth/session.ts checks it).
    requestSessionClaims: vi.fn(async () => (session.userId ? { sub: session.userId, sid: await openSession(session.userId) } : null)),
  };
});
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
  headers: async () => new Headers(),
}));

const { POST: startCheckoutRoute } = await import("@/app/api/checkout/route");
const { GET: slugAvailability } = await import("@/app/api/shops/slug-availability/route");

const password = "correct horse battery";

describe("sign-in throttling", () => {
  it("slows down one client trying many emails", async () => {
    const client = "203.0.113.10";
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await authenticate({ email: `victim-${i}@example.com`, password: "guess" }, client));
    expect(answers.slice(0, POLICIES.signInClient.free)).toEqual(Array(POLICIES.signInClient.free).fill({ ok: false, reason: "invalid_credentials" }));
    expect(answers.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    // Another client is not slowed by it.
    expect(await authenticate({ email: "victim-0@example.com", password: "guess" }, "203.0.113.11")).toEqual({ ok: false, reason: "invalid_credentials" });
  });

  it("never locks the owner out: failures from elsewhere cost them a minute at most", async () => {
    await registerUser({ email: "owner@example.com", password }, "fr", "203.0.113.20");
    let attacker = null;
    for (let i = 0; i < 40; i++) attacker = await authenticate({ email: "owner@example.com", password: `guess-${i}` }, `198.18.0.${i % 3}`);
    expect(attacker).toMatchObject({ reason: "throttled" });

    const owner = await authenticate({ email: "owner@example.com", password }, "203.0.113.21");
    if (!owner.ok) {
      expect(owner).toMatchObject({ reason: "throttled" });
      if (owner.reason === "throttled") expect(owner.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });

  it("grows the delays of a client that keeps guessing one email, while the owner waits a minute at most", async () => {
    const email = "patient-target@example.com";
    const attacker = "198.18.1.1";
    let now = Date.now();
    // The attacker waits out every delay and guesses again: each failure doubles its wait.
    for (let i = 0; i < 12; i++) {
      now += (await secondsUntilAllowed(email, attacker, new Date(now))) * 1000 + 1;
      await recordFailure(email, attacker, new Date(now));
    }
    expect(await secondsUntilAllowed(email, attacker, new Date(now))).toBeGreaterThan(10 * 60);
    expect(await secondsUntilAllowed(email, "203.0.113.22", new Date(now))).toBeLessThanOrEqual(60);
  });
});

describe("sign-up rate limit", () => {
  it("slows down one client creating many accounts, not the others", async () => {
    const client = "203.0.113.30";
    // The client already created all but one of its free accounts (counted, not hashed here).
    const key = rateLimitKey(POLICIES.signUpClient, client);
    await db.rateLimit.create({ data: { key, hits: POLICIES.signUpClient.free - 1, lastHitAt: new Date() } });
    expect((await registerUser({ email: "last-free@example.com", password }, "fr", client)).ok).toBe(true);
    const refused = await registerUser({ email: "one-too-many@example.com", password }, "fr", client);
    expect(refused).toMatchObject({ ok: false, fieldErrors: {} });
    expect(!refused.ok && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await db.user.count({ where: { email: "one-too-many@example.com" } })).toBe(0);
    expect((await registerUser({ email: "elsewhere@example.com", password }, "fr", "203.0.113.31")).ok).toBe(true);
  });
});

describe("checkout start rate limit", () => {
  const post = (client: string) =>
    startCheckoutRoute(
      new Request("http://localhost:3999/api/checkout", {
        method: "POST",
        headers: { origin: "http://localhost:3999", "x-forwarded-for": client },
        body: new URLSearchParams({ shopId: "shop_x" }),
      }),
    );

  it("sends a client starting too many checkouts back to the cart with a message", async () => {
    const client = "203.0.113.40";
    for (let i = 0; i < POLICIES.checkoutClient.free; i++) {
      const response = await post(client);
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toContain("checkoutError=empty");
    }
    const limited = await post(client);
    expect(limited.status).toBe(303);
    expect(limited.headers.get("location")).toContain("checkoutError=rate_limited");
    expect((await post("203.0.113.41")).headers.get("location")).toContain("checkoutError=empty");
  });
});

describe("slug check rate limit", () => {
  it("answers 429 with Retry-After to a user checking too fast", async () => {
    const user = await db.user.create({ data: { email: "slugger@example.com", role: "SELLER" } });
    session.userId = user.id;
    const check = () => slugAvailability(new Request("http://localhost:3999/api/shops/slug-availability?slug=atelier-rapide"));
    try {
      for (let i = 0; i < POLICIES.slugCheckUser.free; i++) expect((await check()).status).toBe(200);
      const limited = await check();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      session.userId = null;
    }
  });
});
