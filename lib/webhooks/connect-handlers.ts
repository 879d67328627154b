import type { EventHandlers } from "./process-event";
import { accountUpdated } from "./handlers/account-updated";
import { chargeDispute } from "./handlers/charge-dispute";
import { chargeRefunded } from "./handlers/charge-refunded";
import { checkoutSessionChanged } from "./handlers/checkout-session";
import { paymentIntentChanged } from "./handlers/payment-intent";
import { checkoutSessionCompleted, invoicePaid, invoicePaymentFailed, subscriptionChanged } from "@/lib/subscriptions/webhooks";

/** Events of connected accounts (the Connect endpoint), one handler per type. */
export const connectHandlers: EventHandlers = {
  "account.updated": accountUpdated,
  // Also records the subscription of a mode=subscription session (lib/subscriptions).
  "checkout.session.completed": checkoutSessionCompleted,
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
  // Disputes (issue 15): the order shows it, the seller answers in their Stripe dashboard.
  "charge.dispute.created": chargeDispute,
  "charge.dispute.updated": chargeDispute,
  "charge.dispute.closed": chargeDispute,
  "invoice.paid": invoicePaid,
  "invoice.payment_failed": invoicePaymentFailed,
  "customer.subscription.created": subscriptionChanged,
  "customer.subscription.updated": subscriptionChanged,
  "customer.subscription.deleted": subscriptionChanged,
};
