import type Stripe from "stripe";
import {
  createConfirmationToken,
  getConfirmationToken,
  sourceFromPaymentMethodData,
  sourceFromTestPaymentMethod,
} from "../domain/confirmation-tokens";
import { cancelIntent, CONFIRM_PARAMS, confirmIntent, createIntent, intentByClientSecret } from "../domain/intents";
import { invalidRequest, noSuch } from "../http/errors";
import type { ApiContext, Router } from "../http/router";
import { getOwned, listOwned } from "./owned";

/**
 * With a publishable key (Stripe.js) a PaymentIntent is reachable only through its
 * client secret, and only from the account the stand-in was created for.
 */
function intentFor(ctx: ApiContext): Stripe.PaymentIntent {
  const id = ctx.pathParams.id ?? "";
  if (!ctx.publishable) return getOwned(ctx.emu.state.paymentIntents, id, ctx.owner, "payment_intent");
  const secret = ctx.p.str("client_secret");
  if (!secret) throw invalidRequest("You must provide the PaymentIntent's client_secret when using a publishable key.", "client_secret", "parameter_missing");
  const rec = ctx.emu.state.paymentIntents[id];
  if (!rec || rec.owner !== ctx.owner) throw noSuch("payment_intent", id);
  if (intentByClientSecret(ctx.emu, secret).pi !== rec.obj) {
    throw invalidRequest("The client_secret provided does not match the client_secret associated with the PaymentIntent.", "client_secret");
  }
  return rec.obj;
}

function createToken(ctx: ApiContext): Stripe.ConfirmationToken {
  ctx.p.allowOnly(["payment_method_data", "return_url", "setup_future_usage", "shipping", "mandate_data", "expand"]);
  const method = sourceFromPaymentMethodData(ctx.emu, ctx.p.obj("payment_method_data", true)!);
  return ctx.expand(createConfirmationToken(ctx.emu, ctx.owner, method, ctx.p, true));
}

/** Server-side tests: a token from a test PaymentMethod (`pm_card_visa`…) or SEPA `payment_method_data`. */
function createTestToken(ctx: ApiContext): Stripe.ConfirmationToken {
  const { p } = ctx;
  p.allowOnly(["payment_method", "payment_method_data", "payment_method_options", "return_url", "setup_future_usage", "shipping", "expand"]);
  if (p.has("payment_method") && p.has("payment_method_data")) {
    throw invalidRequest("You may only specify one of these parameters: payment_method, payment_method_data.", "payment_method_data");
  }
  const pmd = p.obj("payment_method_data");
  const method = pmd ? sourceFromPaymentMethodData(ctx.emu, pmd) : sourceFromTestPaymentMethod(p.str("payment_method", { required: true })!, "payment_method");
  return ctx.expand(createConfirmationToken(ctx.emu, ctx.owner, method, p, false));
}

export function registerPaymentIntents(r: Router): void {
  r.post("/v1/payment_intents", (ctx) => ctx.expand(createIntent(ctx.emu, ctx.p, ctx.owner, false)));
  r.get("/v1/payment_intents/:id", (ctx) => ctx.expand(intentFor(ctx)), { publishable: true });
  r.post(
    "/v1/payment_intents/:id/confirm",
    (ctx) => {
      ctx.p.allowOnly(CONFIRM_PARAMS);
      return ctx.expand(confirmIntent(ctx.emu, intentFor(ctx), ctx.owner, ctx.p, ctx.publishable));
    },
    { publishable: true },
  );
  r.post("/v1/payment_intents/:id/cancel", (ctx) => ctx.expand(cancelIntent(ctx.emu, intentFor(ctx), ctx.owner, ctx.p)));
  r.get("/v1/payment_intents", (ctx) => listOwned(ctx, ctx.emu.state.paymentIntents, "/v1/payment_intents", "payment_intent"));
  r.post("/v1/confirmation_tokens", createToken, { publishable: true });
  r.get("/v1/confirmation_tokens/:id", (ctx) => ctx.expand(getConfirmationToken(ctx.emu, ctx.pathParams.id ?? "", ctx.owner).token));
  r.post("/v1/test_helpers/confirmation_tokens", createTestToken);
  r.get("/v1/charges/:id", (ctx) => ctx.expand(getOwned(ctx.emu.state.charges, ctx.pathParams.id ?? "", ctx.owner, "charge")));
  r.get("/v1/charges", (ctx) =>
    listOwned(ctx, ctx.emu.state.charges, "/v1/charges", "charge", {
      payment_intent: (c, v) => c.payment_intent === v,
    }),
  );
  r.get("/v1/balance_transactions/:id", (ctx) =>
    ctx.expand(getOwned(ctx.emu.state.balanceTransactions, ctx.pathParams.id ?? "", ctx.owner, "balance_transaction")),
  );
  r.get("/v1/balance_transactions", (ctx) =>
    listOwned(ctx, ctx.emu.state.balanceTransactions, "/v1/balance_transactions", "balance_transaction", {
      type: (t, v) => t.type === v,
      source: (t, v) => t.source === v,
      currency: (t, v) => t.currency === v,
    }),
  );
}
