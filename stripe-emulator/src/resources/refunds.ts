import type Stripe from "stripe";
import { diffTopLevel } from "../domain/accounts";
import { addBalanceTransaction, credit, debit } from "../domain/ledger";
import { formatAmount } from "../domain/money";
import type { Emulator } from "../emulator";
import { invalidRequest } from "../http/errors";
import { mergeMetadata } from "../http/params";
import type { ApiContext, Router } from "../http/router";
import { newId } from "../ids";
import { PLATFORM } from "../state";
import { getOwned, listOwned } from "./owned";

function chargeToRefund(ctx: ApiContext): Stripe.Charge {
  const { p, emu } = ctx;
  const piId = p.str("payment_intent");
  const chId = p.str("charge");
  if (!piId && !chId) {
    throw invalidRequest("One of the following params should be provided for this request: payment_intent or charge.", "payment_intent");
  }
  if (piId) {
    const pi = getOwned(emu.state.paymentIntents, piId, ctx.owner, "payment_intent", "payment_intent");
    const ch = typeof pi.latest_charge === "string" ? emu.state.charges[pi.latest_charge]?.obj : undefined;
    if (!ch || pi.status !== "succeeded") {
      throw invalidRequest(`This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, "payment_intent", "charge_not_refundable");
    }
    if (chId && chId !== ch.id) throw invalidRequest("The charge does not belong to this PaymentIntent.", "charge");
    return ch;
  }
  const ch = getOwned(emu.state.charges, chId!, ctx.owner, "charge", "charge");
  if (ch.status !== "succeeded") throw invalidRequest(`Charge ${ch.id} has not succeeded and cannot be refunded.`, "charge", "charge_not_refundable");
  return ch;
}

/** Give back the application fee in proportion to the refunded amount (all of what is left on a full refund). */
function refundFee(emu: Emulator, charge: Stripe.Charge, amount: number, owner: string): void {
  const fee = typeof charge.application_fee === "string" ? emu.state.applicationFees[charge.application_fee] : undefined;
  if (!fee) return;
  const left = fee.amount - fee.amount_refunded;
  const share = charge.amount_refunded >= charge.amount ? left : Math.min(left, Math.round((fee.amount * amount) / charge.amount));
  if (share <= 0) return;
  const before = structuredClone(fee);
  const frId = newId("fr");
  const txn = addBalanceTransaction(emu, PLATFORM, {
    amount: -share,
    currency: fee.currency,
    type: "application_fee_refund",
    reporting_category: "platform_earning_refund",
    source: frId,
    description: null,
  });
  const fr: Stripe.FeeRefund = {
    id: frId,
    object: "fee_refund",
    amount: share,
    balance_transaction: txn.id,
    created: emu.now(),
    currency: fee.currency,
    fee: fee.id,
    metadata: {},
  };
  fee.amount_refunded += share;
  fee.refunded = fee.amount_refunded >= fee.amount;
  fee.refunds.data.unshift(fr);
  debit(emu, PLATFORM, fee.currency, share);
  credit(emu, owner, fee.currency, "pending", share);
  const prev = diffTopLevel(before, fee);
  delete prev.refunds;
  emu.emit("application_fee.refunded", fee, { owner: PLATFORM, previous: prev });
}

function create(ctx: ApiContext): Stripe.Refund {
  const { p, emu } = ctx;
  p.allowOnly([
    "payment_intent", "charge", "amount", "reason", "metadata", "refund_application_fee", "reverse_transfer", "expand",
    "instructions_email", "origin", "currency", "customer",
  ]);
  const charge = chargeToRefund(ctx);
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining <= 0) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, undefined, "charge_already_refunded");
  const amount = p.int("amount", { min: 1 }) ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(
      `Refund amount (${formatAmount(amount, charge.currency, "en")}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency, "en")})`,
      "amount",
      "amount_too_large",
    );
  }
  const reason = p.str("reason", { oneOf: ["duplicate", "fraudulent", "requested_by_customer"] }) ?? null;
  const refundFeeToo = p.bool("refund_application_fee") ?? false;
  if (refundFeeToo && ctx.owner === PLATFORM) {
    throw invalidRequest("refund_application_fee can only be used on direct charges made with the Stripe-Account header.", "refund_application_fee");
  }
  const id = newId("re");
  const txn = addBalanceTransaction(emu, ctx.owner, {
    amount: -amount,
    currency: charge.currency,
    type: "refund",
    reporting_category: "refund",
    source: id,
    description: "REFUND FOR CHARGE",
  });
  const refund: Stripe.Refund = {
    id,
    object: "refund",
    amount,
    balance_transaction: txn.id,
    charge: charge.id,
    created: emu.now(),
    currency: charge.currency,
    customer: null,
    customer_account: null,
    metadata: mergeMetadata({}, p.metadata()),
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  };
  emu.state.refunds[id] = { owner: ctx.owner, obj: refund };
  const before = structuredClone(charge);
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount;
  debit(emu, ctx.owner, charge.currency, amount);
  emu.store.changed();
  emu.emit("refund.created", refund, { owner: ctx.owner });
  emu.emit("charge.refunded", charge, { owner: ctx.owner, previous: diffTopLevel(before, charge) });
  if (refundFeeToo) refundFee(emu, charge, amount, ctx.owner);
  return ctx.expand(refund);
}

/**
 * Test control: a refund that fails after being accepted (the card was closed, say), as Stripe
 * reports it: status failed, the charge's refunded amount given back, refund.updated and
 * charge.refund.updated sent. The platform fee given back is not taken again (as on Stripe).
 */
export function failRefund(emu: Emulator, refundId: string): Stripe.Refund {
  const rec = emu.state.refunds[refundId];
  if (!rec) throw invalidRequest(`No such refund: '${refundId}'`, "id", "resource_missing");
  const refund = rec.obj;
  if (refund.status === "failed") return refund;
  const before = structuredClone(refund);
  refund.status = "failed";
  refund.failure_reason = "expired_or_canceled_card";
  const charge = typeof refund.charge === "string" ? emu.state.charges[refund.charge]?.obj : undefined;
  if (charge) {
    charge.amount_refunded = Math.max(0, charge.amount_refunded - refund.amount);
    charge.refunded = false;
    credit(emu, rec.owner, charge.currency, "available", refund.amount);
  }
  emu.store.changed();
  const previous = diffTopLevel(before, refund);
  emu.emit("refund.updated", refund, { owner: rec.owner, previous });
  emu.emit("charge.refund.updated", refund, { owner: rec.owner, previous });
  return refund;
}

export function registerRefunds(r: Router): void {
  r.post("/v1/refunds", create);
  r.get("/v1/refunds/:id", (ctx) => ctx.expand(getOwned(ctx.emu.state.refunds, ctx.pathParams.id ?? "", ctx.owner, "refund")));
  r.post("/v1/refunds/:id", (ctx) => {
    const refund = getOwned(ctx.emu.state.refunds, ctx.pathParams.id ?? "", ctx.owner, "refund");
    refund.metadata = mergeMetadata(refund.metadata ?? {}, ctx.p.metadata());
    ctx.emu.store.changed();
    return ctx.expand(refund);
  });
  r.get("/v1/refunds", (ctx) =>
    listOwned(ctx, ctx.emu.state.refunds, "/v1/refunds", "refund", {
      charge: (x, v) => x.charge === v,
      payment_intent: (x, v) => x.payment_intent === v,
    }),
  );
}
