import type Stripe from "stripe";
import type { Router } from "../http/router";
import { PLATFORM } from "../state";

export function registerBalance(r: Router): void {
  r.get("/v1/balance", (ctx) => {
    const rec = ctx.emu.state.balances[ctx.owner] ?? { available: {}, pending: {} };
    const fallback = ctx.owner === PLATFORM ? "eur" : (ctx.emu.state.accounts[ctx.owner]?.default_currency ?? "eur");
    const currencies = [...new Set([...Object.keys(rec.available), ...Object.keys(rec.pending)])];
    if (currencies.length === 0) currencies.push(fallback);
    const balance: Stripe.Balance = {
      object: "balance",
      available: currencies.map((c) => ({ amount: rec.available[c] ?? 0, currency: c, source_types: { card: rec.available[c] ?? 0 } })),
      livemode: false,
      pending: currencies.map((c) => ({ amount: rec.pending[c] ?? 0, currency: c, source_types: { card: rec.pending[c] ?? 0 } })),
    };
    return balance;
  });
}
