import type Stripe from "stripe";
import type { Emulator } from "../emulator";
import { currencyForCountry } from "./money";

export type OnboardingOutcome = "complete" | "incomplete" | "rejected";
export type AccountState = OnboardingOutcome | "not_started" | "restricted";

export const PLATFORM_ACCOUNT_ID = "acct_1EmulatorPlatform0";

/** What a fresh account must still provide, minus what the platform prefilled. */
function initialDue(a: Stripe.Account): string[] {
  const who = a.business_type === "company" ? "representative" : a.business_type === "individual" ? "individual" : "representative";
  const fields = [
    ...(a.business_profile?.mcc ? [] : ["business_profile.mcc"]),
    ...(a.business_profile?.url ? [] : ["business_profile.url"]),
    ...(a.business_type ? [] : ["business_type"]),
    "external_account",
    `${who}.address.city`,
    `${who}.address.line1`,
    `${who}.address.postal_code`,
    `${who}.dob.day`,
    `${who}.dob.month`,
    `${who}.dob.year`,
    `${who}.email`,
    `${who}.first_name`,
    `${who}.last_name`,
    `${who}.phone`,
    "tos_acceptance.date",
    "tos_acceptance.ip",
  ];
  if (a.business_type === "company") fields.push("company.name", "company.tax_id", "company.address.line1");
  return fields.sort();
}

function requirements(
  due: string[],
  disabled: Stripe.Account.Requirements.DisabledReason | null,
  deadline: number | null = null,
  pastDue: string[] = due,
): Stripe.Account.Requirements {
  return {
    alternatives: [],
    current_deadline: deadline,
    currently_due: [...due],
    disabled_reason: disabled,
    errors: [],
    eventually_due: [...due],
    past_due: [...pastDue],
    pending_verification: [],
  };
}

function emptyFuture(): Stripe.Account.FutureRequirements {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: [],
    disabled_reason: null,
    errors: [],
    eventually_due: [],
    past_due: [],
    pending_verification: [],
  };
}

export interface AccountInit {
  id: string;
  type: Stripe.Account.Type;
  controller: Stripe.Account.Controller;
  email: string | null;
  country: string;
  default_currency?: string;
  business_type: Stripe.Account.BusinessType | null;
  business_profile: { name?: string | null; url?: string | null; mcc?: string | null; product_description?: string | null; support_email?: string | null };
  display_name?: string | null;
  metadata: Record<string, string>;
}

export function buildAccount(emu: Emulator, init: AccountInit): Stripe.Account {
  const bp = init.business_profile;
  const account: Stripe.Account = {
    id: init.id,
    object: "account",
    business_profile: {
      annual_revenue: null,
      estimated_worker_count: null,
      mcc: bp.mcc ?? null,
      minority_owned_business_designation: null,
      name: bp.name ?? null,
      product_description: bp.product_description ?? null,
      specified_commercial_transactions_act_url: null,
      support_address: null,
      support_email: bp.support_email ?? null,
      support_phone: null,
      support_url: null,
      url: bp.url ?? null,
    },
    business_type: init.business_type,
    capabilities: { card_payments: "inactive", transfers: "inactive" },
    charges_enabled: false,
    controller: init.controller,
    country: init.country,
    created: emu.now(),
    default_currency: init.default_currency ?? currencyForCountry(init.country),
    details_submitted: false,
    email: init.email,
    external_accounts: { object: "list", data: [], has_more: false, url: `/v1/accounts/${init.id}/external_accounts` },
    future_requirements: emptyFuture(),
    metadata: init.metadata,
    payouts_enabled: false,
    requirements: requirements([], null),
    settings: {
      branding: { icon: null, logo: null, primary_color: null, secondary_color: null },
      card_payments: {
        decline_on: { avs_failure: false, cvc_failure: false },
        statement_descriptor_prefix: null,
        statement_descriptor_prefix_kana: null,
        statement_descriptor_prefix_kanji: null,
      },
      dashboard: { display_name: init.display_name ?? bp.name ?? null, timezone: "Etc/UTC" },
      payments: {
        statement_descriptor: null,
        statement_descriptor_kana: null,
        statement_descriptor_kanji: null,
        statement_descriptor_prefix_kana: null,
        statement_descriptor_prefix_kanji: null,
      },
      payouts: {
        debit_negative_balances: true,
        schedule: { delay_days: 7, interval: "daily" },
        statement_descriptor: null,
      },
    },
    tos_acceptance: { date: null, ip: null, user_agent: null },
    type: init.type,
  };
  account.requirements = requirements(initialDue(account), "requirements.past_due");
  return account;
}

/** Apply an onboarding outcome (hosted page or control API) to an account, in place. */
export function applyAccountState(emu: Emulator, a: Stripe.Account, state: AccountState, fields?: string[]): void {
  const now = emu.now();
  const who = a.business_type === "individual" ? "individual" : "representative";
  if (state !== "not_started") {
    a.details_submitted = true;
    a.tos_acceptance = { date: a.tos_acceptance?.date ?? now, ip: "127.0.0.1", user_agent: "stripe-emulator" };
    if (!a.business_type) a.business_type = "individual";
  }
  switch (state) {
    case "not_started":
      a.details_submitted = false;
      a.charges_enabled = false;
      a.payouts_enabled = false;
      a.capabilities = { card_payments: "inactive", transfers: "inactive" };
      a.tos_acceptance = { date: null, ip: null, user_agent: null };
      a.requirements = requirements(initialDue(a), "requirements.past_due");
      break;
    case "complete":
      a.charges_enabled = true;
      a.payouts_enabled = true;
      a.capabilities = { card_payments: "active", transfers: "active" };
      a.requirements = requirements([], null);
      a.future_requirements = emptyFuture();
      break;
    case "incomplete": {
      const due = fields ?? ["external_account", `${who}.verification.document`];
      a.charges_enabled = false;
      a.payouts_enabled = false;
      a.capabilities = { card_payments: "inactive", transfers: "inactive" };
      a.requirements = requirements(due, "requirements.past_due");
      break;
    }
    case "rejected":
      a.charges_enabled = false;
      a.payouts_enabled = false;
      a.capabilities = { card_payments: "inactive", transfers: "inactive" };
      a.requirements = requirements([], "rejected.other");
      break;
    case "restricted": {
      // An account that was live and now owes information past its deadline.
      const due = fields ?? [`${who}.verification.document`];
      a.details_submitted = true;
      a.charges_enabled = false;
      a.payouts_enabled = false;
      a.capabilities = { card_payments: "inactive", transfers: "inactive" };
      a.requirements = requirements(due, "requirements.past_due", now);
      break;
    }
  }
}

/** Top-level keys whose value changed, with their previous value (for `previous_attributes`). */
export function diffTopLevel(before: object, after: object): Record<string, unknown> {
  const prev: Record<string, unknown> = {};
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) prev[key] = b[key] ?? null;
  }
  return prev;
}

export function platformAccount(emu: Emulator): Stripe.Account {
  const a = buildAccount(emu, {
    id: PLATFORM_ACCOUNT_ID,
    type: "standard",
    controller: { type: "account" },
    email: "platform@example.com",
    country: "FR",
    business_type: "company",
    business_profile: { name: emu.opts.platformName, url: "https://example.com", mcc: "5734" },
    display_name: emu.opts.platformName,
    metadata: {},
  });
  a.created = 1700000000;
  applyAccountState(emu, a, "complete");
  return a;
}

/** Express dashboard access: legacy `type=express` or controller with the Express dashboard. */
export function usesExpressDashboard(a: Stripe.Account): boolean {
  return a.type === "express" || a.controller?.stripe_dashboard?.type === "express";
}

export function merchantName(a: Stripe.Account | undefined, fallback: string): string {
  return a?.settings?.dashboard?.display_name ?? a?.business_profile?.name ?? fallback;
}
