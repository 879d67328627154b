import type Stripe from "stripe";
import { buildAccount, type AccountState } from "../domain/accounts";
import { transitionAccount } from "../domain/onboarding";
import type { Emulator } from "../emulator";
import { invalidRequest } from "../http/errors";
import { mergeMetadata, type P } from "../http/params";

const STATES = ["complete", "incomplete", "not_started", "rejected", "restricted"] as const;

/**
 * Create or update an account with a fixed id (e.g. the app's seed data), then
 * put it in the requested state. Idempotent, and silent: no events are sent, so
 * seeding does not flood the app's webhooks.
 */
export function upsertFixtureAccount(emu: Emulator, id: string, p: P): Stripe.Account {
  if (!/^acct_[A-Za-z0-9_]+$/.test(id)) throw invalidRequest(`Invalid account id: ${id} (must start with acct_)`, "id");
  const state = (p.str("state", { oneOf: STATES }) ?? "complete") as AccountState;
  const type = (p.str("type", { oneOf: ["standard", "express", "custom"] }) ?? "express") as Stripe.Account.Type;
  const country = (p.str("country") ?? "FR").toUpperCase();
  const existing = emu.state.accounts[id];
  const account =
    existing ??
    buildAccount(emu, {
      id,
      type,
      controller: {
        fees: { payer: type === "standard" ? "account" : "application" },
        is_controller: true,
        losses: { payments: type === "standard" ? "stripe" : "application" },
        requirement_collection: type === "custom" ? "application" : "stripe",
        stripe_dashboard: { type: type === "standard" ? "full" : type === "express" ? "express" : "none" },
        type: "application",
      },
      email: null,
      country,
      business_type: null,
      business_profile: {},
      metadata: {},
    });
  account.type = type;
  account.country = country;
  if (p.has("email")) account.email = p.email("email") ?? null;
  if (p.has("default_currency")) account.default_currency = p.str("default_currency")!.toLowerCase();
  else if (!existing && p.has("country")) account.default_currency = buildAccount(emu, { ...minimal(id), country }).default_currency;
  if (p.has("business_type")) account.business_type = p.str("business_type") as Stripe.Account.BusinessType;
  // Flat (`business_name`, `url`, `mcc`) or Stripe-shaped (`business_profile[name|url|mcc]`).
  const bp = p.obj("business_profile");
  const name = p.str("business_name") ?? bp?.str("name");
  const url = p.str("url") ?? bp?.str("url");
  const mcc = p.str("mcc") ?? bp?.str("mcc");
  if (account.business_profile) {
    if (name) account.business_profile.name = name;
    if (url) account.business_profile.url = url;
    if (mcc) account.business_profile.mcc = mcc;
  }
  if (account.settings && (p.has("display_name") || name)) {
    account.settings.dashboard.display_name = p.str("display_name") ?? name ?? null;
  }
  account.metadata = mergeMetadata(account.metadata ?? {}, p.metadata());
  emu.state.accounts[id] = account;
  const fields = p.strList("fields");
  transitionAccount(emu, account, state, { silent: true, fields: fields && fields.length > 0 ? fields : undefined });
  // An explicit deadline (seconds) for what is due, e.g. "verify within 4 days".
  if (p.raw("current_deadline") !== undefined && account.requirements) {
    account.requirements.current_deadline = p.raw("current_deadline") === null ? null : (p.int("current_deadline") ?? null);
  }
  return account;
}

function minimal(id: string) {
  return {
    id,
    type: "express" as const,
    controller: { type: "application" as const },
    email: null,
    business_type: null,
    business_profile: {},
    metadata: {},
  };
}
