import { z } from "zod";

/** The form of every shop action on the admin pages: which shop, and the list to go back to. */
export const shopActionSchema = z.object({
  shopId: z.string().trim().min(1).max(64),
  returnTo: z.string().max(2000).optional(),
});

export const ADMIN_NOTICES = ["suspended", "reinstated", "resynced"] as const;
export type AdminNotice = (typeof ADMIN_NOTICES)[number];
export const ADMIN_ERRORS = ["invalid", "notFound", "noAccount", "stripe"] as const;
export type AdminError = (typeof ADMIN_ERRORS)[number];

const FLASH_KEYS = ["notice", "error", "shop"];

/**
 * Where an admin action goes back to: an admin page of this site only (anything else, including
 * "//host" or "/admin-x", falls back to `fallback`), without the previous action's message.
 */
export function adminReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string") return fallback;
  let url: URL;
  try {
    url = new URL(value, "http://admin.invalid");
  } catch {
    return fallback;
  }
  const sameSite = url.origin === "http://admin.invalid" && value.startsWith("/") && !value.startsWith("//");
  if (!sameSite || !(url.pathname === "/admin" || url.pathname.startsWith("/admin/"))) return fallback;
  for (const key of FLASH_KEYS) url.searchParams.delete(key);
  const query = url.searchParams.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/** `path` (from adminReturnPath) with a one-off message for the page to show. */
export function withFlash(path: string, flash: { notice?: AdminNotice; error?: AdminError; shop?: string }): string {
  const url = new URL(path, "http://admin.invalid");
  for (const [key, value] of Object.entries(flash)) if (value) url.searchParams.set(key, value);
  return `${url.pathname}?${url.searchParams.toString()}`;
}

export function parseNotice(value: unknown): AdminNotice | null {
  return typeof value === "string" && (ADMIN_NOTICES as readonly string[]).includes(value) ? (value as AdminNotice) : null;
}

export function parseError(value: unknown): AdminError | null {
  return typeof value === "string" && (ADMIN_ERRORS as readonly string[]).includes(value) ? (value as AdminError) : null;
}
