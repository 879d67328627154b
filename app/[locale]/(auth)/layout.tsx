import type { ReactNode } from "react";
import { AreaMessages } from "@/components/layout/area-messages";

// Rendered per request (they read the session, cookies or the query): never cached. Without this,
// Next would take them for static pages (no path is rendered at build time to find out otherwise),
// and a cached page could not carry its per-request CSP nonce.
export const dynamic = "force-dynamic";

export default function PerRequestLayout({ children }: { children: ReactNode }) {
  return <AreaMessages area="auth">{children}</AreaMessages>;
}
