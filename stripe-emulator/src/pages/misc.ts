import type { IncomingMessage, ServerResponse } from "node:http";
import { merchantName } from "../domain/accounts";
import { formatAmount } from "../domain/money";
import type { Emulator } from "../emulator";
import { sendHtml } from "../http/respond";
import { esc, pickLang, t } from "./i18n";
import { layout, messagePage } from "./layout";

/** Where Express login links lead: a stand-in for the Express dashboard. */
export function handleExpress(emu: Emulator, req: IncomingMessage, res: ServerResponse, url: URL, accountId: string): void {
  const lang = pickLang(req, url);
  const a = emu.state.accounts[accountId];
  if (!a) return sendHtml(res, 404, messagePage(lang, emu.opts.platformName, url.pathname, t(lang, "notFoundTitle"), accountId));
  const bal = emu.state.balances[accountId];
  const rows = bal
    ? Object.keys({ ...bal.available, ...bal.pending })
        .map((c) => `<dt>${c.toUpperCase()}</dt><dd>${formatAmount(bal.available[c] ?? 0, c, lang)} / ${formatAmount(bal.pending[c] ?? 0, c, lang)}</dd>`)
        .join("")
    : "";
  const body = `<section class="card"><h1>${t(lang, "expressTitle")}</h1>
<p class="muted">${esc(merchantName(a, a.id))} · <code>${esc(a.id)}</code></p>
<dl class="details"><dt>charges_enabled</dt><dd>${a.charges_enabled}</dd><dt>payouts_enabled</dt><dd>${a.payouts_enabled}</dd>${rows}</dl></section>`;
  sendHtml(res, 200, layout({ lang, brand: emu.opts.platformName, path: url.pathname, title: t(lang, "expressTitle"), body, narrow: true }));
}

/** `receipt_url` of charges. */
export function handleReceipt(emu: Emulator, req: IncomingMessage, res: ServerResponse, url: URL, chargeId: string): void {
  const lang = pickLang(req, url);
  const rec = emu.state.charges[chargeId];
  if (!rec) return sendHtml(res, 404, messagePage(lang, emu.opts.platformName, url.pathname, t(lang, "notFoundTitle"), chargeId));
  const c = rec.obj;
  const brand = merchantName(emu.state.accounts[rec.owner], emu.opts.platformName);
  sendHtml(res, 200, messagePage(lang, brand, url.pathname, `${t(lang, "receiptTitle")} · ${brand}`, `${formatAmount(c.amount, c.currency, lang)} · ${c.id}`));
}
