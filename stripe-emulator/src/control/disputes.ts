import { closeDispute, openDispute, updateDispute } from "../domain/disputes";
import { noSuch } from "../http/errors";
import type { Router } from "../http/router";

/** Control API for disputes: what a cardholder and the card network do on Stripe's side. */
export function registerDisputeControl(r: Router): void {
  r.post("/_emulator/charges/:id/dispute", (ctx) =>
    openDispute(ctx.emu, ctx.pathParams.id ?? "", { reason: ctx.p.str("reason"), amount: ctx.p.int("amount", { min: 1 }) }),
  );
  const find = (emu: Parameters<typeof openDispute>[0], id: string) => {
    const rec = emu.state.disputes?.[id];
    if (!rec) throw noSuch("dispute", id);
    return rec.obj;
  };
  r.post("/_emulator/disputes/:id", (ctx) => updateDispute(ctx.emu, find(ctx.emu, ctx.pathParams.id ?? ""), ctx.p));
  r.post("/_emulator/disputes/:id/close", (ctx) => {
    const outcome = ctx.p.str("outcome", { required: true, oneOf: ["won", "lost"] }) as "won" | "lost";
    return closeDispute(ctx.emu, find(ctx.emu, ctx.pathParams.id ?? ""), outcome);
  });
}
