import type { IncomingMessage, ServerResponse } from "node:http";
import type { Emulator } from "../emulator";
import { readBody, sendHtml } from "../http/respond";
import { handleBrowser } from "../browser";
import { handleChallenge, handleCheckoutGet, handleCheckoutPost, handleEmbeddedComplete } from "./checkout";
import { pickLang, t } from "./i18n";
import { messagePage } from "./layout";
import { handleDashboard } from "./dashboard";
import { handleExpress, handleReceipt } from "./misc";
import { handleOnboarding } from "./onboarding";

/** Browser-facing routes: hosted onboarding, hosted checkout, 3-D Secure, Express dashboard, receipts. */
export async function handlePage(emu: Emulator, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const method = (req.method ?? "GET").toUpperCase();
  const form = method === "POST" ? new URLSearchParams(await readBody(req)) : null;
  const seg = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const [a, b, c, d] = seg;
  if (handleBrowser(emu, req, res, url, form)) return;
  if (a === "checkout" && b === "pay" && c && d === "complete" && seg.length === 4) return handleEmbeddedComplete(emu, res, c);
  if (a === "connect" && b === "onboarding" && c && seg.length === 3) return handleOnboarding(emu, req, res, url, c, form);
  if (a === "checkout" && b === "pay" && c && seg.length === 3) {
    return form ? handleCheckoutPost(emu, req, res, url, c, form) : handleCheckoutGet(emu, req, res, url, c);
  }
  if (a === "checkout" && b === "pay" && c && d === "authenticate" && seg.length === 4) return handleChallenge(emu, req, res, url, c, form);
  if (a === "express" && b && method === "GET") return handleExpress(emu, req, res, url, b);
  if (a === "receipts" && b && method === "GET") return handleReceipt(emu, req, res, url, b);
  if (a === "dashboard" && b && seg.length === 2 && method === "GET") return handleDashboard(emu, req, res, url, b);
  const lang = pickLang(req, url);
  if (seg.length === 0) {
    return sendHtml(res, 200, messagePage(lang, "Stripe emulator", "/", "Stripe emulator", lang === "fr"
      ? "L'émulateur Stripe fonctionne. L'API est servie sous /v1, l'API de contrôle sous /_emulator."
      : "The Stripe emulator is running. The API is served under /v1, the control API under /_emulator."));
  }
  sendHtml(res, 404, messagePage(lang, emu.opts.platformName, url.pathname, t(lang, "notFoundTitle"), url.pathname));
}
