import { esc, t, type Lang } from "./i18n";

const CSS = `
*{box-sizing:border-box}
:root{--accent:#635bff;--accent-dark:#4b44d6;--text:#1a1f36;--muted:#5b6478;--border:#d5d9e2;--bg:#f6f8fb;--danger:#b42318;--danger-bg:#fef3f2}
html{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--text);background:var(--bg);line-height:1.5}
body{margin:0}
a{color:var(--accent-dark)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.topbar{display:flex;justify-content:space-between;align-items:center;padding:14px 24px;background:#fff;border-bottom:1px solid var(--border)}
.brand{font-weight:700;font-size:1.05rem;display:flex;gap:10px;align-items:center}
.logo{width:28px;height:28px;border-radius:8px;background:var(--accent);color:#fff;display:inline-flex;align-items:center;justify-content:center;font-weight:700}
.badge{font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;background:#fff4e5;color:#8a4b00;border:1px solid #f5c98b;border-radius:999px;padding:2px 10px}
.lang{display:flex;gap:4px;align-items:center;font-size:.85rem}
.lang a,.lang span{padding:4px 8px;border-radius:6px;text-decoration:none}
.lang a{color:var(--muted)} .lang a:hover{background:var(--bg)}
.lang [aria-current]{background:var(--text);color:#fff;font-weight:600}
main{max-width:1040px;margin:32px auto;padding:0 20px}
main.narrow{max-width:580px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:40px;align-items:start}
@media (max-width:820px){.grid{grid-template-columns:1fr}}
.card{background:#fff;border:1px solid var(--border);border-radius:12px;padding:28px;box-shadow:0 1px 3px rgba(16,24,40,.06)}
h1{font-size:1.45rem;margin:0 0 6px} h2{font-size:1.05rem;margin:0 0 12px}
.muted{color:var(--muted)} .small{font-size:.85rem}
.amount{font-size:2.1rem;font-weight:700;margin:4px 0 20px;font-variant-numeric:tabular-nums}
.items{list-style:none;margin:0;padding:0}
.items li{display:flex;gap:14px;padding:12px 0;border-top:1px solid var(--border)}
.thumb{flex:none;width:44px;height:44px;border-radius:8px;background:#eef0ff;color:var(--accent-dark);display:flex;align-items:center;justify-content:center;font-weight:700}
.items .grow{flex:1} .items .price{font-weight:600;font-variant-numeric:tabular-nums;white-space:nowrap}
.totalrow{display:flex;justify-content:space-between;font-weight:700;border-top:1px solid var(--border);padding-top:12px;margin-top:4px}
label{display:block;font-weight:600;font-size:.9rem;margin:14px 0 6px}
input[type=text],input[type=email],input[type=url]{width:100%;padding:11px 12px;border:1px solid var(--border);border-radius:8px;font-size:1rem;background:#fff;color:var(--text)}
input:focus-visible{border-color:var(--accent)}
input[readonly]{background:var(--bg)}
.row{display:grid;grid-template-columns:1fr 1fr;gap:12px}
fieldset{border:0;padding:0;margin:18px 0 0} legend{font-weight:600;font-size:.9rem;padding:0;margin-bottom:6px}
.methods{display:flex;gap:10px;flex-wrap:wrap}
.methods label{display:flex;align-items:center;gap:8px;margin:0;padding:10px 14px;border:1px solid var(--border);border-radius:8px;cursor:pointer;font-weight:500}
.methods label:has(input:checked){border-color:var(--accent);box-shadow:0 0 0 1px var(--accent)}
form:has(#pm-card:checked) .pm-sepa{display:none}
form:has(#pm-sepa:checked) .pm-card{display:none}
button{font:inherit;cursor:pointer;border-radius:8px;padding:12px 18px;border:1px solid transparent;font-weight:600}
.primary{width:100%;margin-top:22px;background:var(--accent);color:#fff;font-size:1.05rem}
.primary:hover{background:var(--accent-dark)}
.secondary{background:#fff;border-color:var(--border);color:var(--text)}
.secondary:hover{background:var(--bg)}
.danger{background:#fff;border-color:#f3b8b3;color:var(--danger)}
.danger:hover{background:var(--danger-bg)}
.stack{display:flex;flex-direction:column;gap:10px;margin-top:18px}
.stack button{width:100%}
.alert{background:var(--danger-bg);border:1px solid #f3b8b3;color:var(--danger);border-radius:8px;padding:12px 14px;margin:0 0 16px;font-weight:500}
.notice{background:#f1f5ff;border:1px solid #c9d4ff;border-radius:8px;padding:12px 14px;font-size:.85rem;color:#2b3a67;margin-top:22px}
dl.details{display:grid;grid-template-columns:auto 1fr;gap:6px 16px;margin:16px 0 0} dl.details dt{color:var(--muted)} dl.details dd{margin:0;font-weight:500}
.center{text-align:center} .cancel{display:inline-block;margin-top:18px}
footer{text-align:center;color:var(--muted);font-size:.8rem;margin:30px 0}
`;

// Inline, so no page of the emulator asks for a /favicon.ico it does not have.
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#635bff"/><text x="16" y="22" font-family="Arial" font-size="18" font-weight="700" fill="#fff" text-anchor="middle">S</text></svg>`;

export interface LayoutOptions {
  lang: Lang;
  title: string;
  brand: string;
  body: string;
  /** Path (without query) the FR/EN switch links to. */
  path: string;
  narrow?: boolean;
}

export function layout(o: LayoutOptions): string {
  // Visible text FR/EN; accessible names "Français"/"English" (unambiguous for tests and screen readers).
  const names: Record<Lang, string> = { fr: "Français", en: "English" };
  const sw = (l: Lang, label: string) =>
    l === o.lang
      ? `<span aria-current="true" lang="${l}" aria-label="${names[l]}">${label}</span>`
      : `<a href="${esc(o.path)}${o.path.includes("?") ? "&" : "?"}lang=${l}" lang="${l}" hreflang="${l}" aria-label="${names[l]}">${label}</a>`;
  return `<!doctype html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)}</title>
<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(FAVICON)}">
<style>${CSS}</style>
</head>
<body>
<header class="topbar">
  <div class="brand"><span class="logo" aria-hidden="true">${esc(o.brand.slice(0, 1).toUpperCase())}</span><span>${esc(o.brand)}</span><span class="badge">${t(o.lang, "testMode")}</span></div>
  <nav class="lang" aria-label="${t(o.lang, "langSwitch")}">${sw("fr", "FR")}${sw("en", "EN")}</nav>
</header>
<main${o.narrow ? ' class="narrow"' : ""}>
${o.body}
</main>
<footer>Stripe emulator · ${o.lang === "fr" ? "aucune donnée réelle n'est traitée" : "no real data is processed"}</footer>
</body>
</html>`;
}

export function alertBox(message: string | null | undefined): string {
  return message ? `<div class="alert" role="alert">${esc(message)}</div>` : "";
}

/** A simple page with a title, a text and an optional link (expired session, not found...). */
export function messagePage(lang: Lang, brand: string, path: string, title: string, text: string, link?: { href: string; label: string }): string {
  return layout({
    lang,
    brand,
    path,
    title,
    narrow: true,
    body: `<section class="card center"><h1>${esc(title)}</h1><p class="muted">${esc(text)}</p>${
      link ? `<p><a href="${esc(link.href)}">${esc(link.label)}</a></p>` : ""
    }</section>`,
  });
}
