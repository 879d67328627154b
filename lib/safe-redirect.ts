import { getEnv } from "@/lib/env";

/**
 * A path on this app ("/account?tab=orders") to redirect to after signing in, or `fallback`.
 * The target is resolved the way a browser would (`new URL(target, APP_URL)` strips tabs and
 * newlines and reads backslashes as slashes, so "/\t/evil.example" means "//evil.example"), and
 * only a result on the app's own origin is kept. The returned path is the normalised one.
 */
export function safeCallbackPath(value: string | string[] | null | undefined, fallback = "/"): string {
  const target = Array.isArray(value) ? value[0] : value;
  if (!target) return fallback;
  const base = new URL(getEnv().APP_URL);
  let resolved: URL;
  try {
    resolved = new URL(target, base);
  } catch {
    return fallback;
  }
  if (resolved.origin !== base.origin) return fallback;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // "//host" as a path would again mean another origin once handed to the browser.
  return path.startsWith("//") ? fallback : path;
}

/** next-auth's redirect callback: same rule, absolute URLs of our origin allowed. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  return new URL(safeCallbackPath(url), baseUrl).toString();
}
