import type { EventHandlers } from "./process-event";
import { accountUpdated } from "./handlers/account-updated";
import { chargeDispute } from "./handlers/charge-dispute";
import { chargeRefunded } from "./handlers/charge-refunded";
import { checkoutSessionChanged } from "./handlers/checkout-session";

/** Events of connected accounts (the Connect endpoint), one handler per type. */
export const connectHandlers: EventHandlers = {
  "account.updated": accountUpdated,
  "checkout.session.completed": checkoutSessionChanged,
  "checkout.session.async_payment_succeeded": checkoutSessionChanged,
  "checkout.session.async_payment_failed": checkoutSessionChanged,
  "checkout.session.expired": checkoutSessionChanged,
  "charge.refunded": chargeRefunded,
  // A refund that fails after being accepted (the order's figures follow, seller and operator see it).
  "charge.refund.updated": chargeRefunded,
  "refund.updated": chargeRefunded,
  // Disputes (issue 15): the order shows it, the seller answers in their Stripe dashboard.
  "charge.dispute.created": chargeDispute,
  "charge.dispute.updated": chargeDispute,
  "charge.dispute.closed": chargeDispute,
};
