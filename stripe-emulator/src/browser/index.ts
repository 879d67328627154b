import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { completeChallenge, intentByClientSecret } from "../domain/intents";
import { formatAmount } from "../domain/money";
import { luhn, validIban } from "../domain/test-cards";
import { merchantName } from "../domain/accounts";
import type { Emulator } from "../emulator";
import { redirect, sendHtml } from "../http/respond";
import { esc, pickLang, t, type Lang } from "../pages/i18n";
import { layout, messagePage } from "../pages/layout";
import { PLATFORM } from "../state";
import { ELEMENT_MESSAGES } from "./element-messages";
import { fixturePage } from "./fixture";

/**
 * The browser half of the emulator under `/v3`: the Stripe.js stand-in, the Payment
 * Element iframe, the 3-D Secure challenge for PaymentIntents, the embedded Checkout
 * entry point and a bare fixture page for tests.
 */

const asset = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), "utf8");
let cache: { stripe: string; element: string } | null = null;
function assets(): { stripe: string; element: string } {
  cache ??= { stripe: asset("stripe.js"), element: asset("payment-element.js") };
  return cache;
}

function sendScript(res: ServerResponse, body: string): void {
  res.writeHead(200, {
    "Content-Type": "application/javascript; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-cache",
    "Access-Control-Allow-Origin": "*",
  });
  res.end(body);
}

const ELEMENT_CSS = `*{box-sizing:border-box}html{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1f36;line-height:1.4}
body{margin:0;padding:2px}label{display:block;font-weight:600;font-size:.9rem;margin:10px 0 4px}
input[type=text],input[type=email]{width:100%;padding:10px 12px;border:1px solid #d5d9e2;border-radius:8px;font-size:1rem;background:#fff;color:inherit}
input:focus-visible{outline:3px solid #635bff;outline-offset:1px;border-color:#635bff}input[aria-invalid=true]{border-color:#b42318}
.err{color:#b42318;font-size:.85rem;margin:4px 0 0;min-height:0}.err:empty{display:none}
.row{display:grid;grid-template-columns:1fr 1fr;gap:12px}.tabs{border:0;padding:0;margin:0 0 4px;display:flex;gap:8px;flex-wrap:wrap}
.tabs legend{font-weight:600;font-size:.9rem;margin-bottom:6px;padding:0}.tab{display:flex;gap:8px;align-items:center;margin:0;padding:10px 14px;border:1px solid #d5d9e2;border-radius:8px;cursor:pointer;font-weight:500}
.tab:has(input:checked){border-color:#635bff;box-shadow:0 0 0 1px #635bff}.small{font-size:.8rem;color:#5b6478}
.notice{font-size:.78rem;color:#2b3a67;background:#f1f5ff;border:1px solid #c9d4ff;border-radius:8px;padding:8px 10px;margin:12px 0 0}`;

function paymentElementPage(lang: Lang): string {
  const json = JSON.stringify(ELEMENT_MESSAGES).replace(/</g, "\\u003c");
  // The frame checks card numbers and IBANs with the server's own functions (one implementation).
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(ELEMENT_MESSAGES[lang].frameTitle)}</title><style>${ELEMENT_CSS}</style></head>
<body><form id="root" novalidate onsubmit="return false"></form>
<script type="application/json" id="messages">${json}</script>
<script>window.emulatorChecks = { luhn: ${luhn.toString()}, validIban: ${validIban.toString()} };</script>
<script>${assets().element}</script></body></html>`;
}

/** A page inside one of our iframes that tells the Stripe.js stand-in something happened. */
export function notifyParentPage(message: Record<string, unknown>): string {
  const json = JSON.stringify({ source: "stripe-emulator", ...message }).replace(/</g, "\\u003c");
  return `<!doctype html><html><head><meta charset="utf-8"><title>…</title></head><body><script>window.parent.postMessage(${json}, "*");</script></body></html>`;
}

function challenge(emu: Emulator, req: IncomingMessage, res: ServerResponse, url: URL, piId: string, form: URLSearchParams | null): void {
  const lang = pickLang(req, url, null, form?.get("lang") ?? undefined);
  const secret = form?.get("client_secret") ?? url.searchParams.get("client_secret") ?? "";
  const inFrame = (form?.get("frame") ?? url.searchParams.get("frame")) === "1";
  let found;
  try {
    found = intentByClientSecret(emu, secret);
  } catch {
    return sendHtml(res, 404, messagePage(lang, emu.opts.platformName, url.pathname, t(lang, "notFoundTitle"), url.pathname));
  }
  const { pi, owner } = found;
  if (pi.id !== piId) return sendHtml(res, 404, messagePage(lang, emu.opts.platformName, url.pathname, t(lang, "notFoundTitle"), url.pathname));
  const merchant = owner === PLATFORM ? emu.opts.platformName : merchantName(emu.state.accounts[owner], owner);
  if (form) {
    const result = form.get("result");
    if (result === "pass" || result === "fail") completeChallenge(emu, pi, owner, result === "pass");
    if (inFrame) return sendHtml(res, 200, notifyParentPage({ type: "challenge-complete" }));
    const back = emu.state.intents[pi.id]?.returnUrl;
    if (!back) return sendHtml(res, 200, messagePage(lang, merchant, url.pathname, t(lang, "threeDsTitle"), pi.status));
    const target = new URL(back);
    target.searchParams.set("payment_intent", pi.id);
    target.searchParams.set("payment_intent_client_secret", secret);
    target.searchParams.set("redirect_status", pi.status === "succeeded" || pi.status === "requires_confirmation" ? "succeeded" : "failed");
    return redirect(res, 303, target.toString());
  }
  const hidden = `<input type="hidden" name="lang" value="${lang}"><input type="hidden" name="client_secret" value="${esc(secret)}"><input type="hidden" name="frame" value="${inFrame ? "1" : "0"}">`;
  const body = `<section class="card"><h1>${t(lang, "threeDsTitle")}</h1>
<p class="muted">${esc(t(lang, "threeDsText", { name: merchant, amount: formatAmount(pi.amount, pi.currency, lang), last4: emu.state.intents[pi.id]?.method?.type === "card" ? (emu.state.intents[pi.id]?.method as { number: string }).number.slice(-4) : "" }))}</p>
<form method="post" action="${esc(url.pathname)}" class="stack">${hidden}
<button type="submit" name="result" value="pass" class="primary">${t(lang, "threeDsPass")}</button>
<button type="submit" name="result" value="fail" class="danger">${t(lang, "threeDsFail")}</button>
</form></section>`;
  // The FR/EN switch must keep the client secret (and the modal flag) of this challenge.
  const path = `${url.pathname}?client_secret=${encodeURIComponent(secret)}${inFrame ? "&frame=1" : ""}`;
  sendHtml(res, 200, layout({ lang, brand: merchant, path, title: t(lang, "threeDsTitle"), body, narrow: true }));
}

/** Embedded Checkout's iframe: the client secret opens the session's form. */
function embeddedCheckout(emu: Emulator, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const secret = url.searchParams.get("client_secret") ?? "";
  const id = secret.split("_secret_")[0] ?? "";
  const rec = emu.state.sessions[id];
  const lang = pickLang(req, url, rec?.session.locale);
  if (!rec || rec.session.client_secret !== secret) {
    return sendHtml(res, 404, messagePage(lang, emu.opts.platformName, url.pathname, t(lang, "notFoundTitle"), t(lang, "notFoundText")));
  }
  redirect(res, 303, `/checkout/pay/${rec.session.id}?lang=${lang}`);
}

/** `@stripe/stripe-js`'s own ESM build, for the fixture page (the real loader, unchanged). */
function stripeJsModule(): string {
  const require = createRequire(import.meta.url);
  // The package's main is lib/index.js, which re-exports ../dist/index.mjs: serve the latter.
  return readFileSync(join(dirname(require.resolve("@stripe/stripe-js")), "..", "dist", "index.mjs"), "utf8");
}

export function handleBrowser(emu: Emulator, req: IncomingMessage, res: ServerResponse, url: URL, form: URLSearchParams | null): boolean {
  const seg = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (seg[0] !== "v3") return false;
  const rest = seg.slice(1).join("/");
  if (rest === "" || rest === "stripe.js") sendScript(res, assets().stripe);
  else if (rest === "elements/payment") sendHtml(res, 200, paymentElementPage(pickLang(req, url)));
  else if (seg[1] === "authenticate" && seg[2] && seg.length === 3) challenge(emu, req, res, url, seg[2] ?? "", form);
  else if (rest === "embedded-checkout") embeddedCheckout(emu, req, res, url);
  else if (rest === "fixture") sendHtml(res, 200, fixturePage(emu.baseUrl));
  else if (rest === "fixture/stripe-js.mjs") sendScript(res, stripeJsModule());
  else return false;
  return true;
}
