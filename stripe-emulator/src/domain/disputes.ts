import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import { invalidRequest, noSuch } from "../http/errors";
import type { P } from "../http/params";
import { newId } from "../ids";
import { addBalanceTransaction, debit, credit } from "./ledger";

/**
 * Disputes on direct charges: they belong to the charge's account, which receives the
 * `charge.dispute.*` events (Connect endpoints). Opening one withdraws the disputed amount plus
 * the emulated dispute fee from the account; winning gives the amount back (the fee stays).
 */

/** Emulated dispute fee, in minor units of the charge's currency. */
export const DISPUTE_FEE = 1500;
const REASONS = [
  "bank_cannot_process", "check_returned", "credit_not_processed", "customer_initiated", "debit_not_authorized", "duplicate",
  "fraudulent", "general", "incorrect_account_details", "insufficient_funds", "noncompliant", "product_not_received",
  "product_unacceptable", "subscription_canceled", "unrecognized",
];
const EVIDENCE_TEXT = [
  "access_activity_log", "billing_address", "cancellation_policy_disclosure", "cancellation_rebuttal", "customer_email_address",
  "customer_name", "customer_purchase_ip", "duplicate_charge_explanation", "duplicate_charge_id", "product_description",
  "refund_policy_disclosure", "refund_refusal_explanation", "service_date", "shipping_address", "shipping_carrier", "shipping_date",
  "shipping_tracking_number", "uncategorized_text",
] as const;

function emptyEvidence(): Stripe.Dispute.Evidence {
  const nulls = Object.fromEntries(EVIDENCE_TEXT.map((k) => [k, null]));
  return {
    ...(nulls as Record<(typeof EVIDENCE_TEXT)[number], null>),
    cancellation_policy: null, customer_communication: null, customer_signature: null, duplicate_charge_documentation: null,
    enhanced_evidence: {}, receipt: null, refund_policy: null, service_documentation: null, shipping_documentation: null,
    uncategorized_file: null,
  };
}

function disputes(emu: Emulator) {
  return (emu.state.disputes ??= {});
}

export function getDispute(emu: Emulator, id: string, owner: string, param = "id"): Stripe.Dispute {
  const rec = disputes(emu)[id];
  if (!rec || rec.owner !== owner) throw noSuch("dispute", id, param);
  return rec.obj;
}

function ownerOf(emu: Emulator, dispute: Stripe.Dispute): string {
  return disputes(emu)[dispute.id]!.owner;
}

/** Open a dispute on a succeeded charge (test card 4000 0000 0000 0259, or the control API). */
export function openDispute(emu: Emulator, chargeId: string, o: { reason?: string; amount?: number } = {}): Stripe.Dispute {
  const rec = emu.state.charges[chargeId];
  if (!rec) throw noSuch("charge", chargeId, "charge");
  const charge = rec.obj;
  if (charge.status !== "succeeded") throw invalidRequest(`Charge ${chargeId} has not succeeded; it cannot be disputed.`, "charge");
  if (charge.disputed) throw invalidRequest(`Charge ${chargeId} is already disputed.`, "charge");
  const reason = o.reason ?? "fraudulent";
  if (!REASONS.includes(reason)) throw invalidRequest(`Invalid reason: must be one of ${REASONS.join(", ")}`, "reason");
  const refundable = charge.amount - charge.amount_refunded;
  const amount = o.amount ?? refundable;
  if (amount < 1 || amount > refundable) throw invalidRequest(`amount must be between 1 and ${refundable}.`, "amount");
  const now = emu.now();
  const id = newId("du");
  const txn = addBalanceTransaction(emu, rec.owner, {
    amount: -amount,
    currency: charge.currency,
    type: "adjustment",
    reporting_category: "dispute",
    source: id,
    description: `Chargeback withdrawal for ${charge.id}`,
    fee_details: [{ amount: DISPUTE_FEE, application: null, currency: charge.currency, description: "Dispute fee", type: "stripe_fee" }],
  });
  debit(emu, rec.owner, charge.currency, amount + DISPUTE_FEE);
  const dispute: Stripe.Dispute = {
    id,
    object: "dispute",
    amount,
    balance_transactions: [txn],
    charge: charge.id,
    created: now,
    currency: charge.currency,
    enhanced_eligibility_types: [],
    evidence: emptyEvidence(),
    evidence_details: { due_by: now + 7 * 86400, enhanced_eligibility: {}, has_evidence: false, past_due: false, submission_count: 0, submission_method: "not_submitted" },
    intended_submission_method: null,
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    network_reason_code: reason === "fraudulent" ? "10.4" : null,
    payment_intent: typeof charge.payment_intent === "string" ? charge.payment_intent : (charge.payment_intent?.id ?? null),
    reason,
    status: "needs_response",
  };
  disputes(emu)[id] = { owner: rec.owner, obj: dispute };
  charge.disputed = true;
  emu.store.changed();
  emu.emit("charge.dispute.created", dispute, { owner: rec.owner });
  return dispute;
}

/** `POST /v1/disputes/{id}` (evidence, metadata, submit) and the control API's updates. */
export function updateDispute(emu: Emulator, dispute: Stripe.Dispute, p: P): Stripe.Dispute {
  if (["won", "lost", "warning_closed"].includes(dispute.status)) {
    throw invalidRequest(`This dispute is already closed (status ${dispute.status}).`);
  }
  const previous: Record<string, unknown> = {};
  const ev = p.obj("evidence");
  if (ev) {
    ev.allowOnly([...EVIDENCE_TEXT]);
    previous.evidence = structuredClone(dispute.evidence);
    for (const k of EVIDENCE_TEXT) {
      const v = ev.str(k, { max: 20000 });
      if (v !== undefined) dispute.evidence[k] = v;
    }
    dispute.evidence_details.has_evidence = true;
  }
  const meta = p.metadata();
  if (meta) {
    previous.metadata = { ...dispute.metadata };
    for (const [k, v] of Object.entries(meta)) {
      if (v === null) delete dispute.metadata[k];
      else dispute.metadata[k] = v;
    }
  }
  const status = p.str("status", { oneOf: ["needs_response", "under_review", "warning_needs_response", "warning_under_review"] });
  if (p.bool("submit") || status) {
    previous.status = dispute.status;
    if (p.bool("submit")) {
      previous.evidence_details = structuredClone(dispute.evidence_details);
      dispute.evidence_details.submission_count += 1;
      dispute.evidence_details.submission_method = "manual";
    }
    dispute.status = (status ?? "under_review") as Stripe.Dispute.Status;
  }
  emu.store.changed();
  emu.emit("charge.dispute.updated", dispute, { owner: ownerOf(emu, dispute), previous });
  return dispute;
}

/** Close a dispute: `won` gives the amount back, `lost` (or the seller accepting it) keeps it withdrawn. */
export function closeDispute(emu: Emulator, dispute: Stripe.Dispute, outcome: "won" | "lost"): Stripe.Dispute {
  if (["won", "lost", "warning_closed"].includes(dispute.status)) {
    throw invalidRequest(`This dispute is already closed (status ${dispute.status}).`);
  }
  const owner = ownerOf(emu, dispute);
  const previous = { status: dispute.status };
  if (outcome === "won") {
    const txn = addBalanceTransaction(emu, owner, {
      amount: dispute.amount,
      currency: dispute.currency,
      type: "adjustment",
      reporting_category: "dispute_reversal",
      source: dispute.id,
      description: `Chargeback reversal for ${typeof dispute.charge === "string" ? dispute.charge : dispute.charge.id}`,
    });
    credit(emu, owner, dispute.currency, "pending", dispute.amount);
    dispute.balance_transactions.push(txn);
  }
  dispute.status = outcome;
  emu.store.changed();
  emu.emit("charge.dispute.closed", dispute, { owner, previous });
  return dispute;
}
