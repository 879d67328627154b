import { closeDispute, getDispute, updateDispute } from "../domain/disputes";
import type { Router } from "../http/router";
import { listOwned } from "./owned";

/** `/v1/disputes`: what the disputed charge's account sees (with direct charges, the connected account). */
export function registerDisputes(r: Router): void {
  r.get("/v1/disputes", (ctx) =>
    listOwned(ctx, (ctx.emu.state.disputes ??= {}), "/v1/disputes", "dispute", {
      charge: (d, v) => d.charge === v,
      payment_intent: (d, v) => d.payment_intent === v,
    }),
  );
  r.get("/v1/disputes/:id", (ctx) => ctx.expand(getDispute(ctx.emu, ctx.pathParams.id ?? "", ctx.owner)));
  r.post("/v1/disputes/:id", (ctx) => {
    ctx.p.allowOnly(["evidence", "metadata", "submit", "expand", "intended_submission_method"]);
    return ctx.expand(updateDispute(ctx.emu, getDispute(ctx.emu, ctx.pathParams.id ?? "", ctx.owner), ctx.p));
  });
  // Accepting a dispute closes it as lost.
  r.post("/v1/disputes/:id/close", (ctx) => ctx.expand(closeDispute(ctx.emu, getDispute(ctx.emu, ctx.pathParams.id ?? "", ctx.owner), "lost")));
}
