import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: RouteContext) {
  // next-auth 4 reads params synchronously; Next 16 hands them over as a promise.
  return NextAuth(authOptions())(request, { params: await context.params });
}

export { handler as GET, handler as POST };
