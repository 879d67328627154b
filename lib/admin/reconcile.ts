import type Stripe from "stripe";
import type { OrderStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { fulfilPaymentIntent } from "@/lib/checkout/payment-intent-outcome";
import { fulfilCheckout } from "@/lib/orders/fulfil-checkout";
import { syncOrderRefunds } from "@/lib/orders/refunds";
import { PAID_STATUSES } from "@/lib/orders/transitions";
import { getStripe } from "@/lib/stripe";
import { applicationFeeChanged } from "@/lib/webhooks/handlers/application-fee";
import { sweepOverdueCheckouts } from "@/lib/checkout/sweep";

export type ReconcileChange = {
  kind: "payment" | "refund" | "fee" | "checkout";
  orderId: string | null;
  sessionId: string | null;
  account: string;
  from: OrderStatus | string | null;
  to: OrderStatus | string;
  detail?: string;
};

export type ReconcileResult = {
  changes: ReconcileChange[];
  /** Checkout Sessions read from Stripe. */
  checked: number;
  /** Accounts (or the platform's fees) that could not be read; the others were still reconciled. */
  failures: { account: string; error: string }[];
};

export type ReconcileOptions = {
  /** Sessions created from this moment on are compared. */
  since: Date;
  /** Where the report goes, a line at a time (process.stdout.write, or nothing). */
  out?: (line: string) => void;
  /** Also compare refunded amounts of paid orders with Stripe's (one more call per paid session). */
  refunds?: boolean;
  /** Also bring the fee ledger up to date with the platform's application fees. */
  fees?: boolean;
};

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "48h", "90m", "7d" -> milliseconds; null when unreadable. */
export function parseDuration(text: string): number | null {
  const match = /^(\d{1,5})([mhd])$/.exec(text.trim());
  if (!match) return null;
  const ms = Number(match[1]) * UNITS[match[2]!]!;
  return ms > 0 ? ms : null;
}

/** Orders that a session's outcome may still move (forward only, as fulfilment enforces). */
const MOVABLE: readonly OrderStatus[] = ["PENDING", "PROCESSING"];

/**
 * Repairs what missed webhooks left behind: for each connected account, the recent Checkout
 * Sessions are read from Stripe, and an order whose state disagrees with its session goes through
 * the same fulfilment as the webhook (idempotent and forward-only, so running this twice, or while
 * webhooks arrive, changes nothing twice). Prints and returns what changed.
 */
export async function reconcile(options: ReconcileOptions): Promise<ReconcileResult> {
  const print = options.out ?? (() => {});
  const result: ReconcileResult = { changes: [], checked: 0, failures: [] };
  const record = (change: ReconcileChange) => {
    result.changes.push(change);
    print(describe(change));
  };

  const accounts = await db.connectedAccount.findMany({ select: { stripeAccountId: true }, orderBy: { createdAt: "asc" } });
  for (const { stripeAccountId: account } of accounts) {
    try {
      result.checked += await reconcileAccount(account, options, record);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error("reconciliation of an account failed", { account, error });
      result.failures.push({ account, error: message });
      print(`! ${account}: ${message}`);
    }
  }
  if (options.fees !== false) {
    try {
      await reconcileFees(options.since, record);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error("reconciliation of application fees failed", { error });
      result.failures.push({ account: "platform", error: message });
      print(`! application fees: ${message}`);
    }
  }
  // Pending orders Stripe's session list cannot show (no session saved, or past their deadline).
  try {
    const swept = await sweepOverdueCheckouts();
    for (const orderId of swept.closed) record({ kind: "checkout", orderId, sessionId: null, account: "-", from: "PENDING", to: "CANCELED", detail: "overdue attempt closed, stock released" });
    for (const failure of swept.failed) {
      result.failures.push({ account: `order ${failure.orderId}`, error: failure.error });
      print(`! order ${failure.orderId}: ${failure.error}`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result.failures.push({ account: "checkout sweep", error: message });
    print(`! checkout sweep: ${message}`);
  }
  const scope = `${result.checked} Checkout Sessions of ${accounts.length} accounts checked`;
  const failed = result.failures.length > 0 ? `, ${result.failures.length} could not be read` : "";
  print(result.changes.length === 0 ? `Nothing to repair (${scope}${failed}).` : `${result.changes.length} change(s) (${scope}${failed}).`);
  return result;
}

async function reconcileAccount(account: string, options: ReconcileOptions, record: (change: ReconcileChange) => void): Promise<number> {
  const stripe = getStripe();
  const created = { gte: Math.floor(options.since.getTime() / 1000) };
  let checked = 0;
  for await (const session of stripe.checkout.sessions.list({ created, limit: 100 }, { stripeAccount: account })) {
    checked += 1;
    if (session.status === "open") continue;
    const orderId = session.metadata?.order_id ?? session.client_reference_id;
    const order = await db.order.findFirst({
      where: { OR: [{ checkoutSessionId: session.id }, ...(orderId ? [{ id: orderId }] : [])], shop: { stripeAccount: { stripeAccountId: account } } },
      select: { id: true, status: true, amountRefunded: true, paymentIntentId: true },
    });
    if (!order) continue;

    let status = order.status;
    if (MOVABLE.includes(order.status)) {
      const outcome = await fulfilCheckout(session.id, account, { reconcile: true });
      if (outcome?.changed) {
        record({ kind: "payment", orderId: order.id, sessionId: session.id, account, from: order.status, to: outcome.status });
        status = outcome.status;
      }
    }
    if (options.refunds !== false && PAID_STATUSES.includes(status)) {
      await reconcileRefunds(session, account, order, status, record);
    }
  }
  return checked + (await reconcilePaymentIntents(account, created, record));
}

/** Payment Element orders have no session: their account's recent PaymentIntents are walked instead. */
async function reconcilePaymentIntents(account: string, created: { gte: number }, record: (change: ReconcileChange) => void): Promise<number> {
  let checked = 0;
  for await (const intent of getStripe().paymentIntents.list({ created, limit: 100 }, { stripeAccount: account })) {
    const orderId = intent.metadata?.order_id;
    if (!orderId || !["succeeded", "processing", "requires_payment_method"].includes(intent.status)) continue;
    const order = await db.order.findFirst({ where: { id: orderId, paymentExperience: "payment_element" }, select: { id: true, status: true } });
    if (!order || !MOVABLE.includes(order.status)) continue;
    checked += 1;
    const outcome = await fulfilPaymentIntent(intent.id, account, { reconcile: true });
    if (outcome?.changed) record({ kind: "payment", orderId: order.id, sessionId: intent.id, account, from: order.status, to: outcome.status });
  }
  return checked;
}

/** A refund made from Stripe's dashboard whose charge.refunded never arrived. */
async function reconcileRefunds(
  session: Stripe.Checkout.Session,
  account: string,
  order: { id: string; amountRefunded: number; paymentIntentId: string | null },
  status: OrderStatus,
  record: (change: ReconcileChange) => void,
) {
  const paymentIntentId = order.paymentIntentId ?? (typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id);
  if (!paymentIntentId) return;
  const intent = await getStripe().paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge"] }, { stripeAccount: account });
  const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null;
  if (!charge || charge.amount_refunded === order.amountRefunded) return;
  await syncOrderRefunds(paymentIntentId, account);
  const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true, amountRefunded: true } });
  if (after.amountRefunded === order.amountRefunded && after.status === status) return;
  record({
    kind: "refund",
    orderId: order.id,
    sessionId: session.id,
    account,
    from: status,
    to: after.status,
    detail: `refunded ${order.amountRefunded} -> ${after.amountRefunded}`,
  });
}

/** Fees Stripe holds that the ledger lacks or has with another refunded amount (a missed application_fee.* event). */
async function reconcileFees(since: Date, record: (change: ReconcileChange) => void) {
  const created = { gte: Math.floor(since.getTime() / 1000) };
  for await (const fee of getStripe().applicationFees.list({ created, limit: 100 })) {
    const known = await db.applicationFeeRecord.findUnique({ where: { stripeFeeId: fee.id }, select: { amountRefunded: true } });
    if (known && known.amountRefunded === fee.amount_refunded) continue;
    // The same handler as the webhook, fed a stand-in event: it re-reads the fee anyway.
    const event = { id: `reconcile_${fee.id}`, type: "application_fee.created", data: { object: fee } } as unknown as Stripe.Event;
    const apply = await applicationFeeChanged(event);
    await db.$transaction(apply);
    const row = await db.applicationFeeRecord.findUniqueOrThrow({ where: { stripeFeeId: fee.id }, select: { orderId: true, amountRefunded: true } });
    record({
      kind: "fee",
      orderId: row.orderId,
      sessionId: null,
      account: typeof fee.account === "string" ? fee.account : fee.account.id,
      from: known ? `fee refunded ${known.amountRefunded}` : null,
      to: `fee ${fee.id} refunded ${row.amountRefunded}`,
    });
  }
}

/** One line of the report. */
export function describe(change: ReconcileChange): string {
  const what = change.orderId ? `order ${change.orderId}` : "unmatched";
  const where = change.sessionId ? ` (session ${change.sessionId}, ${change.account})` : ` (${change.account})`;
  const move = `${change.from ?? "missing"} -> ${change.to}`;
  return `${change.kind.padEnd(7)} ${what}${where}: ${move}${change.detail ? `, ${change.detail}` : ""}`;
}
