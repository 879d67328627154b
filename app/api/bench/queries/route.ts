import { connection } from "next/server";
import { queryCount } from "@/lib/db";

// The pages bench reads this before and after one render to count its SQL queries (Prisma's query
// events, on with DB_QUERY_EVENTS=1). Absent (404) unless the bench started this server.
export async function GET() {
  await connection();
  if (process.env.BENCH_BARE_ROUTE !== "1") return new Response(null, { status: 404 });
  return Response.json({ queries: queryCount() });
}
