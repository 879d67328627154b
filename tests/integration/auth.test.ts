import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { registerUser } from "@/lib/auth/register";
import { delayAfterFailures, FREE_ATTEMPTS } from "@/lib/auth/sign-in-throttle";
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

  it("refuses a taken email, whatever its case, without writing anything", async () => {
    await registerUser({ email: "taken@example.com", password }, "fr");
    const before = await db.user.count();
    const again = await registerUser({ email: "TAKEN@example.com", password }, "fr");
    expect(again).toEqual({ ok: false, fieldErrors: { email: "emailTaken" } });
    expect(await db.user.count()).toBe(before);
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
    await registerUser({ email: "target@example.com", password }, "fr");
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      expect(await authenticate({ email: "target@example.com", password: `guess-${i}` })).toEqual({
        ok: false,
        reason: "invalid_credentials",
      });
    }
    const blocked = await authenticate({ email: "target@example.com", password });
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    if (!blocked.ok && blocked.reason === "throttled") expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    const row = await db.signInThrottle.findUniqueOrThrow({ where: { email: "target@example.com" } });
    expect(row.failures).toBe(FREE_ATTEMPTS);

    // Once the delay has passed, the right password works and clears the count.
    await db.signInThrottle.update({ where: { email: "target@example.com" }, data: { blockedUntil: new Date(Date.now() - 1000) } });
    expect((await authenticate({ email: "target@example.com", password })).ok).toBe(true);
    expect(await db.signInThrottle.findUnique({ where: { email: "target@example.com" } })).toBeNull();
  });

  it("throttles unknown emails the same way, so throttling reveals nothing", async () => {
    for (let i = 0; i < FREE_ATTEMPTS; i++) await authenticate({ email: "ghost@example.com", password: "x" });
    expect(await authenticate({ email: "ghost@example.com", password: "x" })).toMatchObject({ reason: "throttled" });
  });

  it("counts concurrent failures from several requests", async () => {
    await Promise.all(Array.from({ length: 4 }, () => authenticate({ email: "burst@example.com", password: "x" })));
    const row = await db.signInThrottle.findUniqueOrThrow({ where: { email: "burst@example.com" } });
    expect(row.failures).toBe(4);
  });
});

describe("delayAfterFailures", () => {
  it("is free at first, then doubles up to a ceiling", () => {
    expect(delayAfterFailures(FREE_ATTEMPTS - 1)).toBe(0);
    expect(delayAfterFailures(FREE_ATTEMPTS)).toBe(30_000);
    expect(delayAfterFailures(FREE_ATTEMPTS + 1)).toBe(60_000);
    expect(delayAfterFailures(FREE_ATTEMPTS + 20)).toBe(15 * 60_000);
  });
});
