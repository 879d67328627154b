import { noSuch } from "../http/errors";
import { filterByRange, newestFirst, paginate } from "../http/list";
import type { ApiContext, Router } from "../http/router";
import { PLATFORM } from "../state";

/** Application fees live on the platform: with a Stripe-Account header there are none. */
function get(ctx: ApiContext) {
  const id = ctx.pathParams.id ?? "";
  const fee = ctx.owner === PLATFORM ? ctx.emu.state.applicationFees[id] : undefined;
  if (!fee) throw noSuch("application_fee", id);
  return fee;
}

export function registerApplicationFees(r: Router): void {
  r.get("/v1/application_fees", (ctx) => {
    let fees = ctx.owner === PLATFORM ? newestFirst(ctx.emu.state.applicationFees) : [];
    const charge = ctx.p.str("charge");
    if (charge) fees = fees.filter((f) => f.charge === charge);
    fees = filterByRange(fees, ctx.p, "created", (f) => f.created);
    return ctx.expand(paginate(fees, ctx.p, "/v1/application_fees", "application_fee", ["charge"]));
  });
  r.get("/v1/application_fees/:id", (ctx) => ctx.expand(get(ctx)));
  r.get("/v1/application_fees/:id/refunds", (ctx) => {
    const fee = get(ctx);
    return ctx.expand(paginate(fee.refunds.data, ctx.p, `/v1/application_fees/${fee.id}/refunds`, "fee_refund"));
  });
}
