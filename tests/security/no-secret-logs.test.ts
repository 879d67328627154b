import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/logger";
import nextConfig from "@/next.config";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("no secret in logs", () => {
  it("turns off Next's logging of server function calls (it printed sign-up passwords)", () => {
    expect(nextConfig.logging && nextConfig.logging.serverFunctions).toBe(false);
  });

  it("masks secret fields and secrets inside messages and errors", () => {
    vi.stubEnv("LOG_LEVEL", "debug");
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
    vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    logger.error("sign-up failed for postgresql://app:db-pass-123@db.internal/app", {
      input: { email: "a@example.com", password: "hunter2-secret" },
      error: new Error("connect to postgres://app:db-pass-123@10.0.0.5:5432/app failed with key sk_live_abcDEF123 and whsec_XYZ789"),
      headers: { authorization: "Bearer abc.def.ghi", cookie: "next-auth.session-token=eyJ" },
      AUTH_SECRET: "x".repeat(32),
    });
    const output = lines.join("\n");
    for (const secret of ["hunter2-secret", "db-pass-123", "sk_live_abcDEF123", "whsec_XYZ789", "abc.def.ghi", "eyJ", "x".repeat(32)]) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain("a@example.com");
    expect(output).toContain("db.internal/app");
  });
});
