import type { Router } from "../http/router";
import { getOwned, listOwned } from "./owned";

export function registerPaymentIntents(r: Router): void {
  r.get("/v1/payment_intents/:id", (ctx) =>
    ctx.expand(getOwned(ctx.emu.state.paymentIntents, ctx.pathParams.id ?? "", ctx.owner, "payment_intent")),
  );
  r.get("/v1/payment_intents", (ctx) => listOwned(ctx, ctx.emu.state.paymentIntents, "/v1/payment_intents", "payment_intent"));
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
