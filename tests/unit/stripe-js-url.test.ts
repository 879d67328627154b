import { describe, expect, it } from "vitest";
import { stripeJsUrl } from "@/lib/stripe/client";

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;

describe("stripeJsUrl (which Stripe.js the browser loads)", () => {
  it("is the emulator's stand-in in emulator mode", () => {
    expect(stripeJsUrl(env({ STRIPE_SECRET_KEY: "sk_test_emulator_local" }))).toBe("http://127.0.0.1:12111/v3");
    expect(stripeJsUrl(env({ STRIPE_SECRET_KEY: "sk_test_emulator_local", STRIPE_EMULATOR_PORT: "12999" }))).toBe("http://127.0.0.1:12999/v3");
    expect(stripeJsUrl(env({ STRIPE_SECRET_KEY: "sk_test_real", STRIPE_API_HOST: "http://localhost:4010" }))).toBe("http://localhost:4010/v3");
  });

  it("is null with real keys, so loadStripe() fetches js.stripe.com", () => {
    expect(stripeJsUrl(env({ STRIPE_SECRET_KEY: "sk_test_51Real" }))).toBeNull();
    expect(stripeJsUrl(env({ STRIPE_SECRET_KEY: "sk_live_51Real" }))).toBeNull();
  });
});
