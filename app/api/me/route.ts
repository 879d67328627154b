import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getCurrentCartCount } from "@/lib/cart/current";
import type { VisitorSummary } from "@/lib/auth/visitor";

/**
 * The visitor's own part of the header (account menu, cart count), fetched by the header's island
 * after load so that pages themselves can be cached for everyone. Never stored by any cache.
 */
export async function GET() {
  const [user, cartCount] = await Promise.all([getCurrentUser(), getCurrentCartCount()]);
  const body: VisitorSummary = { user: user ? { name: user.name, email: user.email, role: user.role } : null, cartCount };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
