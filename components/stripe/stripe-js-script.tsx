import Script from "next/script";
import { stripeJsUrl } from "@/lib/stripe";

/**
 * In emulator mode, loads the emulator's Stripe.js stand-in before the page hydrates, so
 * `loadStripe()` finds `window.Stripe` and fetches nothing. With real keys it renders nothing
 * and `loadStripe()` loads Stripe.js from js.stripe.com as usual: one code path for both.
 */
export function StripeJsScript() {
  const src = stripeJsUrl();
  return src ? <Script src={src} strategy="beforeInteractive" /> : null;
}
