import { NextResponse } from "next/server";
import { landingPathFor } from "@/lib/auth/landing";
import { getCurrentUser } from "@/lib/auth/session";

// After a sign-in with no page asked for: each role lands on its own home (see lib/auth/landing.ts).
export async function GET(request: Request) {
  const user = await getCurrentUser();
  return NextResponse.redirect(new URL(landingPathFor(user?.role), request.url), 303);
}
