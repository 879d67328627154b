import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For load balancers and the test harness: 200 when the app can reach its database. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "database unavailable" }, { status: 503 });
  }
}
