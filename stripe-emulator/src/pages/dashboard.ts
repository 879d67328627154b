import type { IncomingMessage, ServerResponse } from "node:http";
import { merchantName } from "../domain/accounts";
import { formatAmount } from "../domain/money";
import type { Emulator } from "../emulator";
import { sendHtml } from "../http/respond";
import { esc, pickLang, t, type Lang } from "./i18n";
import { layout, messagePage } from "./layout";

const words = {
  fr: { title: "Tableau de bord Stripe (émulateur)", balance: "Solde", available: "Disponible", pending: "En attente", payments: "Paiements", payouts: "Virements", none: "Aucun pour le moment.", amount: "Montant", status: "Statut", date: "Date", arrival: "Arrivée" },
  en: { title: "Stripe dashboard (emulator)", balance: "Balance", available: "Available", pending: "Pending", payments: "Payments", payouts: "Payouts", none: "None yet.", amount: "Amount", status: "Status", date: "Date", arrival: "Arrival" },
} satisfies Record<Lang, Record<string, string>>;

const day = (seconds: number, lang: Lang) => new Date(seconds * 1000).toLocaleDateString(lang === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium" });

/** GET /dashboard/:account — what "Open my Stripe dashboard" shows offline: balance, payments, payouts. */
export function handleDashboard(emu: Emulator, req: IncomingMessage, res: ServerResponse, url: URL, accountId: string): void {
  const lang = pickLang(req, url);
  const w = words[lang];
  const account = emu.state.accounts[accountId];
  if (!account) return sendHtml(res, 404, messagePage(lang, emu.opts.platformName, url.pathname, t(lang, "notFoundTitle"), accountId));
  const balance = emu.state.balances[accountId] ?? { available: {}, pending: {} };
  const currencies = Object.keys({ ...balance.available, ...balance.pending });
  const charges = Object.values(emu.state.charges).filter((c) => c.owner === accountId).map((c) => c.obj).sort((a, b) => b.created - a.created).slice(0, 50);
  const payouts = Object.values(emu.state.payouts).filter((p) => p.owner === accountId).map((p) => p.obj).sort((a, b) => b.created - a.created).slice(0, 50);
  const table = (head: string[], rows: string[][]) =>
    rows.length === 0
      ? `<p class="muted">${w.none}</p>`
      : `<table class="items" style="width:100%;border-collapse:collapse"><thead><tr>${head.map((h) => `<th scope="col" style="text-align:left">${h}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td style="padding:6px 8px 6px 0;border-top:1px solid var(--border)">${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
  const body = `<section class="card"><h1>${w.title}</h1>
<p class="muted">${esc(merchantName(account, account.id))} · <code>${esc(account.id)}</code></p>
<h2>${w.balance}</h2>
${table([w.available, w.pending], currencies.map((c) => [formatAmount(balance.available[c] ?? 0, c, lang), formatAmount(balance.pending[c] ?? 0, c, lang)]))}
<h2 style="margin-top:24px">${w.payments}</h2>
${table([w.date, w.amount, w.status], charges.map((c) => [day(c.created, lang), formatAmount(c.amount, c.currency, lang), esc(c.refunded ? "refunded" : c.status)]))}
<h2 style="margin-top:24px">${w.payouts}</h2>
${table([w.arrival, w.amount, w.status], payouts.map((p) => [day(p.arrival_date, lang), formatAmount(p.amount, p.currency, lang), esc(p.status)]))}
</section>`;
  sendHtml(res, 200, layout({ lang, brand: emu.opts.platformName, path: url.pathname, title: w.title, body }));
}
