import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { writeAbortReasonStacks } from "@/lib/runtime/abort-reasons";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Something a stack frame points at (its receiver), as React's completed render pointed at an Immediate. */
class Render {
  state = new Array(10_000).fill("request state");
  complete(controller: AbortController) {
    controller.abort(new Error("This render completed successfully."));
  }
}

/** Aborts a controller from a method of a new Render; only the controller's reason could still reach it. */
function abortFromRender(): { controller: AbortController; render: WeakRef<Render> } {
  const controller = new AbortController();
  const render = new Render();
  render.complete(controller);
  return { controller, render: new WeakRef(render) };
}

async function collected(render: WeakRef<Render>): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  return render.deref() === undefined;
}

describe("abort reasons (writeAbortReasonStacks)", () => {
  it("stop holding what their stack's frames held, keeping their stack as text", async () => {
    // Without it, V8 keeps the unwritten stack's frames, and with them the receiver.
    const before = abortFromRender();
    expect(await collected(before.render)).toBe(false);

    writeAbortReasonStacks();
    const after = abortFromRender();
    expect(await collected(after.render)).toBe(true);
    const reason = after.controller.signal.reason as Error;
    expect(reason.message).toBe("This render completed successfully.");
    expect(reason.stack).toContain("complete");
    expect(after.controller.signal.aborted).toBe(true);
  });

  it("leave other reasons as they are, and install once", () => {
    writeAbortReasonStacks();
    const abort = AbortController.prototype.abort;
    writeAbortReasonStacks();
    expect(AbortController.prototype.abort).toBe(abort);
    const controller = new AbortController();
    controller.abort("timeout");
    expect(controller.signal.reason).toBe("timeout");
  });
});
