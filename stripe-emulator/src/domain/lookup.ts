import type { Emulator } from "../emulator";
import { sessionWithLineItems } from "./sessions";

/** Find any stored object by id (used by `expand[]`; ownership is checked by the endpoint itself). */
export function findAnyObject(emu: Emulator, id: string): unknown {
  const s = emu.state;
  if (id.startsWith("acct_")) return s.accounts[id];
  if (id.startsWith("cs_")) {
    const rec = s.sessions[id];
    return rec ? sessionWithLineItems(rec, false) : undefined;
  }
  if (id.startsWith("pi_")) return s.paymentIntents[id]?.obj;
  if (id.startsWith("ch_") || id.startsWith("py_")) return s.charges[id]?.obj;
  if (id.startsWith("re_") || id.startsWith("pyr_")) return s.refunds[id]?.obj;
  if (id.startsWith("fee_")) return s.applicationFees[id];
  if (id.startsWith("txn_")) return s.balanceTransactions[id]?.obj;
  if (id.startsWith("po_")) return s.payouts[id]?.obj;
  if (id.startsWith("ctoken_")) return s.confirmationTokens[id]?.token;
  if (id.startsWith("du_") || id.startsWith("dp_")) return s.disputes?.[id]?.obj;
  if (id.startsWith("shr_")) return Object.values(s.sessions).flatMap((r) => r.shippingRates ?? []).find((r) => r.id === id);
  if (id.startsWith("cus_")) return s.customers[id]?.obj;
  if (id.startsWith("sub_")) return s.subscriptions[id]?.sub;
  if (id.startsWith("in_")) return s.invoices[id]?.obj;
  if (id.startsWith("evt_")) return s.events[id]?.event;
  return undefined;
}
