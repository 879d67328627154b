import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import type { Router } from "../http/router";
import { PLATFORM } from "../state";

/** An owner's balance as the API (and the `balance.available` event) shapes it. */
export function balanceOf(emu: Emulator, owner: string): Stripe.Balance {
  const rec = emu.state.balances[owner] ?? { available: {}, pending: {} };
  const fallback = owner === PLATFORM ? "eur" : (emu.state.accounts[owner]?.default_currency ?? "eur");
  const currencies = [...new Set([...Object.keys(rec.available), ...Object.keys(rec.pending)])];
  if (currencies.length === 0) currencies.push(fallback);
  return {
    object: "balance",
    available: currencies.map((c) => ({ amount: rec.available[c] ?? 0, currency: c, source_types: { card: rec.available[c] ?? 0 } })),
    livemode: false,
    pending: currencies.map((c) => ({ amount: rec.pending[c] ?? 0, currency: c, source_types: { card: rec.pending[c] ?? 0 } })),
  };
}

export function registerBalance(r: Router): void {
  r.get("/v1/balance", (ctx) => balanceOf(ctx.emu, ctx.owner));
}
