// The benchmark's baseline (npm run bench): a route handler that reads the body and answers, with
// no work at all. Absent (404) unless the bench started this server with BENCH_BARE_ROUTE=1.
export async function POST(request: Request) {
  if (process.env.BENCH_BARE_ROUTE !== "1") return new Response(null, { status: 404 });
  await request.text();
  return Response.json({ received: true });
}
