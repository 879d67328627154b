import { Router } from "../http/router";
import { registerAccountLinks } from "./account-links";
import { registerAccounts } from "./accounts";
import { registerApplicationFees } from "./application-fees";
import { registerBalance } from "./balance";
import { registerBilling } from "./billing";
import { registerCheckoutSessions } from "./checkout-sessions";
import { registerDisputes } from "./disputes";
import { registerEvents } from "./events";
import { registerPaymentIntents } from "./payment-intents";
import { registerPayouts } from "./payouts";
import { registerRefunds } from "./refunds";
import { registerWebhookEndpoints } from "./webhook-endpoints";

/** Every `/v1` route the emulator serves. */
export function buildApiRouter(): Router {
  const r = new Router();
  registerAccounts(r);
  registerAccountLinks(r);
  registerCheckoutSessions(r);
  registerPaymentIntents(r);
  registerRefunds(r);
  registerBalance(r);
  registerApplicationFees(r);
  registerPayouts(r);
  registerDisputes(r);
  registerBilling(r);
  registerEvents(r);
  registerWebhookEndpoints(r);
  return r;
}
