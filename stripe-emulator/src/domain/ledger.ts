import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import { newId, randomToken } from "../ids";
import { PLATFORM, type PaymentIntentData } from "../state";
import { PLATFORM_ACCOUNT_ID } from "./accounts";
import { processingFee } from "./money";

/** The platform's Connect application id, shown as `application` on direct charges and fees. */
export const PLATFORM_APPLICATION_ID = "ca_EmulatorComptoirApp00";

export type PaymentMethodInfo =
  | { type: "card"; brand: string; last4: string; exp_month: number; exp_year: number; country: string }
  | { type: "sepa_debit"; last4: string; country: string; bank_code: string };

/** Move money in an owner's balance. `bucket` pending|available; negative amounts debit. */
export function credit(emu: Emulator, owner: string, currency: string, bucket: "pending" | "available", amount: number): void {
  const b = (emu.state.balances[owner] ??= { available: {}, pending: {} });
  b[bucket][currency] = (b[bucket][currency] ?? 0) + amount;
}

/** Refunds come out of pending funds first, then available (an emulator simplification). */
export function debit(emu: Emulator, owner: string, currency: string, amount: number): void {
  const b = (emu.state.balances[owner] ??= { available: {}, pending: {} });
  const fromPending = Math.max(0, Math.min(amount, b.pending[currency] ?? 0));
  b.pending[currency] = (b.pending[currency] ?? 0) - fromPending;
  b.available[currency] = (b.available[currency] ?? 0) - (amount - fromPending);
}

export function addBalanceTransaction(
  emu: Emulator,
  owner: string,
  t: Pick<Stripe.BalanceTransaction, "amount" | "currency" | "type" | "reporting_category" | "source" | "description"> & {
    fee_details?: Stripe.BalanceTransaction.FeeDetail[];
  },
): Stripe.BalanceTransaction {
  const fee = (t.fee_details ?? []).reduce((s, f) => s + f.amount, 0);
  const now = emu.now();
  const txn: Stripe.BalanceTransaction = {
    id: newId("txn"),
    object: "balance_transaction",
    amount: t.amount,
    available_on: now + 7 * 86400,
    balance_type: "payments",
    created: now,
    currency: t.currency,
    description: t.description,
    exchange_rate: null,
    fee,
    fee_details: t.fee_details ?? [],
    net: t.amount - fee,
    reporting_category: t.reporting_category,
    source: t.source,
    status: "pending",
    type: t.type,
  };
  emu.state.balanceTransactions[txn.id] = { owner, obj: txn };
  return txn;
}

export interface IntentSpec {
  owner: string;
  amount: number;
  currency: string;
  piData: PaymentIntentData;
  paymentMethodTypes: string[];
}

/** A PaymentIntent in `requires_payment_method`, for Checkout or for `POST /v1/payment_intents`. */
export function buildPaymentIntent(emu: Emulator, spec: IntentSpec): Stripe.PaymentIntent {
  const rec = spec;
  const id = newId("pi");
  const direct = rec.owner !== PLATFORM;
  return {
    id,
    object: "payment_intent",
    allowed_payment_method_types: null,
    amount: spec.amount,
    amount_capturable: 0,
    amount_received: 0,
    application: direct ? PLATFORM_APPLICATION_ID : null,
    application_fee_amount: rec.piData.application_fee_amount,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic_async",
    client_secret: `${id}_secret_${randomToken(24)}`,
    confirmation_method: "automatic",
    created: emu.now(),
    currency: spec.currency,
    customer: null,
    customer_account: null,
    description: rec.piData.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: { ...rec.piData.metadata },
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: [...spec.paymentMethodTypes],
    payment_record: null,
    processing: null,
    receipt_email: rec.piData.receipt_email,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: rec.piData.statement_descriptor,
    statement_descriptor_suffix: null,
    status: "requires_payment_method",
    transfer_data: null,
    transfer_group: null,
  };
}

export function buildCharge(
  emu: Emulator,
  pi: Stripe.PaymentIntent,
  pm: PaymentMethodInfo,
  status: "succeeded" | "pending" | "failed",
  email: string | null,
  failure?: { code: string; decline_code?: string; message: string },
  paymentMethodId: string = newId("pm"),
): Stripe.Charge {
  const id = newId(pm.type === "card" ? "ch" : "py");
  const ok = status !== "failed";
  const details: Stripe.Charge.PaymentMethodDetails =
    pm.type === "card"
      ? {
          type: "card",
          card: {
            amount_authorized: ok ? pi.amount : null,
            authorization_code: ok ? "123456" : null,
            brand: pm.brand,
            checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
            country: pm.country,
            electronic_commerce_indicator: null,
            exp_month: pm.exp_month,
            exp_year: pm.exp_year,
            fingerprint: randomToken(16),
            funding: "credit",
            installments: null,
            last4: pm.last4,
            mandate: null,
            network: pm.brand,
            network_transaction_id: ok ? randomToken(15) : null,
            regulated_status: "unregulated",
            three_d_secure: null,
            transaction_link_id: null,
            wallet: null,
          },
        }
      : {
          type: "sepa_debit",
          sepa_debit: {
            bank_code: pm.bank_code,
            branch_code: "",
            country: pm.country,
            fingerprint: randomToken(16),
            last4: pm.last4,
            mandate: newId("mandate"),
          },
        };
  return {
    id,
    object: "charge",
    amount: pi.amount,
    amount_captured: ok ? pi.amount : 0,
    amount_refunded: 0,
    application: pi.application,
    application_fee: null,
    application_fee_amount: pi.application_fee_amount,
    balance_transaction: null,
    billing_details: { address: null, email, name: null, phone: null, tax_id: null },
    calculated_statement_descriptor: (pi.statement_descriptor ?? emu.opts.platformName).toUpperCase().slice(0, 22),
    captured: ok,
    created: emu.now(),
    currency: pi.currency,
    customer: null,
    description: pi.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: failure?.code ?? null,
    failure_message: failure?.message ?? null,
    fraud_details: {},
    livemode: false,
    metadata: { ...pi.metadata },
    on_behalf_of: null,
    outcome: ok
      ? {
          advice_code: null,
          network_advice_code: null,
          network_decline_code: null,
          network_status: "approved_by_network",
          reason: null,
          risk_level: "normal",
          risk_score: 20,
          seller_message: "Payment complete.",
          type: "authorized",
        }
      : {
          advice_code: null,
          network_advice_code: null,
          network_decline_code: null,
          network_status: "declined_by_network",
          reason: failure?.decline_code ?? failure?.code ?? "generic_decline",
          risk_level: "normal",
          risk_score: 20,
          seller_message: "The bank did not return any further details with this decline.",
          type: "issuer_declined",
        },
    paid: status === "succeeded",
    payment_intent: pi.id,
    payment_method: paymentMethodId,
    payment_method_details: details,
    receipt_email: pi.receipt_email,
    receipt_number: null,
    receipt_url: ok ? `${emu.baseUrl}/receipts/${id}` : null,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status,
    transfer_data: null,
    transfer_group: null,
  };
}

/**
 * Book a successful charge: the connected account gets amount - Stripe fee -
 * application fee in pending funds; the platform gets the application fee
 * (emitting `application_fee.created` on the platform).
 */
export function settleCharge(emu: Emulator, owner: string, charge: Stripe.Charge): void {
  const stripeFee = processingFee(charge.amount);
  const appFee = charge.application_fee_amount ?? 0;
  const fees: Stripe.BalanceTransaction.FeeDetail[] = [
    { amount: stripeFee, application: null, currency: charge.currency, description: "Stripe processing fees", type: "stripe_fee" },
  ];
  let fee: Stripe.ApplicationFee | null = null;
  if (owner !== PLATFORM && appFee > 0) {
    fees.push({ amount: appFee, application: PLATFORM_APPLICATION_ID, currency: charge.currency, description: "Application fee", type: "application_fee" });
    const feeId = newId("fee");
    const feeTxn = addBalanceTransaction(emu, PLATFORM, {
      amount: appFee,
      currency: charge.currency,
      type: "application_fee",
      reporting_category: "platform_earning",
      source: feeId,
      description: `Application fee from ${owner}`,
    });
    fee = {
      id: feeId,
      object: "application_fee",
      account: owner,
      amount: appFee,
      amount_refunded: 0,
      application: PLATFORM_APPLICATION_ID,
      balance_transaction: feeTxn.id,
      charge: charge.id,
      created: emu.now(),
      currency: charge.currency,
      fee_source: { charge: charge.id, type: "charge" },
      livemode: false,
      originating_transaction: charge.id,
      refunded: false,
      refunds: { object: "list", data: [], has_more: false, url: `/v1/application_fees/${feeId}/refunds` },
    };
    emu.state.applicationFees[feeId] = fee;
    charge.application_fee = feeId;
    credit(emu, PLATFORM, charge.currency, "pending", appFee);
  }
  const txn = addBalanceTransaction(emu, owner, {
    amount: charge.amount,
    currency: charge.currency,
    type: charge.payment_method_details?.type === "card" ? "charge" : "payment",
    reporting_category: "charge",
    source: charge.id,
    description: charge.description,
    fee_details: fees,
  });
  charge.balance_transaction = txn.id;
  credit(emu, owner, charge.currency, "pending", txn.net);
  if (fee) emu.emit("application_fee.created", fee, { owner: PLATFORM });
}

export { PLATFORM_ACCOUNT_ID };
