import { emulatorHostConfig, isStripeEmulator } from "@/lib/stripe/client";

// Stripe's origins: Stripe.js and its iframes, the API it calls, and the hosted pages that form
// posts redirect to (Checkout from /api/checkout, onboarding from the payments set-up route).
const STRIPE_SCRIPTS = ["https://js.stripe.com"];
const STRIPE_FRAMES = ["https://js.stripe.com", "https://hooks.stripe.com", "https://checkout.stripe.com"];
const STRIPE_CONNECT = ["https://api.stripe.com", "https://m.stripe.network"];
const STRIPE_FORMS = ["https://checkout.stripe.com", "https://connect.stripe.com"];
const STRIPE_IMAGES = ["https://*.stripe.com"];

type HeaderEnv = { NODE_ENV?: string; APP_URL?: string; STRIPE_SECRET_KEY?: string; STRIPE_API_HOST?: string; STRIPE_EMULATOR_PORT?: string };

/**
 * The Stripe emulator's origin when the app talks to it (derived from the configured API host, as
 * the Stripe client does): it serves the Stripe.js stand-in (`/v3`), its iframes and hosted pages.
 */
export function emulatorOrigin(env: HeaderEnv = process.env): string | null {
  if (!isStripeEmulator(env as NodeJS.ProcessEnv)) return null;
  const { protocol, host, port } = emulatorHostConfig(env as NodeJS.ProcessEnv);
  return new URL(`${protocol}://${host}:${port}`).origin;
}

/**
 * Catalogue pages (home, shops, products, search results) are rendered once and served from Next's
 * cache to every visitor, so their HTML cannot carry a per-request nonce: they get the same policy
 * with 'unsafe-inline' scripts instead. They show public data only (the visitor's name and cart
 * count are fetched by the header's island; the search query is text, escaped by React like any
 * other); pages with forms that matter (cart, checkout, account, seller, admin, sign-in) keep the nonce.
 */
export function isCataloguePath(pathname: string): boolean {
  return pathname === "/" || /^\/search(?:\/|$)/.test(pathname) || /^\/(?:shops|products)\/[^/]+\/?$/.test(pathname);
}

/**
 * The page's Content-Security-Policy. With a nonce, Next.js puts it on its own inline scripts when
 * it reads this header from the request (proxy.ts); without one (cached catalogue pages) inline
 * scripts are allowed. Scripts from elsewhere must come from Stripe (or the emulator). No page may
 * be framed (frame-ancestors 'none').
 */
export function contentSecurityPolicy(nonce: string | null, env: HeaderEnv = process.env): string {
  const emulator = emulatorOrigin(env);
  const extra = emulator ? [emulator] : [];
  const dev = env.NODE_ENV === "development";
  const https = (env.APP_URL ?? "").startsWith("https://");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // React needs eval in development only (its error overlays).
    ["script-src", "'self'", nonce ? `'nonce-${nonce}'` : "'unsafe-inline'", ...STRIPE_SCRIPTS, ...extra, ...(dev ? ["'unsafe-eval'"] : [])],
    // Style attributes and Next's injected styles: inline styles cannot run code.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", ...STRIPE_IMAGES, ...extra],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...STRIPE_CONNECT, ...extra],
    ["frame-src", ...STRIPE_FRAMES, ...extra],
    ["form-action", "'self'", ...STRIPE_FORMS, ...extra],
    ["frame-ancestors", "'none'"],
    ["base-uri", "'self'"],
    ["object-src", "'none'"],
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/**
 * The headers of a page, read from the environment at run time (proxy.ts): the policy with this
 * request's nonce (none for catalogue pages, see isCataloguePath), the permissions (Stripe's iframes may use the Payment Request API for wallets;
 * nothing else is needed) and HSTS when the app is served over https.
 */
export function pageSecurityHeaders(nonce: string | null, env: HeaderEnv = process.env): Record<string, string> {
  const emulator = emulatorOrigin(env);
  const paymentOrigins = ["self", ...STRIPE_FRAMES.map((o) => `"${o}"`), ...(emulator ? [`"${emulator}"`] : [])];
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(nonce, env),
    "Permissions-Policy": `camera=(), microphone=(), geolocation=(), usb=(), payment=(${paymentOrigins.join(" ")})`,
  };
  if ((env.APP_URL ?? "").startsWith("https://")) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

/**
 * The one decision proxy.ts applies: catalogue pages (cached, shared by every visitor) get the
 * policy without a nonce, every other page a fresh nonce that Next.js puts on its inline scripts.
 */
export function pageSecurityForPath(pathname: string, env: HeaderEnv = process.env): { nonce: string | null; headers: Record<string, string> } {
  const nonce = isCataloguePath(pathname) ? null : Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  return { nonce, headers: pageSecurityHeaders(nonce, env) };
}
