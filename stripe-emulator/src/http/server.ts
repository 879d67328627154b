import { createServer, type Server } from "node:http";
import { buildControlRouter, handleControl, type ControlHooks } from "../control";
import type { Emulator } from "../emulator";
import { handlePage } from "../pages";
import { buildApiRouter } from "../resources";
import { handleApi } from "./api";
import { sendJson } from "./respond";

/** One node:http server: `/v1` (Stripe API), `/_emulator` (control API), everything else = hosted pages. */
export function createEmulatorServer(emu: Emulator, hooks: ControlHooks): Server {
  const api = buildApiRouter();
  const control = buildControlRouter(hooks);
  return createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const run = async () => {
      if (path === "/health") return sendJson(res, 200, { ok: true });
      if (path.startsWith("/v1/")) return handleApi(emu, api, req, res);
      if (path.startsWith("/_emulator/")) return handleControl(emu, control, req, res);
      return handlePage(emu, req, res);
    };
    run().catch((e: unknown) => {
      console.error("[stripe-emulator] unhandled", e);
      if (!res.headersSent) sendJson(res, 500, { error: { type: "api_error", message: "Internal emulator error" } });
      else res.destroy();
    });
  });
}
