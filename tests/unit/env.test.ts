import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseEnv } from "@/lib/env";

const valid = {
  DATABASE_URL: "postgresql://u:p@localhost:5432/db",
  AUTH_SECRET: "x".repeat(32),
  STRIPE_SECRET_KEY: "sk_test_emulator_local",
  STRIPE_WEBHOOK_SECRET: "whsec_platform",
  STRIPE_CONNECT_WEBHOOK_SECRET: "whsec_connect",
};

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
}

describe("parseEnv", () => {
  it("accepts a complete environment and applies defaults", () => {
    const env = parseEnv(valid);
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.STRIPE_CONNECT_ACCOUNT_KIND).toBe("standard");
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("names every missing required variable", () => {
    const names = problems({}).map((p) => p.split(" ")[0]);
    expect(names).toEqual(
      expect.arrayContaining(["DATABASE_URL", "AUTH_SECRET", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_CONNECT_WEBHOOK_SECRET"]),
    );
  });

  it("explains malformed values", () => {
    const found = problems({ ...valid, DATABASE_URL: "mysql://x", AUTH_SECRET: "short", STRIPE_SECRET_KEY: "pk_test_123", APP_URL: "not a url" });
    expect(found).toEqual(
      expect.arrayContaining([
        "DATABASE_URL must start with postgres:// or postgresql://",
        "AUTH_SECRET must be at least 32 characters long",
        "STRIPE_SECRET_KEY must start with sk_test_, sk_live_, rk_test_ or rk_live_",
      ]),
    );
    expect(found.some((p) => p.startsWith("APP_URL "))).toBe(true);
  });

  it("treats empty optional values as unset", () => {
    expect(parseEnv({ ...valid, SMTP_URL: "", GITHUB_ID: " " }).GITHUB_ID).toBeUndefined();
  });
});
