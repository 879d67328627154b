import type Stripe from "stripe";
import { addBalanceTransaction } from "../domain/ledger";
import type { Emulator } from "../emulator";
import { invalidRequest } from "../http/errors";
import { mergeMetadata } from "../http/params";
import type { Router } from "../http/router";
import { newId } from "../ids";
import { getOwned, listOwned } from "./owned";

/**
 * Pay out available funds. The emulator has no banking delay: the payout is
 * created `paid` and emits payout.created + payout.paid.
 */
export function createPayout(
  emu: Emulator,
  owner: string,
  currency: string,
  amount: number | undefined,
  extra: { description?: string | null; metadata?: Record<string, string> } = {},
): Stripe.Payout {
  const bal = (emu.state.balances[owner] ??= { available: {}, pending: {} });
  const available = bal.available[currency] ?? 0;
  const amt = amount ?? available;
  if (amt <= 0 || amt > available) {
    throw invalidRequest(
      `You have insufficient funds in your Stripe account for this payout (available: ${available} ${currency}).`,
      "amount",
      "balance_insufficient",
    );
  }
  const id = newId("po");
  const txn = addBalanceTransaction(emu, owner, {
    amount: -amt,
    currency,
    type: "payout",
    reporting_category: "payout",
    source: id,
    description: "STRIPE PAYOUT",
  });
  bal.available[currency] = available - amt;
  const now = emu.now();
  const payout: Stripe.Payout = {
    id,
    object: "payout",
    amount: amt,
    application_fee: null,
    application_fee_amount: null,
    arrival_date: now,
    automatic: amount === undefined,
    balance_transaction: txn.id,
    created: now,
    currency,
    description: extra.description ?? "STRIPE PAYOUT",
    destination: newId("ba"),
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    livemode: false,
    metadata: extra.metadata ?? {},
    method: "standard",
    original_payout: null,
    payout_method: null,
    reconciliation_status: "completed",
    reversed_by: null,
    source_type: "card",
    statement_descriptor: null,
    status: "paid",
    trace_id: null,
    type: "bank_account",
  };
  emu.state.payouts[id] = { owner, obj: payout };
  emu.store.changed();
  emu.emit("payout.created", payout, { owner });
  emu.emit("payout.paid", payout, { owner });
  return payout;
}

export function registerPayouts(r: Router): void {
  r.get("/v1/payouts", (ctx) =>
    listOwned(ctx, ctx.emu.state.payouts, "/v1/payouts", "payout", { status: (po, v) => po.status === v }),
  );
  r.get("/v1/payouts/:id", (ctx) => ctx.expand(getOwned(ctx.emu.state.payouts, ctx.pathParams.id ?? "", ctx.owner, "payout")));
  r.post("/v1/payouts", (ctx) => {
    const amount = ctx.p.int("amount", { required: true, min: 1 })!;
    const currency = ctx.p.str("currency", { required: true })!.toLowerCase();
    return ctx.expand(
      createPayout(ctx.emu, ctx.owner, currency, amount, {
        description: ctx.p.str("description") ?? null,
        metadata: mergeMetadata({}, ctx.p.metadata()),
      }),
    );
  });
}
