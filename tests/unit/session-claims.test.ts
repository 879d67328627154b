import { afterEach, describe, expect, it, vi } from "vitest";

// next-auth's decode, counted: a cookie decoded once is not decoded again.
const decodes = vi.hoisted(() => ({ count: 0 }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const actual = await importOriginal<typeof import("next-auth/jwt")>();
  return {
    ...actual,
    decode: (params: Parameters<typeof actual.decode>[0]) => {
      decodes.count++;
      return actual.decode(params);
    },
  };
});

const { encode } = await import("next-auth/jwt");
const { readSessionClaims } = await import("@/lib/auth/session-cookie");

const secret = process.env.AUTH_SECRET!;
const cookie = (claims: Record<string, unknown>, maxAge = 3600, key = secret) => encode({ token: claims, secret: key, maxAge });

afterEach(() => vi.useRealTimers());

describe("readSessionClaims", () => {
  it("decodes a cookie once, then answers the same claims from memory", async () => {
    const value = await cookie({ sub: "user_1", sid: "session_1" });
    const before = decodes.count;
    expect(await readSessionClaims(value)).toEqual({ sub: "user_1", sid: "session_1" });
    expect(await readSessionClaims(value)).toEqual({ sub: "user_1", sid: "session_1" });
    expect(decodes.count - before).toBe(1);
  });

  it("stops answering for a remembered cookie once it has expired, as next-auth would", async () => {
    const value = await cookie({ sub: "user_2", sid: "session_2" }, 60);
    expect(await readSessionClaims(value)).toEqual({ sub: "user_2", sid: "session_2" });
    vi.useFakeTimers({ now: Date.now() + 60_000 + 10_000, toFake: ["Date"] });
    expect(await readSessionClaims(value)).toEqual({ sub: "user_2", sid: "session_2" }); // within the 15 s of tolerance
    vi.setSystemTime(Date.now() + 10_000);
    expect(await readSessionClaims(value)).toBeNull();
  });

  it("remembers nothing for cookies that are not ours: each is decoded and refused", async () => {
    const forged = await cookie({ sub: "user_3", sid: "session_3" }, 3600, "another-secret-of-at-least-32-characters");
    const before = decodes.count;
    expect(await readSessionClaims(forged)).toBeNull();
    expect(await readSessionClaims(forged)).toBeNull();
    expect(decodes.count - before).toBe(2);
    expect(await readSessionClaims(await cookie({ sub: "user_4" }))).toBeNull(); // no session id
    expect(await readSessionClaims("")).toBeNull();
  });
});
