import { connection } from "next/server";
import { queryCount } from "@/lib/db";

// The pages bench reads this around one render to count its SQL queries (Prisma's query events, on
// with DB_QUERY_EVENTS=1), and after each run for the server's memory: V8's heap beside the RSS it
// reads from /proc tells a leak (live heap growing) from memory the process keeps but does not use.
// `?gc=1` collects first when the server runs with --expose-gc. Absent (404) unless the bench started
// this server.
export async function GET(request: Request) {
  await connection();
  if (process.env.BENCH_BARE_ROUTE !== "1") return new Response(null, { status: 404 });
  const collect = (globalThis as { gc?: () => void }).gc;
  const collected = new URL(request.url).searchParams.get("gc") === "1" && collect !== undefined;
  if (collected) collect();
  return Response.json({ queries: queryCount(), memory: process.memoryUsage(), collected });
}
