import type Stripe from "stripe";
import { buildAccount, diffTopLevel, platformAccount, usesExpressDashboard, type AccountInit } from "../domain/accounts";
import type { Emulator } from "../emulator";
import { invalidRequest, noSuch } from "../http/errors";
import { filterByRange, newestFirst, paginate } from "../http/list";
import { mergeMetadata, type P } from "../http/params";
import type { ApiContext, Router } from "../http/router";
import { newId, randomToken } from "../ids";
import { PLATFORM } from "../state";

const TYPES = ["standard", "express", "custom"] as const;

/** Legacy `type` from `controller` properties, following Stripe's mapping of the three classic configurations. */
function typeFromController(c: Stripe.Account.Controller): Stripe.Account.Type {
  const dash = c.stripe_dashboard?.type;
  if (dash === "full") return "standard";
  if (dash === "express") return "express";
  if (dash === "none" && c.requirement_collection === "application") return "custom";
  return "none";
}

function controllerFromParams(p: P | undefined, type: string | undefined): Stripe.Account.Controller {
  if (p) {
    const dash = p.obj("stripe_dashboard")?.str("type", { oneOf: ["express", "full", "none"] });
    const payer = p.obj("fees")?.str("payer", { oneOf: ["account", "application"] });
    const losses = p.obj("losses")?.str("payments", { oneOf: ["application", "stripe"] });
    const rc = p.str("requirement_collection", { oneOf: ["application", "stripe"] });
    return {
      fees: { payer: (payer ?? (dash === "full" || !dash ? "account" : "application")) as Stripe.Account.Controller.Fees.Payer },
      is_controller: true,
      losses: { payments: (losses ?? (dash === "full" || !dash ? "stripe" : "application")) as Stripe.Account.Controller.Losses.Payments },
      requirement_collection: rc ?? "stripe",
      stripe_dashboard: { type: dash ?? "full" },
      type: "application",
    };
  }
  const dash = type === "express" ? "express" : type === "custom" ? "none" : "full";
  return {
    fees: { payer: type === "standard" || !type ? "account" : type === "express" ? "application_express" : "application_custom" },
    is_controller: true,
    losses: { payments: type === "standard" || !type ? "stripe" : "application" },
    requirement_collection: type === "custom" ? "application" : "stripe",
    stripe_dashboard: { type: dash },
    type: "application",
  };
}

function readProfile(p: P): AccountInit["business_profile"] {
  const bp = p.obj("business_profile");
  return {
    name: bp?.str("name", { max: 200 }),
    url: bp?.str("url", { max: 5000 }),
    mcc: bp?.str("mcc"),
    product_description: bp?.str("product_description"),
    support_email: bp?.email("support_email"),
  };
}

export function getAccount(emu: Emulator, id: string, param = "id"): Stripe.Account {
  const a = emu.state.accounts[id];
  if (!a) throw noSuch("account", id, param);
  return a;
}

function create(ctx: ApiContext): Stripe.Account {
  const { p, emu } = ctx;
  if (ctx.owner !== PLATFORM) throw invalidRequest("Connected accounts cannot create other accounts (remove the Stripe-Account header).");
  const type = p.str("type", { oneOf: TYPES });
  const ctrlP = p.obj("controller");
  if (type && ctrlP) throw invalidRequest("You cannot specify both `type` and `controller`.", "controller");
  const controller = controllerFromParams(ctrlP, type);
  const country = (p.str("country") ?? "FR").toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw invalidRequest(`Invalid country: ${country}`, "country");
  const dashboardName = p.obj("settings")?.obj("dashboard")?.str("display_name");
  const account = buildAccount(emu, {
    id: newId("acct"),
    type: type ?? typeFromController(controller),
    controller,
    email: p.email("email") ?? null,
    country,
    default_currency: p.str("default_currency")?.toLowerCase(),
    business_type: (p.str("business_type", { oneOf: ["individual", "company", "non_profit", "government_entity"] }) ??
      null) as Stripe.Account.BusinessType | null,
    business_profile: readProfile(p),
    display_name: dashboardName,
    metadata: mergeMetadata({}, p.metadata()),
  });
  emu.state.accounts[account.id] = account;
  emu.store.changed();
  return ctx.expand(account);
}

function update(ctx: ApiContext): Stripe.Account {
  const { p, emu } = ctx;
  const a = getAccount(emu, ctx.pathParams.id ?? "");
  const before = structuredClone(a);
  if (p.has("email")) a.email = p.email("email") ?? null;
  if (p.has("business_type")) a.business_type = p.str("business_type") as Stripe.Account.BusinessType;
  if (p.has("default_currency")) a.default_currency = p.str("default_currency")?.toLowerCase();
  const bp = p.obj("business_profile");
  if (bp && a.business_profile) {
    const prof = readProfile(p);
    for (const k of ["name", "url", "mcc", "product_description", "support_email"] as const) {
      if (bp.has(k)) a.business_profile[k] = prof[k] ?? null;
    }
  }
  const dn = p.obj("settings")?.obj("dashboard");
  if (dn?.has("display_name") && a.settings) a.settings.dashboard.display_name = dn.str("display_name") ?? null;
  a.metadata = mergeMetadata(a.metadata ?? {}, p.metadata());
  // Prefilled fields are no longer due.
  if (a.requirements && !a.details_submitted) {
    const filled = new Set<string>();
    if (a.business_type) filled.add("business_type");
    if (a.business_profile?.url) filled.add("business_profile.url");
    if (a.business_profile?.mcc) filled.add("business_profile.mcc");
    for (const k of ["currently_due", "eventually_due", "past_due"] as const) {
      a.requirements[k] = (a.requirements[k] ?? []).filter((f) => !filled.has(f));
    }
  }
  const prev = diffTopLevel(before, a);
  emu.store.changed();
  if (Object.keys(prev).length) emu.emit("account.updated", a, { owner: a.id, previous: prev });
  return ctx.expand(a);
}

export function registerAccounts(r: Router): void {
  r.post("/v1/accounts", create);
  r.get("/v1/accounts", (ctx) => {
    const items = filterByRange(newestFirst(ctx.emu.state.accounts), ctx.p, "created", (a) => a.created);
    return ctx.expand(paginate(items, ctx.p, "/v1/accounts", "account"));
  });
  r.get("/v1/accounts/:id", (ctx) => ctx.expand(getAccount(ctx.emu, ctx.pathParams.id ?? "")));
  r.get("/v1/account", (ctx) =>
    ctx.expand(ctx.owner === PLATFORM ? platformAccount(ctx.emu) : getAccount(ctx.emu, ctx.owner)),
  );
  r.post("/v1/accounts/:id", update);
  r.delete("/v1/accounts/:id", (ctx) => {
    const a = getAccount(ctx.emu, ctx.pathParams.id ?? "");
    delete ctx.emu.state.accounts[a.id];
    ctx.emu.store.changed();
    return { id: a.id, object: "account", deleted: true } satisfies Stripe.DeletedAccount;
  });
  r.post("/v1/accounts/:id/login_links", (ctx) => {
    const a = getAccount(ctx.emu, ctx.pathParams.id ?? "", "account");
    if (!usesExpressDashboard(a)) {
      throw invalidRequest(
        "Cannot create a login link for an account that does not use the Express Dashboard. Login links are only available for Express accounts.",
        "account",
      );
    }
    if (!a.details_submitted) {
      throw invalidRequest("Cannot create a login link for an account that has not completed onboarding.", "account");
    }
    const link: Stripe.LoginLink = {
      object: "login_link",
      created: ctx.emu.now(),
      url: `${ctx.emu.baseUrl}/express/${a.id}/${randomToken(16)}`,
    };
    return link;
  });
}
