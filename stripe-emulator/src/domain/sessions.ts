import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import type { SessionRecord } from "../state";
import { settleAsyncPayment } from "./payments";

/** A session as the API returns it; `line_items` only when expanded. */
export function sessionWithLineItems(rec: SessionRecord, withLines: boolean): Stripe.Checkout.Session {
  if (!withLines) return rec.session;
  return {
    ...rec.session,
    line_items: {
      object: "list",
      data: rec.lineItems,
      has_more: false,
      url: `/v1/checkout/sessions/${rec.session.id}/line_items`,
    },
  };
}

export function expireSession(emu: Emulator, rec: SessionRecord): void {
  rec.session.status = "expired";
  rec.session.url = null;
  rec.challenge = null;
  emu.store.changed();
  emu.emit("checkout.session.expired", rec.session, { owner: rec.owner });
}

/** Clock-driven work: expire open sessions past `expires_at`, settle due SEPA payments. */
export function sessionTick(emu: Emulator): void {
  const now = emu.now();
  const nowMs = emu.clock.nowMs();
  for (const rec of Object.values(emu.state.sessions)) {
    if (rec.session.status === "open" && rec.session.expires_at <= now) expireSession(emu, rec);
    if (rec.pendingAsync && rec.pendingAsync.due_at_ms <= nowMs) settleAsyncPayment(emu, rec);
  }
}
