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
 * The page's Content-Security-Policy. Next.js puts `nonce` on its own inline scripts when it reads
 * this header from the request (proxy.ts); scripts from elsewhere must come from Stripe (or the
 * emulator). No page may be framed (frame-ancestors 'none').
 */
export function contentSecurityPolicy(nonce: string, env: HeaderEnv = process.env): string {
  const emulator = emulatorOrigin(env);
  const extra = emulator ? [emulator] : [];
  const dev = env.NODE_ENV === "development";
  const https = (env.APP_URL ?? "").startsWith("https://");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // React needs eval in development only (its error overlays).
    ["script-src", "'self'", `'nonce-${nonce}'`, ...STRIPE_SCRIPTS, ...extra, ...(dev ? ["'unsafe-eval'"] : [])],
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
 * request's nonce, the permissions (Stripe's iframes may use the Payment Request API for wallets;
 * nothing else is needed) and HSTS when the app is served over https.
 */
export function pageSecurityHeaders(nonce: string, env: HeaderEnv = process.env): Record<string, string> {
  const emulator = emulatorOrigin(env);
  const paymentOrigins = ["self", ...STRIPE_FRAMES.map((o) => `"${o}"`), ...(emulator ? [`"${emulator}"`] : [])];
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(nonce, env),
    "Permissions-Policy": `camera=(), microphone=(), geolocation=(), usb=(), payment=(${paymentOrigins.join(" ")})`,
  };
  if ((env.APP_URL ?? "").startsWith("https://")) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
