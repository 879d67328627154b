export {
  createStripeClient,
  emulatorHostConfig,
  getStripe,
  isStripeEmulator,
  resetStripeClient,
  STRIPE_API_VERSION,
  stripeJsUrl,
} from "./client";
export type { default as Stripe } from "stripe";
