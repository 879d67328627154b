import { describe, expect, it } from "vitest";
import { stripeJsUrl } from "@/lib/stripe/client";

describe("stripeJsUrl (which Stripe.js the browser loads)", () => {
  it("is the emulator's stand-in in emulator mode", () => {
    expect(stripeJsUrl({ STRIPE_SECRET_KEY: "sk_test_emulator_local" } as NodeJS.ProcessEnv)).toBe("http://127.0.0.1:12111/v3");
    expect(stripeJsUrl({ STRIPE_SECRET_KEY: "sk_test_emulator_local", STRIPE_EMULATOR_PORT: "12999" } as NodeJS.ProcessEnv)).toBe("http://127.0.0.1:12999/v3");
    expect(stripeJsUrl({ STRIPE_SECRET_KEY: "sk_test_real", STRIPE_API_HOST: "http://localhost:4010" } as NodeJS.ProcessEnv)).toBe("http://localhost:4010/v3");
  });

  it("is null with real keys, so loadStripe() fetches js.stripe.com", () => {
    expect(stripeJsUrl({ STRIPE_SECRET_KEY: "sk_test_51Real" } as NodeJS.ProcessEnv)).toBeNull();
    expect(stripeJsUrl({ STRIPE_SECRET_KEY: "sk_live_51Real" } as NodeJS.ProcessEnv)).toBeNull();
  });
});
