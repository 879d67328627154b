import type { IncomingMessage, ServerResponse } from "node:http";
import type Stripe from "stripe";
import type { OnboardingOutcome } from "../domain/accounts";
import { transitionAccount } from "../domain/onboarding";
import type { Emulator } from "../emulator";
import { redirect, sendHtml } from "../http/respond";
import { randomToken } from "../ids";
import type { AccountLinkRecord } from "../state";
import { esc, pickLang, t, type Lang } from "./i18n";
import { layout, messagePage } from "./layout";

function cookieName(link: AccountLinkRecord): string {
  return `acct_link_${link.token.slice(0, 12)}`;
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of String(req.headers.cookie ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return v.join("=");
  }
  return undefined;
}

function countryName(code: string | undefined, lang: Lang): string {
  if (!code) return "—";
  try {
    return new Intl.DisplayNames([lang], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function render(emu: Emulator, link: AccountLinkRecord, a: Stripe.Account, lang: Lang): string {
  const platform = emu.opts.platformName;
  const path = `/connect/onboarding/${link.token}`;
  const body = `<section class="card">
<h1>${t(lang, "onbTitle")}</h1>
<p class="muted">${esc(t(lang, "onbIntro", { platform }))}</p>
<form method="post" action="${path}">
<input type="hidden" name="nonce" value="${esc(link.visit_nonce)}">
<input type="hidden" name="lang" value="${lang}">
<label for="email">${t(lang, "email")}</label>
<input type="email" id="email" name="email" autocomplete="email" value="${esc(a.email)}">
<label for="business_name">${t(lang, "businessName")}</label>
<input type="text" id="business_name" name="business_name" autocomplete="organization" value="${esc(a.business_profile?.name ?? a.settings?.dashboard.display_name)}">
<label for="url">${t(lang, "website")}</label>
<input type="url" id="url" name="url" autocomplete="url" placeholder="https://" value="${esc(a.business_profile?.url)}">
<dl class="details"><dt>${t(lang, "country")}</dt><dd>${esc(countryName(a.country, lang))}</dd>
<dt>${t(lang, "accountId")}</dt><dd><code>${esc(a.id)}</code></dd></dl>
<p class="notice">${t(lang, "onbChoose")}</p>
<div class="stack">
<button type="submit" name="outcome" value="complete" class="primary">${t(lang, "onbComplete")}</button>
<button type="submit" name="outcome" value="incomplete" class="secondary">${t(lang, "onbIncomplete")}</button>
<button type="submit" name="outcome" value="rejected" class="danger">${t(lang, "onbReject")}</button>
</div>
</form></section>`;
  return layout({ lang, brand: platform, path, title: `${t(lang, "onbTitle")} · ${platform}`, body, narrow: true });
}

/**
 * Account Link URLs are single-use and expire: the first visit (before
 * `expires_at`) binds the link to this browser with a cookie, so the FR/EN
 * switch still works; any other visit, or one after submission, is sent to
 * `refresh_url` with a 302, as Stripe does.
 */
export function handleOnboarding(emu: Emulator, req: IncomingMessage, res: ServerResponse, url: URL, token: string, form: URLSearchParams | null): void {
  const link = emu.state.accountLinks[token];
  const lang = pickLang(req, url, undefined, form?.get("lang") ?? undefined);
  if (!link) {
    return sendHtml(res, 404, messagePage(lang, emu.opts.platformName, url.pathname, t(lang, "notFoundTitle"), t(lang, "onbInvalid")));
  }
  const account = emu.state.accounts[link.account];
  const rejected = account?.requirements?.disabled_reason?.startsWith("rejected") ?? false;
  if (!account || link.used || rejected) return redirect(res, 302, link.refresh_url);

  if (!form) {
    const cookie = readCookie(req, cookieName(link));
    if (link.visit_nonce === null) {
      if (emu.now() >= link.expires_at) return redirect(res, 302, link.refresh_url);
      link.visit_nonce = randomToken(24);
      emu.store.changed();
    } else if (cookie !== link.visit_nonce) {
      return redirect(res, 302, link.refresh_url);
    }
    return sendHtml(res, 200, render(emu, link, account, lang), {
      "Set-Cookie": `${cookieName(link)}=${link.visit_nonce}; Path=/connect/onboarding/${link.token}; HttpOnly; SameSite=Lax`,
    });
  }

  if (!link.visit_nonce || form.get("nonce") !== link.visit_nonce) return redirect(res, 303, link.refresh_url);
  const outcome = form.get("outcome");
  if (outcome !== "complete" && outcome !== "incomplete" && outcome !== "rejected") {
    return sendHtml(res, 200, render(emu, link, account, lang));
  }
  link.used = true;
  transitionAccount(emu, account, outcome as OnboardingOutcome, {
    details: {
      email: form.get("email")?.trim() || undefined,
      business_name: form.get("business_name")?.trim() || undefined,
      url: form.get("url")?.trim() || undefined,
    },
  });
  redirect(res, 303, link.return_url);
}
