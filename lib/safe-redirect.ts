/** Only same-site paths ("/account", not "//evil.example" or "https://…") may be redirected to. */
export function safeCallbackPath(value: string | string[] | null | undefined, fallback = "/"): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
