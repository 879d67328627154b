import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import { applyAccountState, diffTopLevel, type AccountState } from "./accounts";

export interface SubmittedDetails {
  email?: string;
  business_name?: string;
  url?: string;
  business_type?: string;
}

/**
 * Change an account's onboarding state and tell Connect endpoints about it
 * with `account.updated` (carrying `previous_attributes`), like Stripe does at
 * the end of hosted onboarding or when requirements change.
 */
export function transitionAccount(
  emu: Emulator,
  account: Stripe.Account,
  state: AccountState,
  o: { details?: SubmittedDetails; fields?: string[]; silent?: boolean } = {},
): Stripe.Account {
  const before = structuredClone(account);
  const d = o.details ?? {};
  if (d.email) account.email = d.email;
  if (d.business_type) account.business_type = d.business_type as Stripe.Account.BusinessType;
  if (account.business_profile) {
    if (d.business_name) account.business_profile.name = d.business_name;
    if (d.url) account.business_profile.url = d.url;
    if (!account.business_profile.mcc && state === "complete") account.business_profile.mcc = "5734";
  }
  if (d.business_name && account.settings && !account.settings.dashboard.display_name) {
    account.settings.dashboard.display_name = d.business_name;
  }
  applyAccountState(emu, account, state, o.fields);
  emu.store.changed();
  const prev = diffTopLevel(before, account);
  if (!o.silent && Object.keys(prev).length > 0) emu.emit("account.updated", account, { owner: account.id, previous: prev });
  return account;
}
