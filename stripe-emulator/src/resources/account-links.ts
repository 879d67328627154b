import type Stripe from "stripe";
import { usesExpressDashboard } from "../domain/accounts";
import { invalidRequest, missingParam } from "../http/errors";
import type { ApiContext, Router } from "../http/router";
import { randomToken } from "../ids";
import { getAccount } from "./accounts";

function create(ctx: ApiContext): Stripe.AccountLink {
  const { p, emu } = ctx;
  p.allowOnly(["account", "type", "refresh_url", "return_url", "collect", "collection_options", "expand"]);
  const accountId = p.str("account", { required: true })!;
  const type = p.str("type", { required: true, oneOf: ["account_onboarding", "account_update"] })!;
  const account = getAccount(emu, accountId, "account");
  if (!p.has("refresh_url")) throw missingParam("refresh_url");
  if (!p.has("return_url")) throw missingParam("return_url");
  const refresh = p.url("refresh_url")!;
  const ret = p.url("return_url")!;
  if (type === "account_update" && !usesExpressDashboard(account) && account.type !== "custom") {
    throw invalidRequest(
      "You cannot create `account_update` type Account Links for accounts that have access to the full Stripe Dashboard.",
      "type",
    );
  }
  const now = emu.now();
  const token = randomToken(32);
  emu.state.accountLinks[token] = {
    token,
    account: account.id,
    type,
    refresh_url: refresh,
    return_url: ret,
    created: now,
    expires_at: now + emu.opts.accountLinkTtlSeconds,
    visit_nonce: null,
    used: false,
  };
  emu.store.changed();
  return {
    object: "account_link",
    created: now,
    expires_at: now + emu.opts.accountLinkTtlSeconds,
    url: `${emu.baseUrl}/connect/onboarding/${token}`,
  };
}

export function registerAccountLinks(r: Router): void {
  r.post("/v1/account_links", create);
}
