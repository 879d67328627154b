type EmailContent = { heading: string; intro: string; lines: string[]; total: string; cta: { label: string; url: string }; footer: string };

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A plain-text part and a simple, inline-styled HTML part (what mail clients render reliably). */
export function renderEmail(content: EmailContent): { text: string; html: string } {
  const text = [content.heading, "", content.intro, "", ...content.lines, "", content.total, "", `${content.cta.label}: ${content.cta.url}`, "", content.footer].join("\n");
  const html = `<!doctype html><html><body style="margin:0;background:#f5f1ec;font-family:system-ui,sans-serif;color:#1f1b16">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:16px;padding:32px">
<tr><td><p style="margin:0 0 8px;font-weight:800;color:#a84f16">Comptoir</p>
<h1 style="margin:0 0 16px;font-size:22px">${escape(content.heading)}</h1>
<p style="margin:0 0 16px">${escape(content.intro)}</p>
<ul style="margin:0 0 16px;padding-left:20px">${content.lines.map((line) => `<li>${escape(line)}</li>`).join("")}</ul>
<p style="margin:0 0 24px;font-weight:700">${escape(content.total)}</p>
<p style="margin:0 0 24px"><a href="${escape(content.cta.url)}" style="background:#a84f16;color:#fff;padding:12px 18px;border-radius:8px;text-decoration:none;font-weight:600">${escape(content.cta.label)}</a></p>
<p style="margin:0;font-size:12px;color:#78716c">${escape(content.footer)}</p></td></tr></table></td></tr></table></body></html>`;
  return { text, html };
}
