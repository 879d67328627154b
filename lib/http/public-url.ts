/** Stripe cannot reach local addresses: links and images pointing there are left out. */
export function isPublicUrl(url: string): boolean {
  const { hostname } = new URL(url);
  return !(
    hostname === "localhost" ||
    hostname.endsWith(".local") ||
    hostname.endsWith(".test") ||
    /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|\[?::1)/.test(hostname)
  );
}
