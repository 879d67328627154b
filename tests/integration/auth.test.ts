import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { registerUser } from "@/lib/auth/register";
import { delayAfterHits, rateLimitKey } from "@/lib/rate-limit";
import { POLICIES } from "@/lib/rate-limit/policies";

const FREE_ATTEMPTS = POLICIES.signInPair.free;
import { db } from "@/lib/db";

const password = "correct horse battery";

describe("registerUser", () => {
  it("stores a bcrypt hash, never the password, and the chosen role and locale", async () => {
    const result = await registerUser({ email: " Reg@Example.com ", password, role: "SELLER", name: "Régine" }, "en");
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "reg@example.com" }, omit: { passwordHash: false } });
    expect(user.role).toBe("SELLER");
    expect(user.locale).toBe("en");
    expect(user.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(user.passwordHash).not.toContain(password);
  });

  it("answers a taken email like a new one, changes nothing and emails the owner", async () => {
    await registerUser({ email: "taken@example.com", password }, "fr");
    const before = await db.user.findUniqueOrThrow({ where: { email: "taken@example.com" }, omit: { passwordHash: false } });
    const again = await registerUser({ email: "TAKEN@example.com", password: "an attacker's choice", role: "SELLER" }, "fr");
    const fresh = await registerUser({ email: "fresh@example.com", password }, "fr");
    expect(again).toEqual(fresh);
    const after = await db.user.findUniqueOrThrow({ where: { email: "taken@example.com" }, omit: { passwordHash: false } });
    expect(after).toEqual(before);
    const mails = await db.emailMessage.findMany({ where: { to: "taken@example.com" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "signup-existing-account", status: "PENDING" });
    expect(mails[0]!.text).toContain("http://localhost:3999/signin");
    expect(await db.emailMessage.count({ where: { to: "fresh@example.com" } })).toBe(0);
    // Tried again within the hour: still one email.
    await registerUser({ email: "taken@example.com", password }, "fr");
    expect(await db.emailMessage.count({ where: { to: "taken@example.com" } })).toBe(1);
  });

  it("names each invalid field", async () => {
    const result = await registerUser({ email: "nope", password: "short", role: "ADMIN" }, "fr");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({ email: "invalidEmail", password: "passwordTooShort" });
    expect(result.fieldErrors.role).toBeDefined();
    expect(await db.user.count({ where: { email: "nope" } })).toBe(0);
  });
});

describe("authenticate", () => {
  it("accepts the right password and returns no hash", async () => {
    await registerUser({ email: "right@example.com", password }, "fr");
    const result = await authenticate({ email: "Right@example.com", password });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.user).not.toHaveProperty("passwordHash");
  });

  it("answers a wrong password and an unknown email identically", async () => {
    await registerUser({ email: "known@example.com", password }, "fr");
    const wrong = await authenticate({ email: "known@example.com", password: "wrong password" });
    const unknown = await authenticate({ email: "unknown@example.com", password: "wrong password" });
    expect(wrong).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(unknown).toEqual(wrong);
  });

  it("slows down repeated failures, with the count kept in the database", async () => {
    const client = "198.51.100.1";
    await registerUser({ email: "target@example.com", password }, "fr");
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      expect(await authenticate({ email: "target@example.com", password: `guess-${i}` }, client)).toEqual({
        ok: false,
        reason: "invalid_credentials",
      });
    }
    const blocked = await authenticate({ email: "target@example.com", password }, client);
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    if (!blocked.ok && blocked.reason === "throttled") expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    const pairKey = rateLimitKey(POLICIES.signInPair, `target@example.com ${client}`);
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: pairKey } });
    expect(row.hits).toBe(FREE_ATTEMPTS);

    // Once the delay has passed, the right password works and clears the count.
    await db.rateLimit.update({ where: { key: pairKey }, data: { blockedUntil: new Date(Date.now() - 1000) } });
    expect((await authenticate({ email: "target@example.com", password }, client)).ok).toBe(true);
    expect(await db.rateLimit.findUnique({ where: { key: pairKey } })).toBeNull();
  });

  it("throttles unknown emails the same way, so throttling reveals nothing", async () => {
    const client = "198.51.100.2";
    for (let i = 0; i < FREE_ATTEMPTS; i++) await authenticate({ email: "ghost@example.com", password: "x" }, client);
    expect(await authenticate({ email: "ghost@example.com", password: "x" }, client)).toMatchObject({ reason: "throttled" });
  });

  it("counts concurrent failures from several requests", async () => {
    const client = "198.51.100.3";
    await Promise.all(Array.from({ length: 4 }, () => authenticate({ email: "burst@example.com", password: "x" }, client)));
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: rateLimitKey(POLICIES.signInPair, `burst@example.com ${client}`) } });
    expect(row.hits).toBe(4);
  });
});

describe("delayAfterHits", () => {
  it("is free at first, then doubles up to a ceiling", () => {
    const policy = POLICIES.signInPair;
    expect(delayAfterHits(policy, FREE_ATTEMPTS - 1)).toBe(0);
    expect(delayAfterHits(policy, FREE_ATTEMPTS)).toBe(30_000);
    expect(delayAfterHits(policy, FREE_ATTEMPTS + 1)).toBe(60_000);
    expect(delayAfterHits(policy, FREE_ATTEMPTS + 20)).toBe(15 * 60_000);
  });
});
