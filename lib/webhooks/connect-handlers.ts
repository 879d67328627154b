import type { EventHandlers } from "./process-event";
import { accountUpdated } from "./handlers/account-updated";
import { chargeRefunded } from "./handlers/charge-refunded";
import { checkoutSessionChanged } from "./handlers/checkout-session";
import { paymentIntentChanged } from "./handlers/payment-intent";

/** Events of connected accounts (the Connect endpoint), one handler per type. */
export const connectHandlers: EventHandlers = {
  "account.updated": accountUpdated,
  "checkout.session.completed": checkoutSessionChanged,
  "checkout.session.async_payment_succeeded": checkoutSessionChanged,
  "checkout.session.async_payment_failed": checkoutSessionChanged,
  "checkout.session.expired": checkoutSessionChanged,
  // Payments confirmed on our pages (Payment Element); Checkout's own PaymentIntents are left to their session.
  "payment_intent.succeeded": paymentIntentChanged,
  "payment_intent.processing": paymentIntentChanged,
  "payment_intent.payment_failed": paymentIntentChanged,
  "charge.refunded": chargeRefunded,
  // A refund that fails after being accepted (the order's figures follow, seller and operator see it).
  "charge.refund.updated": chargeRefunded,
  "refund.updated": chargeRefunded,
};
